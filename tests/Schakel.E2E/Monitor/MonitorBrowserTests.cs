using System.Text;
using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.E2E.Infrastructure;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;

namespace Schakel.E2E.Monitor;

/// <summary>
/// The monitor in the browser. The chain director composes an edition (introduction and a section comment), previews
/// the report, moves it through review and adoption to publication; a visitor without an account opens it from
/// /monitor/publiek (in Dutch and in English), with the definitions it links, and downloads the PDF. The internal dashboard drills down from region to
/// municipality. Every page: no WCAG 2.2 AA findings at 1280 and 320 px, and no sideways scrolling at 320 px.
/// </summary>
public sealed class MonitorBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    /// <summary>axe at 1280 px and at 320 px (with the reflow check) on the page as it is now; findings are collected.</summary>
    private static async Task ControleerAsync(IPage pagina, List<string> bevindingen)
    {
        var naam = new Uri(pagina.Url).PathAndQuery;
        foreach (var breedte in new[] { 1280, 320 })
        {
            await pagina.SetViewportSizeAsync(breedte, 900);
            var maten = await pagina.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (breedte == 320 && maten[0] > maten[1])
            {
                // Name the widest elements, so a failure says what to fix.
                var breed = await pagina.EvaluateAsync<string[]>(
                    "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().width > document.documentElement.clientWidth && ![...e.children].some(c => c.getBoundingClientRect().width > document.documentElement.clientWidth)).slice(0, 3).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' \"' + (e.textContent || '').trim().slice(0, 40) + '\"')");
                bevindingen.Add($"{naam} @320: scrollWidth {maten[0]} > clientWidth {maten[1]} ({string.Join("; ", breed)})");
            }

            var uitkomst = await pagina.RunAxeNaOpmaakAsync(Wcag.AA);
            bevindingen.AddRange(uitkomst.Violations.Select(v => $"{naam} @{breedte}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})"));
        }

        await pagina.SetViewportSizeAsync(1280, 900);
    }

    [Fact]
    public async Task De_ketenregisseur_publiceert_een_editie_en_een_bezoeker_opent_het_rapport_en_de_pdf()
    {
        var bevindingen = new List<string>();
        var pagina = await app.AangemeldAlsAsync(Rollen.Ketenregisseur);
        await pagina.GotoAsync("/monitor/edities");
        await pagina.GetByLabel("Jaar").FillAsync("2025");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Editie aanmaken" }).VerstuurAsync();
        await pagina.WaitForURLAsync("**/monitor/edities/*");
        var editiePad = new Uri(pagina.Url).AbsolutePath;
        var id = editiePad.Split('/').Last();

        await pagina.GetByLabel("Inleiding").FillAsync("Inleiding uit de browserwandeling.");
        await pagina.Locator("#commentaar-signalen").FillAsync("Commentaar bij de signalen uit de wandeling.");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Teksten opslaan" }).VerstuurAsync();
        await ControleerAsync(pagina, bevindingen);

        // The preview: the texts are in the report, and every chain section is drawn from its source.
        await pagina.GetByRole(AriaRole.Link, new() { Name = "Voorbeeld van het rapport" }).ClickAsync();
        await pagina.WaitForURLAsync($"**/monitor/rapport/{id}");
        await Assertions.Expect(pagina.Locator(".schakel-rapport")).ToContainTextAsync("Inleiding uit de browserwandeling.");
        await Assertions.Expect(pagina.Locator("section[data-sectie='signalen']")).ToContainTextAsync("Commentaar bij de signalen uit de wandeling.");
        await Assertions.Expect(pagina.Locator("table[data-tabel='route']")).ToHaveCountAsync(1);
        await Assertions.Expect(pagina.GetByText("nog niet beschikbaar")).ToHaveCountAsync(0);
        await ControleerAsync(pagina, bevindingen);

        await pagina.GotoAsync(editiePad);
        foreach (var (knop, status) in new[] { ("Voorleggen aan de werkgroep", "InReview"), ("Vaststellen", "Vastgesteld"), ("Publiceren", "Gepubliceerd") })
        {
            await pagina.GetByRole(AriaRole.Button, new() { Name = knop }).VerstuurAsync();
            await Assertions.Expect(pagina.Locator("dd[data-status]")).ToHaveAttributeAsync("data-status", status);
        }

        await ControleerAsync(pagina, bevindingen);

        // A visitor without an account, in Dutch and in English.
        foreach (var taal in new[] { "nl", "en" })
        {
            var bezoeker = await app.NieuwePaginaAsync(taal);
            await bezoeker.GotoAsync("/monitor/publiek");
            await ControleerAsync(bezoeker, bevindingen);
            // The definitions, reached through the public monitor's own link.
            await bezoeker.Locator("a[href='/monitor/publiek/definities']").ClickAsync();
            await bezoeker.WaitForURLAsync("**/monitor/publiek/definities");
            await Assertions.Expect(bezoeker.Locator("tr[data-maatstaf='meldingen']")).ToHaveCountAsync(1);
            await ControleerAsync(bezoeker, bevindingen);
            await bezoeker.GotoAsync("/monitor/publiek");
            await bezoeker.Locator($"li[data-editie='{id}'] a").ClickAsync();
            await bezoeker.WaitForURLAsync($"**/monitor/rapport/{id}");
            await Assertions.Expect(bezoeker.Locator(".schakel-rapport")).ToContainTextAsync("Inleiding uit de browserwandeling.");
            await Assertions.Expect(bezoeker.Locator(".schakel-rapport")).ToHaveAttributeAsync("lang", "nl");
            await ControleerAsync(bezoeker, bevindingen);

            if (taal == "nl")
            {
                // Printing waits for headless Chromium, which can be slow on a busy machine.
                var pdf = await bezoeker.Context.APIRequest.GetAsync(await bezoeker.GetByRole(AriaRole.Link, new() { Name = "Rapport als PDF" }).GetAttributeAsync("href") ?? "",
                    new() { Timeout = 300_000 });
                Assert.Equal(200, pdf.Status);
                Assert.Equal("application/pdf", pdf.Headers["content-type"].Split(';')[0]);
                Assert.StartsWith("%PDF-", Encoding.ASCII.GetString((await pdf.BodyAsync())[..5]), StringComparison.Ordinal);
            }
            else
            {
                await Assertions.Expect(bezoeker.GetByRole(AriaRole.Link, new() { Name = "Report as PDF" })).ToHaveCountAsync(1);
            }

            await bezoeker.Context.CloseAsync();
        }

        Assert.True(bevindingen.Count == 0, string.Join("\n", bevindingen));
    }

    [Fact]
    public async Task Een_editie_met_een_ouder_format_toont_wat_ontbreekt_en_de_ketenregisseur_vult_het_aan()
    {
        var bevindingen = new List<string>();
        var pagina = await app.AangemeldAlsAsync(Rollen.Ketenregisseur);
        await pagina.GotoAsync("/monitor/edities");
        await pagina.GetByLabel("Jaar").FillAsync("2024");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Editie aanmaken" }).VerstuurAsync();
        await pagina.WaitForURLAsync("**/monitor/edities/*");
        var editiePad = new Uri(pagina.Url).AbsolutePath;
        var id = Guid.Parse(editiePad.Split('/').Last());

        // The edition as begun before the shelter sections existed.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var editie = db.Set<Schakel.Web.Features.Monitor.MonitorEditie>().Single(e => e.Id == id);
            editie.Format = Schakel.Web.Features.Monitor.EditieFormat.Schrijf(
                Schakel.Web.Features.Monitor.EditieFormat.Standaard.Where(s => !s.Code.StartsWith("opvang-", StringComparison.Ordinal)).ToList());
            await db.SaveChangesAsync();
        }

        foreach (var taal in new[] { "en", "nl" })
        {
            await pagina.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={taal}|uic={taal}", Url = app.Adres.ToString() }]);
            await pagina.GotoAsync(editiePad);
            await Assertions.Expect(pagina.Locator("li[data-ontbreekt]")).ToHaveCountAsync(6);
            await ControleerAsync(pagina, bevindingen);
        }

        await pagina.Locator("button[data-aanvullen]").VerstuurAsync();
        await Assertions.Expect(pagina.Locator("tr[data-sectie='opvang-plaatsingen']")).ToHaveCountAsync(1);
        await Assertions.Expect(pagina.Locator("[data-formatverschil]")).ToHaveCountAsync(0);
        await Assertions.Expect(pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("ontbrekende secties");
        await ControleerAsync(pagina, bevindingen);
        Assert.True(bevindingen.Count == 0, string.Join("\n", bevindingen));
    }

    [Fact]
    public async Task Het_dashboard_zoomt_in_van_regio_tot_gemeente()
    {
        var bevindingen = new List<string>();
        var pagina = await app.AangemeldAlsAsync(Rollen.Ketenregisseur);
        await pagina.Locator("nav#werkplekmenu").GetByRole(AriaRole.Link, new() { Name = "Monitor: dashboard" }).ClickAsync();
        await pagina.WaitForURLAsync("**/monitor/dashboard");
        await Assertions.Expect(pagina.Locator("table[data-dashboard='gebieden']")).ToHaveCountAsync(1);
        await ControleerAsync(pagina, bevindingen);

        await pagina.GetByLabel("Uitsplitsing").SelectOptionAsync("melder");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Toon cijfers" }).VerstuurAsync();
        Assert.Contains("uitsplitsing=melder", pagina.Url, StringComparison.Ordinal);
        await pagina.Locator("tr[data-gebied^='district:'] a").First.ClickAsync();
        await pagina.WaitForURLAsync("**district=*");
        await ControleerAsync(pagina, bevindingen);
        await pagina.Locator("tr[data-gebied^='gemeente:'] a").First.ClickAsync();
        await pagina.WaitForURLAsync("**gemeente=*");
        await Assertions.Expect(pagina.Locator("table[data-dashboard='categorieen']")).ToHaveCountAsync(1);
        await ControleerAsync(pagina, bevindingen);

        Assert.True(bevindingen.Count == 0, string.Join("\n", bevindingen));
    }

    /// <summary>A victim-side referral from the reporting point to CoMensha in Zoetermeer, for CoMensha to register.</summary>
    private async Task<Guid> DoorverwijzingNaarCoMenshaAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
        var comensha = DemoOrganisaties.IdVan(DemoOrganisaties.CoMensha);
        var op = new DateTimeOffset(2025, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var melding = new Melding
        {
            Id = Guid.NewGuid(), Soort = MeldingSoort.Melding, MelderType = MelderType.Professional, Kanaal = Kanaal.Web,
            OmschrijvingVersleuteld = "niet gelezen", GemeenteCode = "GM0637", OntvangenOp = op, MeldpuntOrganisatieId = rsiv, Uitbuitingsvormen = "arbeid",
        };
        db.Add(melding);
        var triage = new MeldingTriage { MeldingId = melding.Id, OrganisatieId = rsiv, Tijdstip = op.AddHours(1), Zijde = Zijde.Slachtofferkant, GemeenteCode = "GM0637", Urgentie = Urgentie.Normaal };
        db.Add(triage);
        melding.Trieer(triage);
        await db.SaveChangesAsync();
        var besluit = new Routebesluit { Id = Guid.NewGuid(), MeldingId = melding.Id, TriageId = triage.Id, OrganisatieId = rsiv, Tijdstip = op.AddHours(2) };
        db.Add(besluit);
        var d = new DoorverwijzingRij
        {
            Id = Guid.NewGuid(), MeldingId = melding.Id, RoutebesluitId = besluit.Id, AfzenderOrganisatieId = rsiv, OntvangerOrganisatieId = comensha,
            Rol = Rol.Behandelaar, Deelniveau = Deelniveau.Geen, Doel = "registratie", VerstuurdOp = op.AddHours(2), EersteActieUiterlijk = op.AddHours(26),
        };
        db.Add(d);
        melding.Doorverwezen(d.VerstuurdOp);
        await db.SaveChangesAsync();
        return d.Id;
    }

    [Fact]
    public async Task CoMensha_legt_een_registratie_vast_en_de_ketenregisseur_downloadt_de_RIEC_CSV()
    {
        var bevindingen = new List<string>();
        var doorverwijzing = await DoorverwijzingNaarCoMenshaAsync();
        var sleutel = doorverwijzing.ToString("N")[..8];

        // CoMensha's staff: the page from the menu, a refused form with the message next to the field, then the registration.
        var comensha = await app.AangemeldAlsAsync(Rollen.Aanbieder);
        await comensha.GotoAsync("/monitor/comensha");
        await ControleerAsync(comensha, bevindingen);
        var formulier = comensha.Locator($"form[data-doorverwijzing='{doorverwijzing}']");
        await formulier.GetByRole(AriaRole.Button, new() { Name = "Vastleggen" }).VerstuurAsync();
        await Assertions.Expect(comensha.Locator($"#soort-{sleutel}-fout")).ToHaveCountAsync(1);
        await Assertions.Expect(comensha.Locator($"#datum-{sleutel}-fout")).ToHaveCountAsync(1);
        await ControleerAsync(comensha, bevindingen);
        formulier = comensha.Locator($"form[data-doorverwijzing='{doorverwijzing}']");
        await comensha.Locator($"#datum-{sleutel}").FillAsync("2025-03-05");
        await comensha.Locator($"#soort-{sleutel}").SelectOptionAsync("zorg");
        await formulier.GetByRole(AriaRole.Button, new() { Name = "Vastleggen" }).VerstuurAsync();
        await Assertions.Expect(comensha.GetByText("De registratie is vastgelegd.")).ToHaveCountAsync(1);
        await Assertions.Expect(comensha.Locator($"#datum-{sleutel}")).ToHaveValueAsync("2025-03-05");
        await ControleerAsync(comensha, bevindingen);

        // The chain director: the exports page and the RIEC quarterly CSV as a download.
        var regisseur = await app.AangemeldAlsAsync(Rollen.Ketenregisseur);
        await regisseur.GotoAsync("/monitor/exports?jaar=2025");
        await ControleerAsync(regisseur, bevindingen);
        var download = await regisseur.RunAndWaitForDownloadAsync(() => regisseur.Locator("a[data-riec='DH']").ClickAsync());
        using (var lezer = new StreamReader(await download.CreateReadStreamAsync()))
        {
            var csv = await lezer.ReadToEndAsync();
            Assert.StartsWith("jaar,kwartaal,gemeentecode", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
            Assert.Contains("2025,1,GM0637,", csv, StringComparison.Ordinal);
        }

        Assert.True(bevindingen.Count == 0, string.Join("\n", bevindingen));
    }
}
