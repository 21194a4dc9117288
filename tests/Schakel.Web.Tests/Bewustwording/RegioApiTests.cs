using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Bewustwording;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.ApiClients;
using Schakel.Web.Features.Bewustwording;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Bewustwording;

/// <summary>
/// The API for evaluations, events, the hotel register and the knowledge survey with the pages' rights; the evaluation
/// remarks on the results page; the join date of imported organisations. On both databases.
/// </summary>
public abstract class RegioApiTests(SchakelFactory factory)
{
    private const string Gemeente = "demo-gemeente-gravenhage";
    private static readonly Guid CoMensha = DemoOrganisaties.IdVan(DemoOrganisaties.CoMensha);

    /// <summary>A partner system of CoMensha with the provider role (no demo client has it).</summary>
    private async Task<HttpClient> AanbiederApiAsync()
    {
        var id = "test-aanbieder-" + Guid.NewGuid().ToString("N")[..8];
        var geheim = id + "-geheim-voor-de-test";
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            db.Add(new ApiClient
            {
                Id = Guid.NewGuid(), ClientId = id, Naam = "Test aanbieder", OrganisatieId = CoMensha, Rollen = [Rollen.Aanbieder],
                GeheimHash = ClientGeheim.Hash(geheim), Aangemaakt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(factory.CreateClient(), id, geheim));
        return http;
    }

    [Fact]
    public async Task Rollen_zonder_recht_krijgen_403_en_zonder_token_401()
    {
        var shop = await ClientMetTokenAsync(factory.CreateClient, Zorgcoordinator);
        var aanbieder = await AanbiederApiAsync();
        var gemeente = await ClientMetTokenAsync(factory.CreateClient, Gemeente);
        foreach (var pad in new[] { "/api/v1/bijeenkomsten", "/api/v1/hotels", "/api/v1/hotels/tellingen", "/api/v1/kennispeilingen/resultaten", "/api/v1/evaluaties" })
        {
            await ProbleemAsync(await factory.CreateClient().GetAsync(Pad(pad)), 401);
            await ProbleemAsync(await shop.GetAsync(Pad(pad)), 403);
        }
        foreach (var pad in new[] { "/api/v1/bijeenkomsten", "/api/v1/hotels", "/api/v1/kennispeilingen/resultaten" })
        {
            await ProbleemAsync(await aanbieder.GetAsync(Pad(pad)), 403);
        }
        await ProbleemAsync(await aanbieder.PostAsJsonAsync(Pad("/api/v1/bijeenkomsten"), new { soort = "themabijeenkomst" }), 403);
        await ProbleemAsync(await gemeente.GetAsync(Pad("/api/v1/evaluaties")), 403);
        await ProbleemAsync(await shop.PostAsJsonAsync(Pad("/api/v1/hotels"), new { naam = "x" }), 403);
    }

    [Fact]
    public async Task Een_bijeenkomst_wordt_via_de_api_gepland_gewijzigd_en_vastgelegd_met_alle_fouten_tegelijk()
    {
        var gemeente = await ClientMetTokenAsync(factory.CreateClient, Gemeente);
        var fout = await ProbleemAsync(await gemeente.PostAsJsonAsync(Pad("/api/v1/bijeenkomsten"), new
        {
            titel = "", begin = "2026-05-01T10:00:00Z", einde = "2026-04-01T10:00:00Z", gemeenten = new[] { "GM9999", "<script>" }, aanwezigen = -1,
        }), 400);
        var fouten = fout.GetProperty("errors");
        foreach (var veld in new[] { "soort", "titel", "einde", "gemeenten", "aanwezigen" })
        {
            Assert.True(fouten.TryGetProperty(veld, out _), veld);
        }
        // Hostile shapes: a number for an enum, a list for a text, no JSON at all.
        await ProbleemAsync(await gemeente.PostAsJsonAsync(Pad("/api/v1/bijeenkomsten"), new { soort = 1, titel = "x" }), 400);
        await ProbleemAsync(await gemeente.PostAsJsonAsync(Pad("/api/v1/bijeenkomsten"), new { soort = "themabijeenkomst", titel = new[] { "a", "b" } }), 400);
        await ProbleemAsync(await gemeente.PostAsync(Pad("/api/v1/bijeenkomsten"), new StringContent("{\"soort\":", Encoding.UTF8, "application/json")), 400);
        int aantalVoor;
        await using (var scope = factory.Scope())
        {
            aantalVoor = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Bijeenkomst>().CountAsync();
        }

        var titel = "Hotelbijeenkomst district F " + Guid.NewGuid().ToString("N")[..6];
        var begin = new DateTimeOffset(2026, 10, 14, 13, 0, 0, TimeSpan.Zero);
        var gemaakt = await gemeente.PostAsJsonAsync(Pad("/api/v1/bijeenkomsten"), new
        {
            soort = "themabijeenkomst", titel, begin, einde = begin.AddHours(2), plaats = "Den Haag", organisatoren = "RIEC Den Haag",
            gemeenten = new[] { "GM0518", "GM0518" },
        });
        Assert.Equal(HttpStatusCode.Created, gemaakt.StatusCode);
        var id = (await gemaakt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.EndsWith($"/api/v1/bijeenkomsten/{id}", gemaakt.Headers.Location!.OriginalString);

        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var gewijzigd = await regie.PutAsJsonAsync(Pad($"/api/v1/bijeenkomsten/{id}"), new
        {
            soort = "themabijeenkomst", titel, begin, einde = begin.AddHours(3), gemeenten = new[] { "GM0637", "GM0518" }, aanwezigen = 23,
        });
        Assert.Equal(HttpStatusCode.OK, gewijzigd.StatusCode);
        var een = await gemeente.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/bijeenkomsten/{id}"));
        Assert.Equal(23, een.GetProperty("aanwezigen").GetInt32());
        Assert.Equal(["GM0637", "GM0518"], een.GetProperty("gemeenten").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("2026-10-14T16:00:00Z", een.GetProperty("einde").GetString());
        Assert.Contains((await gemeente.GetFromJsonAsync<JsonElement>(Pad("/api/v1/bijeenkomsten"))).EnumerateArray(), b => b.GetProperty("id").GetGuid() == id);
        await ProbleemAsync(await regie.PutAsJsonAsync(Pad($"/api/v1/bijeenkomsten/{Guid.NewGuid()}"), new { soort = "netwerkbijeenkomst", titel, begin, einde = begin.AddHours(1) }), 404);
        await ProbleemAsync(await regie.GetAsync(Pad($"/api/v1/bijeenkomsten/{Guid.NewGuid()}")), 404);

        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            // The refused posts wrote nothing; the two changes are each audited as coming through the API.
            Assert.Equal(aantalVoor + 1, await db.Set<Bijeenkomst>().CountAsync());
            Assert.Equal(2, await db.Set<AuditRegel>().CountAsync(a => a.ObjectId == id.ToString() && a.Herkomst == Herkomst.Api));
        }
    }

    [Fact]
    public async Task Het_hotelregister_in_de_api_telt_per_gemeente_en_toont_wanneer_het_certificaat_aan_de_beurt_is()
    {
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var fout = await ProbleemAsync(await regie.PostAsJsonAsync(Pad("/api/v1/hotels"), new
        {
            naam = " ", gemeenteCode = "GM9999", soort = "hotel", geregistreerd = "2026-03-01", personeel = 4, getraind = 9, status = "gecertificeerd",
        }), 400);
        foreach (var veld in new[] { "naam", "gemeenteCode", "getraind", "certificaatdatum" })
        {
            Assert.True(fout.GetProperty("errors").TryGetProperty(veld, out _), veld);
        }
        await ProbleemAsync(await regie.PostAsJsonAsync(Pad("/api/v1/hotels"), new { naam = "x", soort = "kasteel" }), 400);

        int Geregistreerd(JsonElement t) => t.GetProperty("perGemeente").EnumerateArray()
            .Where(g => g.GetProperty("code").GetString() == "GM0518").Select(g => g.GetProperty("geregistreerd").GetInt32()).SingleOrDefault();
        var voor = await regie.GetFromJsonAsync<JsonElement>(Pad("/api/v1/hotels/tellingen"));

        var af = await ClientMetTokenAsync(factory.CreateClient, Gemeente);
        var gemaakt = await af.PostAsJsonAsync(Pad("/api/v1/hotels"), new
        {
            naam = "Hotel " + Guid.NewGuid().ToString("N")[..6], gemeenteCode = "GM0518", soort = "hotel", geregistreerd = "2026-03-01",
            personeel = 10, getraind = 8, status = "inTraining",
        });
        Assert.Equal(HttpStatusCode.Created, gemaakt.StatusCode);
        var hotel = await gemaakt.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(hotel.GetProperty("certificaatAanDeBeurt").GetBoolean());

        var na = await regie.GetFromJsonAsync<JsonElement>(Pad("/api/v1/hotels/tellingen"));
        Assert.Equal(Geregistreerd(voor) + 1, Geregistreerd(na));
        Assert.Equal(voor.GetProperty("regio").GetProperty("geregistreerd").GetInt32() + 1, na.GetProperty("regio").GetProperty("geregistreerd").GetInt32());

        var id = hotel.GetProperty("id").GetGuid();
        var gecertificeerd = await regie.PutAsJsonAsync(Pad($"/api/v1/hotels/{id}"), new
        {
            naam = hotel.GetProperty("naam").GetString(), gemeenteCode = "GM0518", soort = "hotel", geregistreerd = "2026-03-01",
            personeel = 10, getraind = 9, status = "gecertificeerd", certificaatdatum = "2026-11-30",
        });
        Assert.Equal(HttpStatusCode.OK, gecertificeerd.StatusCode);
        var opnieuw = await regie.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/hotels/{id}"));
        Assert.False(opnieuw.GetProperty("certificaatAanDeBeurt").GetBoolean());
        Assert.Equal("2026-11-30", opnieuw.GetProperty("certificaatdatum").GetString());
        Assert.Contains((await af.GetFromJsonAsync<JsonElement>(Pad("/api/v1/hotels"))).EnumerateArray(), h => h.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task De_kennispeiling_in_de_api_verbergt_minder_dan_vijf_antwoorden()
    {
        var doelgroep = Doelgroepen.Alle.First(d => d.Groep == Doelgroepen.GroepGemeente).Code;
        var jaar = 2019;
        var scores = new[] { 2, 4, 5, 3, 1 };
        await VoegAntwoordenToeAsync(doelgroep, jaar, scores[..4]);
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);

        JsonElement Rij(JsonElement lijst) => lijst.EnumerateArray()
            .Single(r => r.GetProperty("doelgroep").GetString() == doelgroep && r.GetProperty("jaar").GetInt32() == jaar);
        var verborgen = Rij(await regie.GetFromJsonAsync<JsonElement>(Pad("/api/v1/kennispeilingen/resultaten")));
        Assert.True(verborgen.GetProperty("verborgen").GetBoolean());
        Assert.Equal(4, verborgen.GetProperty("aantal").GetInt32());
        Assert.Empty(verborgen.GetProperty("gemiddelden").EnumerateObject());

        await VoegAntwoordenToeAsync(doelgroep, jaar, scores[4..]);
        var zichtbaar = Rij(await (await ClientMetTokenAsync(factory.CreateClient, Gemeente)).GetFromJsonAsync<JsonElement>(Pad("/api/v1/kennispeilingen/resultaten")));
        Assert.False(zichtbaar.GetProperty("verborgen").GetBoolean());
        Assert.Equal(Math.Round(scores.Average(), 1), zichtbaar.GetProperty("gemiddelden").GetProperty("signalen").GetDouble());
    }

    private async Task VoegAntwoordenToeAsync(string doelgroep, int jaar, int[] scores)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        foreach (var s in scores)
        {
            db.Add(new KennispeilingAntwoord
            {
                Id = Guid.NewGuid(), Doelgroep = doelgroep, Meting = Meting.Nulmeting, Jaar = jaar, Signalen = s, Melden = s, Aandachtsfunctionaris = s, Handelen = s,
                FormulierSleutelHash = Guid.NewGuid().ToString("N"),
            });
        }
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Opmerkingen_verschijnen_vanaf_vijf_antwoorden_voor_aanbieder_en_ketenregisseur_zonder_afzender_en_elke_lezing_gelogd()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 10, begin: DateTimeOffset.UtcNow.AddDays(-3));
        var inschrijvingen = new List<Guid>();
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            for (var n = 0; n < 5; n++)
            {
                var i = new Inschrijving
                {
                    Id = Guid.NewGuid(), SessieId = sessie, Status = Inschrijfstatus.Ingeschreven, Volgnummer = 500 + n, Rol = "extern.zorg",
                    IngeschrevenOp = DateTimeOffset.UtcNow.AddDays(-10), Aanwezig = true,
                };
                db.Add(i);
                inschrijvingen.Add(i.Id);
            }
            await db.SaveChangesAsync();
        }
        var merk = Guid.NewGuid().ToString("N")[..8];
        async Task EvalueerAsync(int n)
        {
            await using var scope = factory.Scope();
            var ev = scope.ServiceProvider.GetRequiredService<Evaluaties>();
            Assert.True(await ev.OpslaanAsync(inschrijvingen[n], new EvaluatieInvoer(4, 5, 3, $"Opmerking {merk} nummer {n}"), AuditActor.Systeem, Herkomst.Web, default));
        }
        for (var n = 0; n < 4; n++)
        {
            await EvalueerAsync(n);
        }
        var aanbieder = await factory.AlsAsync(Rollen.Aanbieder);
        var weinig = await aanbieder.GetStringAsync("/bewustwording/evaluaties");
        Assert.DoesNotContain(merk, weinig);
        Assert.DoesNotContain($"data-opmerkingen=\"{DemoAanbod.CoMenshaTraining}\"", weinig);

        await EvalueerAsync(4);
        var lezingen = await LezingenAsync();
        var html = await aanbieder.GetStringAsync("/bewustwording/evaluaties");
        for (var n = 0; n < 5; n++)
        {
            Assert.Contains($"Opmerking {merk} nummer {n}", html);
        }
        Assert.Contains($"data-opmerkingen=\"{DemoAanbod.CoMenshaTraining}\"", html);
        Assert.Equal(lezingen + 1, await LezingenAsync());
        var regie = await factory.AlsAsync(Rollen.Ketenregisseur);
        Assert.Contains($"Opmerking {merk} nummer 4", await regie.GetStringAsync("/bewustwording/evaluaties"));
        Assert.Equal(lezingen + 2, await LezingenAsync());

        // The API gives the same results: a provider only its own organisation's offers.
        var api = await (await AanbiederApiAsync()).GetFromJsonAsync<JsonElement>(Pad("/api/v1/evaluaties"));
        Assert.All(api.GetProperty("perAanbod").EnumerateArray(), a => Assert.Equal(CoMensha, a.GetProperty("organisatieId").GetGuid()));
        var comensha = api.GetProperty("perAanbod").EnumerateArray().Single(a => a.GetProperty("aanbodId").GetGuid() == DemoAanbod.CoMenshaTraining);
        Assert.False(comensha.GetProperty("samenvatting").GetProperty("verborgen").GetBoolean());
        Assert.DoesNotContain(merk, api.GetRawText());
    }

