using System.Security.Claims;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Schakel.E2E.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Doorverwijzing.Partner;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.E2E.Doorverwijzing;

/// <summary>
/// The chain in a real browser, from the public form to the reporter reading the feedback: a report with a name
/// and the reporter's contact details comes in through /melden; the focal officer of the municipality that runs
/// the reporting point triages it (victim side, the name as a lead), follows the proposed route and, with the
/// victim's vital interest, shares with the care coordinator pseudonymised; the care coordinator, whose inbox was
/// already open, sees the referral appear without a reload, opens it (pseudonyms, neither the name nor the
/// reporter), accepts it, adds information and reports the outcome, which the sender's open referral page shows without a
/// reload; the reporter opens /opvolgen with the code and reads that the report
/// was passed on, without any partner named. No WCAG 2.2 AA findings on the pages.
/// </summary>
public sealed class DoorverwijzingKetenTests(DoorverwijzingBrowserFixture app) : IClassFixture<DoorverwijzingBrowserFixture>
{
    private const string Betrokkene = "Marek Kowalski";
    private const string MelderNaam = "Sanne de Vries";

    [Fact]
    public async Task Van_het_meldformulier_via_triage_en_route_naar_de_terugkoppeling_aan_de_melder()
    {
        var bevindingen = new List<string>();

        // The reporter, in a browser context of their own.
        var melder = await app.NieuwePaginaAsync();
        await melder.GotoAsync("/melden");
        await melder.Locator("#melderType").CheckAsync();
        await melder.Locator("#omschrijving").FillAsync(
            $"Bij de nagelstudio werkt een jonge vrouw die nooit naar buiten mag. Een man, {Betrokkene}, haalt elke avond het geld op.");
        await melder.Locator("#gemeenteCode").SelectOptionAsync("GM0518");
        await melder.Locator("#contact-naam").FillAsync(MelderNaam);
        await melder.Locator("#contact-email").FillAsync("sanne.devries@voorbeeld.nl");
        await melder.Locator("#contact-toestemming").CheckAsync();
        await melder.Locator("form.schakel-formulier button[type=submit]").ClickAsync();
        var code = (await melder.Locator("[data-ontvangstcode]").InnerTextAsync()).Trim();
        await melder.Locator("#opgeschreven").CheckAsync();
        await melder.Locator("form button[type=submit]").Last.ClickAsync();
        await melder.WaitForURLAsync("**/melden/bedankt");
        var id = await MeldingVanCodeAsync(code);

        // The care coordinator already has the inbox open, in a browser context of their own.
        var zorg = await app.AangemeldAlsAsync(Rollen.Zorgcoordinator);
        await zorg.GotoAsync("/doorverwijzingen");
        await AxeAsync(zorg, "inbox (leeg)", bevindingen);
        await Assertions.Expect(zorg.Locator("html[data-live='verbonden']")).ToHaveCountAsync(1);
        await zorg.EvaluateAsync("() => { window.schakelGeenHerlaad = true; }");

        // The focal officer of the municipality that runs the reporting point in this fixture.
        var af = await app.AangemeldAlsAsync(Rollen.Aandachtsfunctionaris);
        await af.GotoAsync("/meldpunt/medewerkers");
        await Assertions.Expect(af.Locator($"a[href$='/melding/{id}']")).ToHaveCountAsync(1);
        await af.GotoAsync($"/meldpunt/medewerkers/melding/{id}/triage");
        await AxeAsync(af, "triage", bevindingen);
        await af.GetByRole(AriaRole.Radio, new() { Name = "Slachtofferkant", Exact = true }).CheckAsync();
        await af.Locator("#lead-soort-0").SelectOptionAsync("naam");
        await af.Locator("#lead-waarde-0").FillAsync(Betrokkene);
        await af.GetByRole(AriaRole.Button, new() { Name = "Triage opslaan" }).ClickAsync();

        // The proposed route: the victim side brings in the regional care coordinator, at "no personal data"
        // unless the victim cannot decide and needs help (Midden-Delfland 5.6.2; consent is no ground by default).
        // The officer keeps every proposed recipient and, on vital interest, raises the care coordinator to
        // pseudonymised, which is a deviation with a reason.
        await af.WaitForURLAsync($"**/melding/{id}/doorverwijzen");
        var shop = af.Locator("fieldset", new() { Has = af.Locator("legend", new() { HasText = DemoOrganisaties.Shop }) });
        await Assertions.Expect(shop).ToContainTextAsync("Voorgesteld: Behandelaar, Geen persoonsgegevens");
        await AxeAsync(af, "doorverwijzen", bevindingen);
        await shop.Locator("select[name$='.Deelniveau']").SelectOptionAsync("gepseudonimiseerd");
        await shop.Locator("select[name$='.Grondslag']").SelectOptionAsync("MC-VITAAL");
        await shop.Locator("input[name$='.RedenVitaalBelang']").FillAsync("Het slachtoffer is gewond, kan niet zelf beslissen en heeft direct hulp nodig.");
        await af.Locator("#reden").FillAsync("Het slachtoffer kan niet zelf beslissen en heeft hulp nodig; gegevens zonder naam naar de zorgcoördinatie.");
        await af.GetByRole(AriaRole.Button, new() { Name = "Doorverwijzen", Exact = true }).ClickAsync();

        await af.WaitForURLAsync($"**/melding/{id}");
        await Assertions.Expect(af.Locator("table").First).ToContainTextAsync(DemoOrganisaties.Shop);
        await AxeAsync(af, "melding met doorverwijzingen", bevindingen);
        // The sender keeps the referral open and follows it live.
        await af.Locator("table").First.GetByRole(AriaRole.Link, new() { Name = DemoOrganisaties.Shop }).ClickAsync();
        await af.WaitForURLAsync("**/doorverwijzingen/*");
        await Assertions.Expect(af.Locator("html[data-live='verbonden']")).ToHaveCountAsync(1);
        await af.EvaluateAsync("() => { window.schakelGeenHerlaad = true; }");
        // The new referral appears in the open inbox without a reload; the page shows it pseudonymised.
        var rij = zorg.Locator("tbody tr", new() { HasText = DoorverwijzingBrowserFixture.Meldpunt });
        await Assertions.Expect(rij).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        Assert.True(await zorg.EvaluateAsync<bool>("() => window.schakelGeenHerlaad === true"));
        await AxeAsync(zorg, "inbox", bevindingen);
        await rij.Locator("a").First.ClickAsync();
        await zorg.WaitForURLAsync("**/doorverwijzingen/*");
        await Assertions.Expect(zorg.Locator("#deelniveau")).ToContainTextAsync("gepseudonimiseerd");
        var pagina = await zorg.Locator("main").InnerTextAsync();
        Assert.Contains("NAAM-", pagina, StringComparison.Ordinal);
        Assert.DoesNotContain("Kowalski", pagina, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(MelderNaam, pagina, StringComparison.OrdinalIgnoreCase);
        await AxeAsync(zorg, "doorverwijzing", bevindingen);
        await zorg.GetByRole(AriaRole.Button, new() { Name = "Accepteren", Exact = true }).ClickAsync();
        await Assertions.Expect(zorg.Locator("#doorverwijzing-stand")).ToContainTextAsync("geaccepteerd");
        await Assertions.Expect(af.Locator("#doorverwijzing-stand")).ToContainTextAsync("geaccepteerd", new() { Timeout = 15_000 });
        var informatie = zorg.Locator("form", new() { Has = zorg.GetByRole(AriaRole.Heading, new() { Name = "Informatie toevoegen" }) });
        await informatie.Locator("textarea[name=Tekst]").FillAsync("De cliënt is bij ons bekend en krijgt vandaag een intake.");
        await informatie.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(zorg.Locator("#berichten")).ToContainTextAsync("krijgt vandaag een intake");
        await AxeAsync(zorg, "doorverwijzing (na informatie)", bevindingen);

        // The care coordinator reports the outcome; the sender's open page shows the information and the
        // outcome without a reload.
        var uitkomst = zorg.Locator("form", new() { Has = zorg.GetByRole(AriaRole.Heading, new() { Name = "Uitkomst melden" }) });
        await uitkomst.Locator("input[name=Soort]").FillAsync("intake");
        await uitkomst.Locator("textarea[name=Tekst]").FillAsync("De intake is gedaan; de cliënt krijgt begeleiding.");
        await uitkomst.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(zorg.Locator("#doorverwijzing-stand")).ToContainTextAsync("uitkomst gemeld");
        await Assertions.Expect(af.Locator("#berichten")).ToContainTextAsync("krijgt vandaag een intake", new() { Timeout = 15_000 });
        await Assertions.Expect(af.Locator("#berichten")).ToContainTextAsync("de cliënt krijgt begeleiding", new() { Timeout = 15_000 });
        await Assertions.Expect(af.Locator("#doorverwijzing-stand")).ToContainTextAsync("uitkomst gemeld");
        await Assertions.Expect(af.Locator("#doorverwijzing-live")).ToContainTextAsync("Deze doorverwijzing is bijgewerkt.");
        Assert.True(await af.EvaluateAsync<bool>("() => window.schakelGeenHerlaad === true"), "De pagina van de afzender werd herladen.");
        await AxeAsync(af, "doorverwijzing (afzender)", bevindingen);

        var weergave = await AlsZorgcoordinatorAsync(id);
        Assert.Equal(Deelniveau.Gepseudonimiseerd, weergave.Deelniveau);
        Assert.NotNull(weergave.Gepseudonimiseerd);
        Assert.Null(weergave.Volledig);
        var gelezen = JsonSerializer.Serialize(weergave);
        Assert.DoesNotContain(Betrokkene, gelezen, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Kowalski", gelezen, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(MelderNaam, gelezen, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("NAAM-", gelezen, StringComparison.Ordinal);

        // The reporter reads in their own words that the report was passed on, with no partner named.
        await melder.GotoAsync("/opvolgen");
        await melder.Locator("#code").FillAsync(code);
        await melder.Locator("form.schakel-formulier button[type=submit]").ClickAsync();
        await Assertions.Expect(melder.Locator("main")).ToContainTextAsync("Wij hebben uw melding doorgegeven aan een organisatie die er iets mee kan doen.");
        var opvolging = await melder.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("SHOP", opvolging, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Politie", opvolging, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("CoMensha", opvolging, StringComparison.OrdinalIgnoreCase);

        Assert.True(bevindingen.Count == 0, string.Join("; ", bevindingen));
    }

    private async Task<Guid> MeldingVanCodeAsync(string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True(Ontvangstcode.TryLees(code, out var cijfers));
        var hash = scope.ServiceProvider.GetRequiredService<OntvangstcodeHasher>().Hash(cijfers);
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Melding>()
            .Where(m => m.OntvangstcodeHash == hash).Select(m => m.Id).SingleAsync();
    }

    /// <summary>
    /// The care coordinator's view of the referral through the read layer that enforces the disclosure level
    /// (the partner pages use the same); the name in the text and the lead must come out as pseudonyms.
    /// </summary>
    private async Task<DoorverwijzingWeergave> AlsZorgcoordinatorAsync(Guid melding)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);
        var referral = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<DoorverwijzingRij>()
            .Where(d => d.MeldingId == melding && d.OntvangerOrganisatieId == shop).Select(d => d.Id).SingleAsync();
        var zorgcoordinator = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(SchakelClaims.Organisatie, shop.ToString()),
            new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
            new Claim(SchakelClaims.Rol, Rollen.Zorgcoordinator),
        ], "test"));
        var weergave = await scope.ServiceProvider.GetRequiredService<DoorverwijzingLezer>().LeesAsync(referral, zorgcoordinator, Herkomst.Web);
        Assert.NotNull(weergave);
        return weergave;
    }

    private static async Task AxeAsync(IPage pagina, string naam, List<string> bevindingen)
    {
        var uitkomst = await pagina.RunAxeNaOpmaakAsync(Wcag.AA);
        bevindingen.AddRange(uitkomst.Violations.Select(v => $"{naam} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))})"));
    }
}
