using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Organisaties;

namespace Schakel.E2E.Doorverwijzing;

/// <summary>
/// The reporting point triages a report, accepts the proposed route and sees the referral on the report page;
/// no WCAG 2.2 AA findings on the triage, route decision and report pages.
/// </summary>
public sealed class TriageBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Trieren_en_het_voorstel_volgen_zonder_WCAG_bevindingen()
    {
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
            {
                MelderType = "burger", Omschrijving = "Browserproef: een busje haalt elke nacht mensen op.", GemeenteCode = "GM0518",
                Uitbuitingsvormen = ["arbeid"], AcuutGevaar = true,
            }, [], Indiener.Publiek());
            id = u.MeldingId!.Value;
        }

        var pagina = await app.AangemeldAlsAsync(Rollen.Ketenregisseur);
        await pagina.GotoAsync($"/meldpunt/medewerkers/melding/{id}/triage");
        await Assertions.Expect(pagina.Locator("form.schakel-formulier")).ToContainTextAsync("Melder: arbeid");
        await GeenBevindingenAsync(pagina);
        await pagina.GetByRole(AriaRole.Radio, new() { Name = "Daderkant", Exact = true }).CheckAsync();
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Triage opslaan" }).ClickAsync();

        await pagina.WaitForURLAsync($"**/melding/{id}/doorverwijzen");
        await Assertions.Expect(pagina.Locator("main")).ToContainTextAsync(DemoOrganisaties.Politie);
        await GeenBevindingenAsync(pagina);
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Doorverwijzen", Exact = true }).ClickAsync();

        await pagina.WaitForURLAsync($"**/melding/{id}");
        await Assertions.Expect(pagina.Locator("table").First).ToContainTextAsync(DemoOrganisaties.Politie);
        await GeenBevindingenAsync(pagina);
    }

    private static async Task GeenBevindingenAsync(IPage pagina)
    {
        var uitkomst = await pagina.RunAxeNaOpmaakAsync(Wcag.AA);
        Assert.True(uitkomst.Violations.Length == 0, string.Join("; ", uitkomst.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))})")));
    }
}
