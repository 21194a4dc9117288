using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Sturing;

/// <summary>
/// Quarterly progress by the action's owners (rights per organisation and role), and the regiegroep report:
/// exactly the actions planned in the quarter, "geen voortgang gemeld" where nothing was entered.
/// </summary>
public abstract class VoortgangTests(SchakelFactory factory)
{
    /// <summary>
    /// The regional Jaarplan 2024's action tables as published (number, "Planning" column), transcribed by hand,
    /// to know which actions fall in a quarter without asking the code under test.
    /// </summary>
    private static readonly (string Nr, string Planning)[] RegionaleTabel =
    [
        ("1.1", "Doorlopend"), ("1.2", "Q2-Q3"), ("1.3", "Q3"), ("1.4", "Q4"), ("1.5", "Q1"), ("1.6", "Q3"), ("1.7", "Q2"), ("1.8", "Q3-Q4"),
        ("2.1", "Q2-Q3"), ("2.2", "Q3"), ("2.3", "Q3"), ("2.4", "Q1"), ("2.5", "Doorlopend"),
        ("4.1", "Doorlopend"), ("4.2", "Q3"), ("4.3", "Q3"), ("4.4", "Doorlopend"), ("4.5", "Q2"), ("4.6", "Doorlopend"), ("4.7", "Q2"),
    ];

    private static bool InKwartaal(string planning, int q) =>
        planning == "Doorlopend" || (planning.Length == 2 ? planning[1] - '0' == q : q >= planning[1] - '0' && q <= planning[4] - '0');

