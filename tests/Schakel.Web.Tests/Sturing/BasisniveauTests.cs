using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Sturing;

/// <summary>
/// The basic-level checklist: focal officers answer for their own municipality only, the chain director for the
/// region; computed items follow Schakel's data and refuse typed answers; history is kept.
/// </summary>
public abstract partial class BasisniveauTests(SchakelFactory factory)
{
    private static JsonElement Item(JsonElement lijst, string code) =>
        lijst.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);

    [Fact]
    public async Task Een_aandachtsfunctionaris_zet_alleen_de_eigen_gemeente()
    {
        var denHaag = await ClientMetTokenAsync(factory.CreateClient, "demo-gemeente-gravenhage");
        var r = await denHaag.PutAsJsonAsync(Pad("/api/v1/gemeenten/GM0518/basisniveau/beleid"), new { stand = "ja", bewijs = "Beleid vastgesteld door de raad" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        await ProbleemAsync(await denHaag.PutAsJsonAsync(Pad("/api/v1/gemeenten/GM1842/basisniveau/beleid"), new { stand = "nee" }), 403);
        var md = await denHaag.GetFromJsonAsync<JsonElement>(Pad("/api/v1/gemeenten/GM1842/basisniveau"));
        Assert.Equal("onbekend", Item(md, "beleid").GetProperty("stand").GetString());

        // The same on the page: no form for another municipality, and a post there is refused.
        var web = await factory.AlsAsync(Rollen.Aandachtsfunctionaris);
        Assert.DoesNotContain("name=\"stand\"", await web.GetStringAsync(Pad("/sturing/basisniveau/GM1842")));
        var html = await web.GetStringAsync(Pad("/sturing/basisniveau/GM0518"));
        Assert.Contains("name=\"stand\"", html);
        var weigering = await web.PostAsync(Pad("/sturing/basisniveau/GM1842"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["item"] = "beleid", ["stand"] = "Nee", ["__RequestVerificationToken"] = Aanmelden.Token(html),
        }));
        // Refused: no post/redirect/get back to the checklist (the sign-in shell sends a refusal to its own page).
        Assert.NotEqual("/sturing/basisniveau/GM1842", Aanmelden.Pad(weigering));
        Assert.Equal("onbekend", Item(await denHaag.GetFromJsonAsync<JsonElement>(Pad("/api/v1/gemeenten/GM1842/basisniveau")), "beleid").GetProperty("stand").GetString());

        // The chain director answers for any municipality of the region; the history keeps both answers.
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        Assert.Equal(HttpStatusCode.OK, (await regie.PutAsJsonAsync(Pad("/api/v1/gemeenten/GM0518/basisniveau/beleid"), new { stand = "deels", bewijs = "Arbeidsuitbuiting ontbreekt" })).StatusCode);
        var dh = await regie.GetFromJsonAsync<JsonElement>(Pad("/api/v1/gemeenten/GM0518/basisniveau"));
        Assert.Equal("deels", Item(dh, "beleid").GetProperty("stand").GetString());
        Assert.Equal("ketenregisseur", Item(dh, "beleid").GetProperty("bevestigdDoorRol").GetString());
        var pagina = await web.GetStringAsync(Pad("/sturing/basisniveau/GM0518"));
        Assert.Contains("Beleid vastgesteld door de raad", pagina);
        Assert.Contains("Arbeidsuitbuiting ontbreekt", pagina);
    }

    [Fact]
    public async Task De_geschiedenis_staat_in_de_api_met_organisatie_rol_en_moment()
    {
        var wassenaar = "GM0629";
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        Assert.Equal(HttpStatusCode.OK, (await regie.PutAsJsonAsync(Pad($"/api/v1/gemeenten/{wassenaar}/basisniveau/interne-meldroute"), new { stand = "nee" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await regie.PutAsJsonAsync(Pad($"/api/v1/gemeenten/{wassenaar}/basisniveau/interne-meldroute"), new { stand = "ja", bewijs = "Route vastgesteld" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await regie.PutAsJsonAsync(Pad($"/api/v1/gemeenten/{wassenaar}/basisniveau/regionaal-platform"), new { stand = "deels" })).StatusCode);

        var historie = await regie.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/gemeenten/{wassenaar}/basisniveau/historie?item=interne-meldroute"));
        Assert.Equal(new[] { "ja", "nee" }, historie.EnumerateArray().Select(h => h.GetProperty("stand").GetString()!).ToArray());
        var nieuwste = historie[0];
        Assert.Equal("Route vastgesteld", nieuwste.GetProperty("bewijs").GetString());
        Assert.Equal(DemoOrganisaties.Rsiv, nieuwste.GetProperty("bevestigdDoorOrganisatie").GetString());
        Assert.Equal("ketenregisseur", nieuwste.GetProperty("bevestigdDoorRol").GetString());
        Assert.True(nieuwste.GetProperty("bevestigdOp").GetDateTimeOffset() >= historie[1].GetProperty("bevestigdOp").GetDateTimeOffset());
        Assert.Equal(3, (await regie.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/gemeenten/{wassenaar}/basisniveau/historie"))).GetArrayLength());
        await ProbleemAsync(await regie.GetAsync(Pad("/api/v1/gemeenten/GM9999/basisniveau/historie")), 404);
    }

    [Fact]
    public async Task De_matrix_en_de_vng_rapporten_werken_voor_een_tweede_eenheid()
    {
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            db.Add(new Schakel.Web.Features.Regio.Eenheid { Code = "ZT", Naam = "Eenheid Zuidtest" });
            db.Add(new Schakel.Web.Features.Regio.District { Id = "ZT-A", EenheidCode = "ZT", Code = "A", Naam = "Testdistrict" });
            foreach (var (cbs, naam) in new[] { ("GM9901", "Eerstedorp"), ("GM9902", "Tweedestad") })
            {
                var g = new Schakel.Web.Features.Regio.Gemeente { CbsCode = cbs, Naam = naam, EenheidCode = "ZT", Deelregio = "Zuidtest" };
                g.Districten.Add(new() { CbsCode = cbs, DistrictId = "ZT-A" });
                db.Add(g);
            }
            await db.SaveChangesAsync();
        }
        var web = await factory.AlsAsync(Rollen.Ketenregisseur);
        var standaard = await web.GetStringAsync(Pad("/sturing/basisniveau"));
        Assert.Contains("data-gemeente=\"GM0518\"", standaard);
        Assert.DoesNotContain("data-gemeente=\"GM9901\"", standaard);
        Assert.Contains("<option value=\"ZT\"", standaard);

        var zt = await web.GetStringAsync(Pad("/sturing/basisniveau?eenheid=ZT"));
        Assert.Equal(new[] { "GM9901", "GM9902" }, System.Text.RegularExpressions.Regex.Matches(zt, "data-gemeente=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray());
        Assert.Contains("data-groep=\"district:A Testdistrict\"", zt);
        Assert.Contains("data-groep=\"regio:ZT\"", zt);
        var vng = await web.GetStringAsync(Pad("/sturing/basisniveau/vng?soort=eind&eenheid=ZT"));
        Assert.Contains("Tweedestad", vng);
        Assert.DoesNotContain("Midden-Delfland", vng);
        Assert.Equal(HttpStatusCode.NotFound, (await web.GetAsync(Pad("/sturing/basisniveau?eenheid=XX"))).StatusCode);
    }

    [Fact]
    public async Task Berekende_items_volgen_de_gegevens()
    {
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        // The focal-officer register of the demo data has officers for Katwijk (GM0537) and 's-Gravenhage.
        var dh = await regie.GetFromJsonAsync<JsonElement>(Pad("/api/v1/gemeenten/GM0518/basisniveau"));
        Assert.Equal("ja", Item(dh, "af-geregistreerd").GetProperty("stand").GetString());
        Assert.True(Item(dh, "af-geregistreerd").GetProperty("berekend").GetBoolean());
        var voor = await regie.GetFromJsonAsync<JsonElement>(Pad("/api/v1/gemeenten/GM0537/basisniveau"));
        Assert.Equal("ja", Item(voor, "af-geregistreerd").GetProperty("stand").GetString());
        Assert.Equal("ja", Item(voor, "zorgcoordinator").GetProperty("stand").GetString());

        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            // Katwijk's officers leave (inactive in the register), and the care coordinator stops serving Katwijk.
            foreach (var af in await db.Set<Aandachtsfunctionaris>().Where(a => a.GemeenteCode == "GM0537").ToListAsync())
            {
                af.Actief = false;
            }
            var shop = await db.Set<Organisatie>().SingleAsync(o => o.Naam == DemoOrganisaties.Shop);
            db.Remove(await db.Set<OrganisatieWerkgebied>().SingleAsync(w => w.OrganisatieId == shop.Id && w.CbsCode == "GM0537"));
            await db.SaveChangesAsync();
        }
        var na = await regie.GetFromJsonAsync<JsonElement>(Pad("/api/v1/gemeenten/GM0537/basisniveau"));
        Assert.Equal("nee", Item(na, "af-geregistreerd").GetProperty("stand").GetString());
        Assert.Equal("nee", Item(na, "zorgcoordinator").GetProperty("stand").GetString());
        Assert.Equal("ja", Item(dh, "zorgcoordinator").GetProperty("stand").GetString());
        // Training coverage is not known yet: entered by hand.
        Assert.False(Item(na, "af-getraind").GetProperty("berekend").GetBoolean());

        var p = await ProbleemAsync(await regie.PutAsJsonAsync(Pad("/api/v1/gemeenten/GM0537/basisniveau/af-geregistreerd"), new { stand = "nee" }), 400);
        Assert.True(p.GetProperty("errors").TryGetProperty("stand", out _));
        Assert.Equal(HttpStatusCode.OK, (await regie.PutAsJsonAsync(Pad("/api/v1/gemeenten/GM0537/basisniveau/af-getraind"), new { stand = "ja", bewijs = "Regionale training maart" })).StatusCode);
        await ProbleemAsync(await regie.PutAsJsonAsync(Pad("/api/v1/gemeenten/GM0537/basisniveau/bestaat-niet"), new { stand = "ja" }), 404);
        await ProbleemAsync(await regie.GetAsync(Pad("/api/v1/gemeenten/GM9999/basisniveau")), 404);
    }

    [Fact]
    public async Task Berekend_bewijs_staat_in_de_taal_van_de_lezer_en_getypt_bewijs_blijft_nederlands()
    {
        // The demo register has focal officers for 's-Gravenhage (GM0518), so the computed item says how many.
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        Assert.Equal(HttpStatusCode.OK, (await regie.PutAsJsonAsync(Pad("/api/v1/gemeenten/GM0518/basisniveau/beleid"), new { stand = "ja", bewijs = "Raadsbesluit 12 maart" })).StatusCode);
        var web = await factory.AlsAsync(Rollen.Aandachtsfunctionaris);

        async Task<string> PaginaAsync(string taal)
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Get, Pad("/sturing/basisniveau/GM0518"));
            verzoek.Headers.Add("Accept-Language", taal);
            using var antwoord = await web.SendAsync(verzoek);
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            return await antwoord.Content.ReadAsStringAsync();
        }

        var nl = await PaginaAsync("nl");
        Assert.Matches(@"<span class=""schakel-vrije-tekst"">\d+ actieve aandachtsfunctionaris\(sen\) in het register\.</span>", nl);
        var en = await PaginaAsync("en");
        Assert.Matches(@"<span class=""schakel-vrije-tekst"">\d+ active focal officer\(s\) in the register\.</span>", en);
        Assert.DoesNotContain("in het register", en);
        // Typed evidence is shown as typed, marked as Dutch on the English page.
        Assert.Contains(@"<span class=""schakel-vrije-tekst"" lang=""nl"">Raadsbesluit 12 maart</span>", en);
    }

    /// <summary>RFC 4180 fields of one CSV line (quoted fields may hold commas).</summary>
    private static List<string> Velden(string regel) =>
        [.. System.Text.RegularExpressions.Regex.Matches(regel, "(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)").Select(m =>
        {
            var v = m.Groups[1].Value;
            return v.StartsWith('"') ? v[1..^1].Replace("\"\"", "\"") : v;
        })];

    [Fact]
    public async Task De_tussenrapportage_toont_de_stand_op_haar_peildatum_en_het_eindbeeld_de_latere()
    {
        // One municipality's "hours for the focal officer": "nee" before mid-2025, "ja" after it.
        string cbs;
        string item = Schakel.Web.Features.Sturing.Referentie.BasisniveauItems.AfTakenUren;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            cbs = (await db.Set<Schakel.Web.Features.Regio.Gemeente>().Where(g => g.EenheidCode == "DH" && g.CbsCode != "GM1842" && g.CbsCode != "GM0518" && g.CbsCode != "GM0534")
                .OrderByDescending(g => g.CbsCode).FirstAsync()).CbsCode;
            var org = await db.Set<Organisatie>().FirstAsync(o => o.Type == OrganisatieType.Ketenregie || o.Type == OrganisatieType.Gemeente);
            db.AddRange(
                new Schakel.Web.Features.Sturing.Model.BasisniveauAntwoord
                {
                    Id = Guid.CreateVersion7(), GemeenteCode = cbs, ItemCode = item, Stand = Core.Sturing.Basisniveaustand.Nee, Bewijs = "Voor de peildatum",
                    OrganisatieId = org.Id, BevestigdDoor = Rollen.Ketenregisseur, BevestigdOp = new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero),
                },
                new Schakel.Web.Features.Sturing.Model.BasisniveauAntwoord
                {
                    Id = Guid.CreateVersion7(), GemeenteCode = cbs, ItemCode = item, Stand = Core.Sturing.Basisniveaustand.Ja, Bewijs = "Na de peildatum",
                    OrganisatieId = org.Id, BevestigdDoor = Rollen.Ketenregisseur, BevestigdOp = new DateTimeOffset(2025, 9, 1, 10, 0, 0, TimeSpan.Zero),
                });
            await db.SaveChangesAsync();
        }
        var web = await factory.AlsAsync(Rollen.Ketenregisseur);

        async Task<string> StandAsync(string soort)
        {
            var csv = await web.GetAsync(Pad($"/sturing/basisniveau/vng/export?soort={soort}&eenheid=DH&formaat=csv"));
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            var regels = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var kop = Velden(regels[0]);
            var rij = regels.Select(Velden).Single(v => v[0] == "gemeente" && v[2] == cbs);
            Assert.Contains(regels.Select(Velden), v => v[0] == "regio" && v[1] == "DH" && v[3].StartsWith("voldoet", StringComparison.Ordinal));
            return rij[kop.IndexOf("Aandachtsfunctionaris heeft de drie taken en voldoende uren")];
        }
        Assert.Equal("nee", await StandAsync("tussen"));
        Assert.Equal("ja", await StandAsync("eind"));

        var tussen = await web.GetStringAsync(Pad("/sturing/basisniveau/vng?soort=tussen"));
        Assert.Contains("30 juni 2025", tussen, StringComparison.Ordinal);
        Assert.Contains("data-oordeel-groep=\"regio:DH\"", tussen, StringComparison.Ordinal);
        var eind = await web.GetStringAsync(Pad("/sturing/basisniveau/vng?soort=eind"));
        Assert.Contains("2026", eind, StringComparison.Ordinal);
        Assert.NotEqual(404, (int)(await web.GetAsync(Pad("/sturing/basisniveau/vng/export?soort=eind"))).StatusCode);
        Assert.Equal(404, (int)(await web.GetAsync(Pad("/sturing/basisniveau/vng/export?soort=half"))).StatusCode);
        Assert.Equal(404, (int)(await web.GetAsync(Pad("/sturing/basisniveau/vng/export?soort=tussen&formaat=xls"))).StatusCode);
    }

    [Fact]
    public async Task De_vng_export_is_niet_voor_opvang_of_anoniem()
    {
        var opvang = await factory.AlsAsync(Rollen.Opvangmedewerker);
        var geweigerd = await opvang.GetAsync(Pad("/sturing/basisniveau/vng/export?soort=tussen&formaat=csv"));
        Assert.NotEqual(HttpStatusCode.OK, geweigerd.StatusCode);
        var anoniem = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(Pad("/sturing/basisniveau/vng/export?soort=tussen&formaat=csv"));
        Assert.NotEqual(HttpStatusCode.OK, anoniem.StatusCode);
    }

    [Fact]
    public async Task De_matrix_telt_per_district_deelregio_en_regio()
    {
        var web = await factory.AlsAsync(Rollen.Ketenregisseur);
        var html = await web.GetStringAsync(Pad("/sturing/basisniveau"));
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var aantal = await db.Set<Schakel.Web.Features.Regio.Gemeente>().CountAsync(g => g.EenheidCode == "DH");
        Assert.Equal(27, aantal);
        Assert.Equal(aantal, System.Text.RegularExpressions.Regex.Matches(html, "<tr class=\"utrecht-table__row\" data-gemeente=").Count);
        Assert.Contains("data-groep=\"deelregio:Haaglanden\"", html);
        Assert.Contains("data-groep=\"deelregio:Hollands Midden\"", html);
        Assert.Contains("data-groep=\"regio:DH\"", html);
        var vng = await web.GetStringAsync(Pad("/sturing/basisniveau/vng?soort=tussen"));
        Assert.Equal(aantal, System.Text.RegularExpressions.Regex.Matches(vng, "data-gemeente=").Count);
    }
}

/// <summary>The municipality's own evaluation interval: one reminder per due date to its focal officers; the yearly report.</summary>
public abstract class EvaluatieEnJaarverslagTests(SchakelFactory factory)
{
    [Fact]
    public async Task De_herinnering_komt_een_maand_voor_de_evaluatie_en_een_keer()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var beleid = await db.Set<Schakel.Web.Features.Sturing.Model.GemeenteBeleid>().SingleAsync(b => b.GemeenteCode == "GM1842");
        // Loaded as published: every two years, no dates yet, so no reminder can be due.
        Assert.Equal(2, beleid.EvaluatieIntervalJaren);
        var herinnering = scope.ServiceProvider.GetRequiredService<Schakel.Web.Features.Sturing.EvaluatieHerinnering>();
        Assert.DoesNotContain("GM1842", await herinnering.HerinnerAsync(new DateOnly(2026, 12, 15), default));

        beleid.LaatsteEvaluatieOp = new DateOnly(2025, 1, 10);
        await db.SaveChangesAsync();
        Assert.DoesNotContain("GM1842", await herinnering.HerinnerAsync(new DateOnly(2026, 12, 10), default));
        Assert.Contains("GM1842", await herinnering.HerinnerAsync(new DateOnly(2026, 12, 11), default));
        Assert.DoesNotContain("GM1842", await herinnering.HerinnerAsync(new DateOnly(2026, 12, 20), default));

        var md = await db.Set<Organisatie>().SingleAsync(o => o.GemeenteCode == "GM1842");
        var meldingen = await db.Set<Schakel.Web.Features.Notificaties.Notificatie>().Where(n => n.Soort == "BeleidEvaluatie").ToListAsync();
        var melding = Assert.Single(meldingen);
        Assert.Equal(md.Id, melding.OrganisatieId);
        Assert.Equal(Rollen.Aandachtsfunctionaris, melding.Rol);
        Assert.Equal("/sturing/basisniveau/gm1842", melding.Link);
        var web = await factory.AlsAsync(Rollen.Ketenregisseur);
        Assert.Equal("/sturing/basisniveau/GM1842", Aanmelden.Pad(await web.GetAsync(Pad(melding.Link))));
    }

    [Fact]
    public async Task Het_jaarverslag_van_een_afgelopen_jaar_toont_de_checklist_zoals_die_aan_het_eind_van_dat_jaar_stond()
    {
        // Hillegom's internal reporting route is confirmed today: that belongs in this year's report, not in 2024's.
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        Assert.Equal(HttpStatusCode.OK, (await regie.PutAsJsonAsync(Pad("/api/v1/gemeenten/GM0534/basisniveau/interne-meldroute"),
            new { stand = "ja", bewijs = "Meldroute vastgesteld na 2024" })).StatusCode);
        var web = await factory.AlsAsync(Rollen.Ketenregisseur);
        static string Rij(string html) => System.Text.RegularExpressions.Regex.Match(html,
            "<tr[^>]*data-item=\"interne-meldroute\"[^>]*>(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;

        var vorig = Rij(await web.GetStringAsync(Pad("/sturing/basisniveau/GM0534/jaarverslag?jaar=2024")));
        Assert.Contains("Onbekend", vorig, StringComparison.Ordinal);
        Assert.DoesNotContain("Meldroute vastgesteld na 2024", vorig, StringComparison.Ordinal);
        var nu = Rij(await web.GetStringAsync(Pad("/sturing/basisniveau/GM0534/jaarverslag")));
        Assert.Contains("Meldroute vastgesteld na 2024", nu, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Het_jaarverslag_toont_de_concrete_acties_als_html_en_pdf()
    {
        // Midden-Delfland attended one meeting of a body in 2024 (and one in 2023, which does not count).
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var md = await db.Set<Organisatie>().SingleAsync(o => o.GemeenteCode == "GM1842");
            var orgaan = await db.Set<Schakel.Web.Features.Keten.Overleg.Overlegorgaan>().OrderBy(o => o.Naam).FirstAsync();
            foreach (var jaar in new[] { 2023, 2024 })
            {
                var bijeenkomst = new Schakel.Web.Features.Keten.Overleg.Bijeenkomst
                {
                    Id = Guid.NewGuid(), OverlegorgaanId = orgaan.Id, Datum = new DateTimeOffset(jaar, 5, 14, 10, 0, 0, TimeSpan.Zero), Agenda = "Basisniveau", VastgelegdOp = DateTimeOffset.UtcNow,
                };
                bijeenkomst.Aanwezig.Add(new() { BijeenkomstId = bijeenkomst.Id, OrganisatieId = md.Id });
                db.Add(bijeenkomst);
            }
            await db.SaveChangesAsync();
        }
        var web = await factory.AlsAsync(Rollen.Ketenregisseur);
        var html = await web.GetStringAsync(Pad("/sturing/basisniveau/GM1842/jaarverslag?jaar=2024"));
        Assert.Equal(13, System.Text.RegularExpressions.Regex.Matches(html, "data-jaarverslag-actie=").Count);
        Assert.Contains("data-item=\"beleid\"", html);
        var pdf = await web.GetAsync(Pad("/sturing/basisniveau/GM1842/jaarverslag/pdf?jaar=2024"));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var inspectie = Infrastructure.PdfInspectie.Lees(await pdf.Content.ReadAsByteArrayAsync());
        Assert.True(inspectie.Getagd);
        Assert.Contains("MD-13", inspectie.Tekst);

        // Trainings, meetings and monitor figures: the PDF says what the HTML says, and "geen gegevens" where a source has none.
        var overleggen = System.Text.RegularExpressions.Regex.Match(html, "data-overleggen=\"(\\d+)/(\\d+)\">([^<]+)<");
        Assert.True(overleggen.Success);
        Assert.Equal("1", overleggen.Groups[1].Value);
        Assert.Contains("2024-05-14", html);
        Assert.DoesNotContain("2023-05-14", html);
        static string Plat(string t) => System.Text.RegularExpressions.Regex.Replace(System.Net.WebUtility.HtmlDecode(t), "\\s", "");
        var pdfTekst = Plat(inspectie.Tekst);
        Assert.Contains(Plat(overleggen.Groups[3].Value), pdfTekst);
        // 2024 lies before Schakel's first (demo) report, so the monitor has no figures of its own for it: "geen gegevens", never 0.
        Assert.Contains("data-geen-gegevens=\"monitor\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-cijfer=", html, StringComparison.Ordinal);
        var geen = System.Text.RegularExpressions.Regex.Matches(html, "data-geen-gegevens=").Count;
        Assert.Equal(geen, System.Text.RegularExpressions.Regex.Matches(pdfTekst, "geengegevens").Count);

        // This year Schakel counts itself: the monitor's public figures, the same in the HTML and the PDF, once a quarter has ended.
        var nu = Schakel.Core.Monitor.Periode.Lokaal(DateTimeOffset.UtcNow);
        var dit = await web.GetStringAsync(Pad($"/sturing/basisniveau/GM1842/jaarverslag?jaar={nu.Year}"));
        var ditPdf = Plat(Infrastructure.PdfInspectie.Lees(await (await web.GetAsync(Pad($"/sturing/basisniveau/GM1842/jaarverslag/pdf?jaar={nu.Year}"))).Content.ReadAsByteArrayAsync()).Tekst);
        var cijfers = System.Text.RegularExpressions.Regex.Matches(dit, "data-cijfer=\"[^\"]+\">([^<]*)<").Select(m => Plat(m.Groups[1].Value)).ToList();
        Assert.Equal(nu.Month > 3 ? 3 : 0, cijfers.Count);
        Assert.All(cijfers, c => Assert.Contains(c, ditPdf));
        // A year without any meeting of the municipality: "geen gegevens" for meetings.
        Assert.Contains("data-geen-gegevens=\"overleggen\"", await web.GetStringAsync(Pad("/sturing/basisniveau/GM1842/jaarverslag?jaar=2022")));
        Assert.Equal(HttpStatusCode.NotFound, (await web.GetAsync(Pad("/sturing/basisniveau/GM9999/jaarverslag"))).StatusCode);
    }
}

public sealed class EvaluatieEnJaarverslagTestsSqlite(SqliteFactory factory) : EvaluatieEnJaarverslagTests(factory), IClassFixture<SqliteFactory>;

public sealed class EvaluatieEnJaarverslagTestsPostgres(PostgresFactory factory) : EvaluatieEnJaarverslagTests(factory), IClassFixture<PostgresFactory>;

public sealed class BasisniveauTestsSqlite(SqliteFactory factory) : BasisniveauTests(factory), IClassFixture<SqliteFactory>;

public sealed class BasisniveauTestsPostgres(PostgresFactory factory) : BasisniveauTests(factory), IClassFixture<PostgresFactory>;
