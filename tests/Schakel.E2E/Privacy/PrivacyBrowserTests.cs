using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Security;

namespace Schakel.E2E.Privacy;

/// <summary>
/// One walk of the beheerder: the register of processing from the werkplek menu, then a legal hold set on a report (an error
/// next to the field first); every page checked with axe at 1280 and 320 px, without sideways scrolling.
/// </summary>
public sealed class PrivacyBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static async Task ControleerAsync(IPage pagina, string waar)
    {
        foreach (var breedte in new[] { 1280, 320 })
        {
            await pagina.SetViewportSizeAsync(breedte, 900);
            var uitkomst = await pagina.RunAxeNaOpmaakAsync(Wcag.AA);
            Assert.True(uitkomst.Violations.Length == 0, $"{waar} @{breedte}: " + string.Join("; ", uitkomst.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length}x)")));
            Assert.True(await pagina.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), $"{waar} @{breedte}: horizontaal scrollen");
        }
        await pagina.SetViewportSizeAsync(1280, 900);
    }

    private async Task<Guid> MeldingAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var vv = scope.ServiceProvider.GetRequiredService<Veldversleuteling>();
        var id = Guid.NewGuid();
        db.Add(new Melding
        {
            Id = id, Soort = MeldingSoort.Melding, MelderType = MelderType.Burger, Kanaal = Kanaal.Web, GemeenteCode = "GM0518",
            OmschrijvingVersleuteld = vv.Versleutel("Signaal voor de blokkadetest", Melding.VeldContext("Omschrijving", id)),
            Status = MeldingStatus.Afgerond, OntvangenOp = DateTimeOffset.UtcNow.AddDays(-3),
        });
        await db.SaveChangesAsync();
        return id;
    }

    [Fact]
    public async Task Beheerder_leest_het_register_en_zet_een_bewaarblokkade()
    {
        var pagina = await app.AangemeldAlsAsync(Rollen.Beheerder);
        await pagina.GetByRole(AriaRole.Navigation, new() { Name = "Werkplekmenu" }).GetByRole(AriaRole.Link, new() { Name = "Verwerkingsregister" }).ClickAsync();
        await pagina.WaitForURLAsync("**/beheer/verwerkingsregister");
        await Assertions.Expect(pagina.GetByRole(AriaRole.Heading, new() { Name = "Signalen en meldingen ontvangen en beoordelen" })).ToBeVisibleAsync();
        await ControleerAsync(pagina, "register");

        var id = await MeldingAsync();
        await pagina.GotoAsync($"/bewaring/melding/{id}");
        await Assertions.Expect(pagina.GetByText("Er is geen bewaarblokkade.")).ToBeVisibleAsync();
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Blokkade zetten", Exact = true }).VerstuurAsync();
        await Assertions.Expect(pagina.GetByText("Geef de reden van de blokkade (ten hoogste 1000 tekens).")).ToBeVisibleAsync();
        await ControleerAsync(pagina, "blokkade met fouten");

        await pagina.GetByLabel("Reden").FillAsync("Lopend strafrechtelijk onderzoek");
        await pagina.GetByLabel("Einddatum").FillAsync(DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd"));
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Blokkade zetten", Exact = true }).VerstuurAsync();
        await Assertions.Expect(pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("De bewaarblokkade is gezet.");
        await Assertions.Expect(pagina.GetByText("Lopend strafrechtelijk onderzoek", new() { Exact = true })).ToBeVisibleAsync();
        await ControleerAsync(pagina, "blokkade gezet");
    }
}