    private static async Task<(string PlanId, JsonElement Acties)> PlanAsync(HttpClient api, string niveau)
    {
        var plannen = await api.GetFromJsonAsync<JsonElement>(Pad("/api/v1/plannen"));
        var id = plannen.EnumerateArray().Single(p => p.GetProperty("niveau").GetString() == niveau).GetProperty("id").GetString()!;
        return (id, await api.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/plannen/{id}/acties")));
    }

    private static string ActieId(JsonElement acties, string nr) =>
        acties.EnumerateArray().Single(a => a.GetProperty("nummer").GetString() == nr).GetProperty("id").GetString()!;

    private static object Melding(string kwartaal, string tekst = "Stand van zaken besproken", string kleur = "groen") =>
        new { kwartaal, tekst, kleur, volgendeStap = "Uitwerken", risicos = "Capaciteit", status = "loopt" };

    [Fact]
    public async Task Eigenaren_melden_hun_eigen_acties_en_anderen_niet()
    {
        var comensha = await ClientMetTokenAsync(factory.CreateClient, "demo-comensha");
        var (_, nationaal) = await PlanAsync(comensha, "nationaal");
        // Action 1: owner CoMensha. Action 14: owner JenV, not CoMensha.
        var r = await comensha.PostAsJsonAsync(Pad($"/api/v1/acties/{ActieId(nationaal, "1")}/voortgang"), Melding("2024-Q2"));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        await ProbleemAsync(await comensha.PostAsJsonAsync(Pad($"/api/v1/acties/{ActieId(nationaal, "14")}/voortgang"), Melding("2024-Q2")), 403);

        // The focal officer of 's-Gravenhage owns no national action and none of Midden-Delfland's.
        var denHaag = await ClientMetTokenAsync(factory.CreateClient, "demo-gemeente-gravenhage");
        await ProbleemAsync(await denHaag.PostAsJsonAsync(Pad($"/api/v1/acties/{ActieId(nationaal, "22")}/voortgang"), Melding("2024-Q2")), 403);
        var (_, md) = await PlanAsync(denHaag, "gemeentelijk");
        await ProbleemAsync(await denHaag.PostAsJsonAsync(Pad($"/api/v1/acties/{ActieId(md, "MD-9")}/voortgang"), Melding("2024-Q2")), 403);
        // Midden-Delfland's own focal officer does.
        var middenDelfland = await ClientMetTokenAsync(factory.CreateClient, "demo-gemeente-midden-delfland");
        Assert.Equal(HttpStatusCode.Created, (await middenDelfland.PostAsJsonAsync(Pad($"/api/v1/acties/{ActieId(md, "MD-9")}/voortgang"), Melding("2024-Q4"))).StatusCode);

        // The police own action 11 (with CKM); the chain director may not write the national plan, but the regional one.
        var politie = await ClientMetTokenAsync(factory.CreateClient, "demo-politie-den-haag");
        Assert.Equal(HttpStatusCode.Created, (await politie.PostAsJsonAsync(Pad($"/api/v1/acties/{ActieId(nationaal, "11")}/voortgang"), Melding("2024-Q1"))).StatusCode);
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        await ProbleemAsync(await regie.PostAsJsonAsync(Pad($"/api/v1/acties/{ActieId(nationaal, "20")}/voortgang"), Melding("2024-Q2")), 403);
        var (_, regionaal) = await PlanAsync(regie, "regionaal");
        Assert.Equal(HttpStatusCode.Created, (await regie.PostAsJsonAsync(Pad($"/api/v1/acties/{ActieId(regionaal, "2.1")}/voortgang"), Melding("2024-Q2"))).StatusCode);

        var lijst = await comensha.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/acties/{ActieId(nationaal, "1")}/voortgang"));
        var eerste = Assert.Single(lijst.EnumerateArray());
        Assert.Equal("2024-Q2", eerste.GetProperty("kwartaal").GetString());
        Assert.Equal("CoMensha", eerste.GetProperty("organisatie").GetString());
        Assert.Equal("loopt", (await PlanAsync(comensha, "nationaal")).Acties.EnumerateArray().Single(a => a.GetProperty("nummer").GetString() == "1").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Een_herhaald_verzoek_met_dezelfde_idempotency_key_slaat_een_melding_op()
    {
        var comensha = await ClientMetTokenAsync(factory.CreateClient, "demo-comensha");
        var (_, nationaal) = await PlanAsync(comensha, "nationaal");
        var pad = Pad($"/api/v1/acties/{ActieId(nationaal, "3")}/voortgang");
        async Task<HttpResponseMessage> PostAsync(string sleutel, object body)
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Post, pad) { Content = JsonContent.Create(body) };
            verzoek.Headers.Add("Idempotency-Key", sleutel);
            return await comensha.SendAsync(verzoek);
        }
        var sleutel = Guid.NewGuid().ToString();
        var eerste = await PostAsync(sleutel, Melding("2024-Q3", "Eerste melding"));
        Assert.Equal(HttpStatusCode.Created, eerste.StatusCode);
        var eersteId = (await eerste.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        // The answer was lost: the same key and content give the first entry again, nothing new stored.
        var herhaald = await PostAsync(sleutel, Melding("2024-Q3", "Eerste melding"));
        Assert.Equal(HttpStatusCode.OK, herhaald.StatusCode);
        Assert.Equal(eersteId, (await herhaald.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());

        // The same key with other content is a conflict, and stores nothing either.
        await ProbleemAsync(await PostAsync(sleutel, Melding("2024-Q3", "Andere melding")), 409);
        // A malformed key is reported with the other field errors at once.
        var fout = await ProbleemAsync(await PostAsync("kort", new { kwartaal = "2024-Q3" }), 400);
        var velden = fout.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains("Idempotency-Key", velden);
        Assert.Contains("tekst", velden);
        // A new key is a new entry.
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(Guid.NewGuid().ToString(), Melding("2024-Q3", "Eerste melding"))).StatusCode);
        Assert.Equal(2, (await comensha.GetFromJsonAsync<JsonElement>(pad)).GetArrayLength());
    }

    [Fact]
    public async Task Ongeldige_voortgang_geeft_alle_fouten_tegelijk()
    {
        var comensha = await ClientMetTokenAsync(factory.CreateClient, "demo-comensha");
        var (_, nationaal) = await PlanAsync(comensha, "nationaal");
        var r = await comensha.PostAsJsonAsync(Pad($"/api/v1/acties/{ActieId(nationaal, "2")}/voortgang"), new { kwartaal = "2031-Q1", tekst = " " });
        var p = await ProbleemAsync(r, 400);
        var velden = p.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains("kwartaal", velden);
        Assert.Contains("tekst", velden);
        Assert.Contains("kleur", velden);
        Assert.Contains("status", velden);
        Assert.Empty((await comensha.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/acties/{ActieId(nationaal, "2")}/voortgang"))).EnumerateArray());
    }

    [Fact]
    public async Task Het_kwartaalverslag_toont_precies_de_geplande_acties_en_geen_voortgang_gemeld()
    {
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var (planId, regionaal) = await PlanAsync(regie, "regionaal");
        // One entry in Q3 (action 2.2) and one in Q2 (action 1.2, planned Q2-Q3): only the Q3 entry belongs to the Q3 report.
        Assert.Equal(HttpStatusCode.Created, (await regie.PostAsJsonAsync(Pad($"/api/v1/acties/{ActieId(regionaal, "2.2")}/voortgang"), Melding("2024-Q3", "Meldingsprocedure beschreven", "oranje"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await regie.PostAsJsonAsync(Pad($"/api/v1/acties/{ActieId(regionaal, "1.2")}/voortgang"), Melding("2024-Q2", "Menukaart in concept"))).StatusCode);

        var web = await factory.AlsAsync(Core.Organisaties.Rollen.Ketenregisseur);
        var html = await web.GetStringAsync(Pad($"/sturing/rapportage?plan={planId}&periode=2024-Q3"));
        var verwacht = RegionaleTabel.Where(r => InKwartaal(r.Planning, 3)).Select(r => r.Nr).ToList();
        var getoond = System.Text.RegularExpressions.Regex.Matches(html, "data-rapport-actie=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(verwacht, getoond);
        var zonder = System.Text.RegularExpressions.Regex.Matches(html, "data-voortgang>geen voortgang gemeld<").Count;
        Assert.Equal(verwacht.Count - 1, zonder);
        Assert.Contains("Meldingsprocedure beschreven", html);
        Assert.DoesNotContain("Menukaart in concept", html);

        var csv = await web.GetStringAsync(Pad($"/sturing/rapportage/export?plan={planId}&periode=2024-Q3&formaat=csv"));
        var regels = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(verwacht.Count + 1, regels.Length);
        Assert.Equal(verwacht.Count - 1, regels.Count(r => r.Contains("geen voortgang gemeld", StringComparison.Ordinal)));

        // The half-year for the Bestuurlijke Tafel: every action planned in Q1 or Q2.
        var half = await web.GetStringAsync(Pad($"/sturing/rapportage?plan={planId}&periode=2024-H1"));
        var verwachtHalf = RegionaleTabel.Where(r => InKwartaal(r.Planning, 1) || InKwartaal(r.Planning, 2)).Select(r => r.Nr).ToList();
        Assert.Equal(verwachtHalf, System.Text.RegularExpressions.Regex.Matches(half, "data-rapport-actie=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList());
        Assert.Contains("Menukaart in concept", half);
    }

    [Fact]
    public async Task Voortgang_melden_op_de_pagina_en_tweemaal_versturen_geeft_een_melding()
    {
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var (_, regionaal) = await PlanAsync(regie, "regionaal");
        var id = ActieId(regionaal, "4.5");
        var web = await factory.AlsAsync(Core.Organisaties.Rollen.Ketenregisseur);
        var pagina = await web.GetStringAsync(Pad($"/sturing/acties/{id}"));
        var sleutel = System.Text.RegularExpressions.Regex.Match(pagina, "name=\"Formuliersleutel\" value=\"([^\"]+)\"").Groups[1].Value;
        var velden = new Dictionary<string, string>
        {
            ["Formuliersleutel"] = sleutel, ["Kwartaal"] = "2024-Q2", ["Tekst"] = "Werkgroep gestart", ["Kleur"] = "Groen", ["Status"] = "Loopt",
        };
        var r1 = await Aanmelden.PostFormAsync(web, $"/sturing/acties/{id}", new(velden));
        Assert.Equal(HttpStatusCode.Redirect, r1.StatusCode);
        var r2 = await Aanmelden.PostFormAsync(web, $"/sturing/acties/{id}", new(velden));
        Assert.Equal(HttpStatusCode.Redirect, r2.StatusCode);
        Assert.Single((await regie.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/acties/{id}/voortgang"))).EnumerateArray());

        // Without a colour: the message next to the field, nothing stored.
        velden["Formuliersleutel"] = "een-andere-sleutel-van-voldoende-lengte";
        velden.Remove("Kleur");
        var fout = await Aanmelden.PostFormAsync(web, $"/sturing/acties/{id}", new(velden));
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        Assert.Contains("id=\"kleur-fout\"", await fout.Content.ReadAsStringAsync());
        Assert.Single((await regie.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/acties/{id}/voortgang"))).EnumerateArray());
    }
}

/// <summary>A decision of a chain meeting that names an action appears on that action's page.</summary>
public abstract class ActiebesluitTests(SchakelFactory factory)
{
    [Fact]
    public async Task Een_besluit_met_de_actie_staat_bij_de_actie()
    {
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var plannen = await regie.GetFromJsonAsync<JsonElement>(Pad("/api/v1/plannen"));
        var planId = plannen.EnumerateArray().Single(p => p.GetProperty("niveau").GetString() == "regionaal").GetProperty("id").GetString();
        var acties = await regie.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/plannen/{planId}/acties"));
        var id = Guid.Parse(acties.EnumerateArray().Single(a => a.GetProperty("nummer").GetString() == "2.1").GetProperty("id").GetString()!);
        var ander = Guid.Parse(acties.EnumerateArray().Single(a => a.GetProperty("nummer").GetString() == "2.2").GetProperty("id").GetString()!);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Schakel.Web.Data.SchakelDbContext>();
            var orgaan = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Set<Schakel.Web.Features.Keten.Overleg.Overlegorgaan>());
            var bijeenkomst = new Schakel.Web.Features.Keten.Overleg.Bijeenkomst
            {
                Id = Guid.NewGuid(), OverlegorgaanId = orgaan.Id, Datum = new DateTimeOffset(2024, 6, 12, 10, 0, 0, TimeSpan.Zero), Agenda = "Meldpunt", VastgelegdOp = DateTimeOffset.UtcNow,
            };
            bijeenkomst.Punten.Add(new() { Id = Guid.NewGuid(), BijeenkomstId = bijeenkomst.Id, Volgorde = 1, Tekst = "Werkgroep meldpunt start in juli", ActieId = id });
            bijeenkomst.Punten.Add(new() { Id = Guid.NewGuid(), BijeenkomstId = bijeenkomst.Id, Volgorde = 2, Tekst = "Procedure volgt in Q3", ActieId = ander });
            db.Add(bijeenkomst);
            await db.SaveChangesAsync();
        }
        var web = await factory.AlsAsync(Core.Organisaties.Rollen.Ketenregisseur);
        var html = await web.GetStringAsync(Pad($"/sturing/acties/{id}"));
        Assert.Contains("Werkgroep meldpunt start in juli", html);
        Assert.DoesNotContain("Procedure volgt in Q3", html);

        // In the quarterly report: the decision of June belongs to Q2 (action 2.1 is planned Q2-Q3), not to Q3.
        var q2 = await web.GetStringAsync(Pad($"/sturing/rapportage?plan={planId}&periode=2024-Q2"));
        var rij = System.Text.RegularExpressions.Regex.Match(q2, "data-rapport-actie=\"2.1\"[\\s\\S]*?</tr>").Value;
        Assert.Contains("data-besluiten=\"1\"", rij);
        Assert.Contains("Werkgroep meldpunt start in juli", rij);
        Assert.DoesNotContain("Werkgroep meldpunt start in juli", await web.GetStringAsync(Pad($"/sturing/rapportage?plan={planId}&periode=2024-Q3")));
        Assert.Contains("Werkgroep meldpunt start in juli", await web.GetStringAsync(Pad($"/sturing/rapportage/export?plan={planId}&periode=2024-Q2&formaat=csv")));
    }
}

public sealed class ActiebesluitTestsSqlite(SqliteFactory factory) : ActiebesluitTests(factory), IClassFixture<SqliteFactory>;

public sealed class ActiebesluitTestsPostgres(PostgresFactory factory) : ActiebesluitTests(factory), IClassFixture<PostgresFactory>;

/// <summary>The regiegroep report's PDF and XLSX carry the numbers of its HTML.</summary>
public abstract class RapportExportTests(SchakelFactory factory)
{
    [Fact]
    public async Task Pdf_en_xlsx_hebben_de_getallen_van_de_html()
    {
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var plannen = await regie.GetFromJsonAsync<JsonElement>(Pad("/api/v1/plannen"));
        var planId = plannen.EnumerateArray().Single(p => p.GetProperty("niveau").GetString() == "nationaal").GetProperty("id").GetString();
        var web = await factory.AlsAsync(Core.Organisaties.Rollen.Ketenregisseur);
        var html = await web.GetStringAsync(Pad($"/sturing/rapportage?plan={planId}&periode=2024-Q2"));
        var rijen = System.Text.RegularExpressions.Regex.Matches(html, "data-rapport-actie=\"([^\"]+)\"[\\s\\S]*?data-begroot=\"([^\"]*)\"")
            .Select(m => (Nr: m.Groups[1].Value, Begroot: m.Groups[2].Value)).ToList();
        Assert.True(rijen.Count >= 20, "2024 has most of the national actions");
        var zonder = System.Text.RegularExpressions.Regex.Matches(html, "data-voortgang>geen voortgang gemeld<").Count;

        var xlsx = await web.GetByteArrayAsync(Pad($"/sturing/rapportage/export?plan={planId}&periode=2024-Q2&formaat=xlsx"));
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        System.Xml.Linq.XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var stroom = zip.GetEntry("xl/worksheets/sheet2.xml")!.Open();
        var blad = System.Xml.Linq.XDocument.Load(stroom);
        var xlsxRijen = blad.Descendants(ns + "row").Skip(1).Select(r => r.Elements(ns + "c").Select(c => c.Value).ToList()).ToList();
        Assert.Equal(rijen.Select(r => r.Nr), xlsxRijen.Select(r => r[1]));
        Assert.Equal(rijen.Select(r => r.Begroot), xlsxRijen.Select(r => r[5]));
        Assert.Equal(zonder, xlsxRijen.Count(r => r.Contains("geen voortgang gemeld")));

        var pdf = await web.GetAsync(Pad($"/sturing/rapportage/export?plan={planId}&periode=2024-Q2&formaat=pdf"));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var inspectie = Infrastructure.PdfInspectie.Lees(await pdf.Content.ReadAsByteArrayAsync());
        Assert.True(inspectie.Getagd);
        var tekst = System.Text.RegularExpressions.Regex.Replace(inspectie.Tekst, "\\s", "");
        Assert.Equal(zonder, System.Text.RegularExpressions.Regex.Matches(tekst, "geenvoortganggemeld").Count);
        var samenvatting = System.Text.RegularExpressions.Regex.Match(html, "data-samenvatting>([^<]+)<").Groups[1].Value;
        Assert.Contains(System.Text.RegularExpressions.Regex.Replace(System.Net.WebUtility.HtmlDecode(samenvatting), "\\s", ""), tekst);
    }
}

public sealed class RapportExportTestsSqlite(SqliteFactory factory) : RapportExportTests(factory), IClassFixture<SqliteFactory>;

public sealed class RapportExportTestsPostgres(PostgresFactory factory) : RapportExportTests(factory), IClassFixture<PostgresFactory>;

public sealed class VoortgangTestsSqlite(SqliteFactory factory) : VoortgangTests(factory), IClassFixture<SqliteFactory>;

public sealed class VoortgangTestsPostgres(PostgresFactory factory) : VoortgangTests(factory), IClassFixture<PostgresFactory>;
