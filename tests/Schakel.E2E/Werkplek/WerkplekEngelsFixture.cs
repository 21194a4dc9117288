using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.E2E.Doorverwijzing;
using Schakel.E2E.Infrastructure;
using Schakel.Web.Features.Organisaties;

namespace Schakel.E2E.Werkplek;

/// <summary>
/// The browser app with work in it, so every detail page exists: a report from the public form, triaged and
/// referred along the proposed route by the focal officer, and a placement request by the care coordinator. The
/// reporting point is run by the municipality of the demo focal officer, as in <see cref="DoorverwijzingBrowserFixture"/>.
/// </summary>
public sealed class WerkplekEngelsFixture : BrowserFixture, IAsyncLifetime
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        GemeenteAlsMeldpunt.Instellen(builder);
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();

        var melder = await NieuwePaginaAsync();
        await melder.GotoAsync("/melden");
        await melder.Locator("#melderType").CheckAsync();
        await melder.Locator("#omschrijving").FillAsync("In de loods aan de Zuidweg slapen arbeiders op matrassen; een man haalt elke week hun loon op.");
        await melder.Locator("#gemeenteCode").SelectOptionAsync("GM0518");
        await melder.Locator("form.schakel-formulier button[type=submit]").ClickAsync();
        await melder.Locator("[data-ontvangstcode]").WaitForAsync();
        await melder.Context.CloseAsync();

        var af = await AangemeldAlsAsync(Rollen.Aandachtsfunctionaris);
        await af.GotoAsync("/meldpunt/medewerkers");
        var melding = af.Locator("main a[href*='/meldpunt/medewerkers/melding/']").First;
        var pad = await melding.GetAttributeAsync("href");
        await af.GotoAsync($"{pad}/triage");
        await af.GetByRole(AriaRole.Radio, new() { Name = "Slachtofferkant", Exact = true }).CheckAsync();
        await af.GetByRole(AriaRole.Button, new() { Name = "Triage opslaan" }).ClickAsync();
        await af.WaitForURLAsync("**/doorverwijzen");
        // The police as an added receiver at level geen, so the investigator has a referral to open too.
        var toevoeging = af.Locator("select[id$='-org']").Last;
        var rij = (await toevoeging.GetAttributeAsync("id"))![..^"-org".Length];
        await toevoeging.SelectOptionAsync(new SelectOptionValue { Label = DemoOrganisaties.Politie });
        await af.Locator($"#{rij}-niveau").SelectOptionAsync("geen");
        await af.Locator($"#{rij}-doeltekst").FillAsync("Signaal voor de opsporing");
        await af.Locator("#reden").FillAsync("De politie kent de loods al uit eerder onderzoek.");
        await af.GetByRole(AriaRole.Button, new() { Name = "Doorverwijzen", Exact = true }).ClickAsync();
        await af.WaitForURLAsync(url => !url.EndsWith("/doorverwijzen", StringComparison.Ordinal));
        await af.Context.CloseAsync();

        var zorg = await AangemeldAlsAsync(Rollen.Zorgcoordinator);
        await zorg.GotoAsync("/opvang/bord");
        await zorg.GetByRole(AriaRole.Radio, new() { Name = "vrouw", Exact = true }).CheckAsync();
        await zorg.GetByLabel("Leeftijdscategorie").SelectOptionAsync(new SelectOptionValue { Label = "18–22 jaar" });
        await zorg.GetByRole(AriaRole.Checkbox, new() { Name = "seksuele uitbuiting" }).CheckAsync();
        await zorg.GetByLabel("Gemeente waar het slachtoffer is aangetroffen").SelectOptionAsync(new SelectOptionValue { Value = "GM0518" });
        await zorg.GetByRole(AriaRole.Button, new() { Name = "Verzoek opslaan en plekken zoeken" }).ClickAsync();
        await zorg.WaitForURLAsync("**/opvang/verzoeken/**");
        // A hold on a bed, so the shelter's own page has one waiting.
        await zorg.GetByRole(AriaRole.Button, new() { Name = "Reserveer een plek in Crisisopvang Haaglanden — Crisis vrouwen" }).ClickAsync();
        await zorg.Locator("#reserveringen tr[data-reservering]").First.WaitForAsync();
        await zorg.Context.CloseAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();
}