    private async Task<int> LezingenAsync()
    {
        await using var scope = factory.Scope();
        var id = DemoAanbod.CoMenshaTraining.ToString();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<AuditRegel>()
            .CountAsync(a => a.Actie == Evaluaties.ActieResultatenLezen && a.ObjectId == id);
    }

    [Fact]
    public async Task Een_geimporteerde_organisatie_krijgt_de_importdatum_en_staat_op_de_lijst_van_nieuwe_partners()
    {
        var id = Guid.NewGuid();
        var naam = "Geïmporteerde partner " + id.ToString("N")[..6];
        var body = $$"""[{"id":"{{id}}","name":"{{naam}}","description":"Nieuw in de keten","schakel_organisation_type":"Zorgcoordinatie"}]""";
        var import = await (await ClientMetTokenAsync(factory.CreateClient, Beheerder)).PostAsync(Pad("/api/v1/hsds/organizations"),
            new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var org = await db.Set<Organisatie>().AsNoTracking().SingleAsync(o => o.Id == id);
        Assert.NotNull(org.Toegetreden);
        Assert.True(org.Toegetreden > DateTimeOffset.UtcNow.AddHours(-1));
        // It has no account: the join date alone puts it on the list.
        var lijst = await scope.ServiceProvider.GetRequiredService<NieuwePartners>().LijstAsync(default);
        Assert.Contains(lijst, p => p.Organisatie.Id == id);
        // The demo seeders set the seed date too.
        Assert.NotNull(await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == CoMensha).Select(o => o.Toegetreden).SingleAsync());
    }
}

public sealed class RegioApiTestsSqlite(SqliteFactory factory) : RegioApiTests(factory), IClassFixture<SqliteFactory>;

public sealed class RegioApiTestsPostgres(PostgresFactory factory) : RegioApiTests(factory), IClassFixture<PostgresFactory>;
