using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Werkplek;

/// <summary>The shelter's own page hears a new hold on its beds, as the board does, without a reload.</summary>
public sealed class MijnPlekkenLiveTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Een_nieuwe_reservering_verschijnt_op_de_open_pagina_van_de_opvang()
    {
        var opvang = await app.AangemeldAlsAsync(Rollen.Opvangmedewerker);
        await opvang.GotoAsync("/opvang/mijn-plekken");
        await Assertions.Expect(opvang.Locator("html[data-live='verbonden']")).ToHaveCountAsync(1);
        await opvang.EvaluateAsync("() => { window.schakelZelfdePagina = true; }");
        var voor = await opvang.Locator("section[data-reservering-id]").CountAsync();

        var coordinator = await app.AangemeldAlsAsync(Rollen.Zorgcoordinator);
        await coordinator.GotoAsync("/opvang/bord");
        await coordinator.GetByRole(AriaRole.Radio, new() { Name = "vrouw", Exact = true }).CheckAsync();
        await coordinator.GetByLabel("Leeftijdscategorie").SelectOptionAsync(new SelectOptionValue { Label = "18–22 jaar" });
        await coordinator.GetByRole(AriaRole.Checkbox, new() { Name = "seksuele uitbuiting" }).CheckAsync();
        await coordinator.GetByLabel("Gemeente waar het slachtoffer is aangetroffen").SelectOptionAsync(new SelectOptionValue { Value = "GM0518" });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Verzoek opslaan en plekken zoeken" }).ClickAsync();
        await coordinator.WaitForURLAsync("**/opvang/verzoeken/**");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Reserveer een plek in Crisisopvang Haaglanden — Crisis vrouwen" }).ClickAsync();
        var reservering = await coordinator.Locator("#reserveringen tr[data-reservering]").First.GetAttributeAsync("data-reservering");

        await Assertions.Expect(opvang.Locator($"section[data-reservering-id='{reservering}']")).ToHaveCountAsync(1, new() { Timeout = 5000 });
        Assert.Equal(voor + 1, await opvang.Locator("section[data-reservering-id]").CountAsync());
        await Assertions.Expect(opvang.Locator("#plekken-live")).ToContainTextAsync("wacht op uw antwoord");
        Assert.True(await opvang.EvaluateAsync<bool>("() => window.schakelZelfdePagina === true"), "De pagina werd herladen.");
        await opvang.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }
}
