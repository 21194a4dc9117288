using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;
using Schakel.Web.Features.Meldpunt.Intake;

namespace Schakel.E2E.Privacy;

/// <summary>
/// A reporter withdraws their contact details on the follow-up page with JavaScript off; the page before and after is checked
/// with axe (scripts on) at 1280 and 320 px. Then the reporting point's ketenregisseur sees "contact ingetrokken" on the report,
/// and registers and opens a request of a person concerned (an error next to the field first), each page checked the same way.
/// </summary>
public sealed class RechtenBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
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

    private async Task<(Guid Id, string Code)> MeldMetContactAsync(string naam)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
        {
            MelderType = "burger", Omschrijving = "Browserproef intrekken.", GemeenteCode = "GM0518",
            Contact = new ContactInvoer { Naam = naam, Telefoon = "0612345678", Toestemming = true },
        }, [], Indiener.Publiek());
        Assert.True(u.Gelukt);
        return (u.MeldingId!.Value, u.Ontvangstcode!);
    }

    private static async Task OpenMetCodeAsync(IPage pagina, string code, bool javaScript)
    {
        await pagina.GotoAsync("/opvolgen");
        await pagina.Locator("#code").FillAsync(code);
        var knop = pagina.Locator("form.schakel-formulier button[type=submit]");
        if (javaScript)
        {
            await knop.VerstuurAsync();
        }
        else
        {
            await knop.ClickAsync();
            await pagina.WaitForLoadStateAsync(LoadState.Load);
        }
    }

    [Fact]
    public async Task Melder_trekt_contact_in_zonder_JavaScript_en_het_meldpunt_handelt_een_verzoek_af()
    {
        var naam = "Browserproef " + Guid.NewGuid().ToString("N")[..6];
        var (id, code) = await MeldMetContactAsync(naam);

        var metScript = await app.NieuwePaginaAsync();
        await OpenMetCodeAsync(metScript, code, javaScript: true);
        await Assertions.Expect(metScript.GetByRole(AriaRole.Heading, new() { Name = "Uw contactgegevens" })).ToBeVisibleAsync();
        await ControleerAsync(metScript, "/opvolgen (contact)");

        var zonderScript = await app.NieuwePaginaAsync(javaScript: false);
        await OpenMetCodeAsync(zonderScript, code, javaScript: false);
        await zonderScript.GetByRole(AriaRole.Button, new() { Name = "Mijn contactgegevens intrekken" }).ClickAsync();
        await zonderScript.WaitForURLAsync("**/opvolgen");
        await Assertions.Expect(zonderScript.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw contactgegevens zijn ingetrokken");
        Assert.DoesNotContain(code.Replace(" ", ""), zonderScript.Url.Replace(" ", ""), StringComparison.Ordinal);

        await OpenMetCodeAsync(metScript, code, javaScript: true);
        await Assertions.Expect(metScript.Locator("[data-ingetrokken]")).ToBeVisibleAsync();
        await Assertions.Expect(metScript.GetByRole(AriaRole.Button, new() { Name = "Mijn contactgegevens intrekken" })).ToHaveCountAsync(0);
        await ControleerAsync(metScript, "/opvolgen (ingetrokken)");

        var staf = await app.AangemeldAlsAsync(Rollen.Ketenregisseur);
        await staf.GotoAsync($"/meldpunt/medewerkers/melding/{id}");
        await Assertions.Expect(staf.Locator("[data-contact=ingetrokken]")).ToBeVisibleAsync();
        await Assertions.Expect(staf.GetByText(naam)).ToHaveCountAsync(0);

        await staf.GetByRole(AriaRole.Navigation, new() { Name = "Werkplekmenu" }).GetByRole(AriaRole.Link, new() { Name = "Verzoeken betrokkenen" }).ClickAsync();
        await staf.WaitForURLAsync("**/privacy/verzoeken");
        await staf.GetByRole(AriaRole.Button, new() { Name = "Verzoek registreren" }).VerstuurAsync();
        await Assertions.Expect(staf.GetByText("Kies de soort verzoek.")).ToBeVisibleAsync();
        await ControleerAsync(staf, "/privacy/verzoeken (fouten)");

        await staf.GetByLabel("Soort verzoek").SelectOptionAsync("Inzage");
        await staf.GetByLabel("Naam").FillAsync(naam);
        await staf.GetByLabel("Telefoonnummer").FillAsync("+31 6 1234 5678");
        await staf.GetByRole(AriaRole.Button, new() { Name = "Verzoek registreren" }).VerstuurAsync();
        await Assertions.Expect(staf.GetByRole(AriaRole.Status)).ToContainTextAsync("Het verzoek is geregistreerd.");
        await staf.GetByRole(AriaRole.Button, new() { Name = "Zoeken op pseudoniemen" }).VerstuurAsync();
        await Assertions.Expect(staf.GetByRole(AriaRole.Status)).ToContainTextAsync("Er is gezocht");
        await ControleerAsync(staf, "/privacy/verzoeken/{id}");

        await staf.GotoAsync("/privacy/verzoeken");
        await ControleerAsync(staf, "/privacy/verzoeken (lijst)");
    }
}
