using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Doorverwijzing;

/// <summary>The stored reporting route, its versions, the dry run and who may use them, on both databases.</summary>
public abstract class MeldrouteTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid DenHaag = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("'s-Gravenhage"));
    private static readonly Guid Shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);

    private HttpClient Beheerder => factory.Als(Rsiv, Rollen.Beheerder);
    private HttpClient Aandachtsfunctionaris => factory.Als(DenHaag, Rollen.Aandachtsfunctionaris);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<JsonNode> ToetsAsync(HttpClient client, string body)
    {
        var antwoord = await client.PostAsync(new Uri("/api/v1/meldroute/_toetsen", UriKind.Relative), Json(body));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
    }

    private static JsonNode? VoorstelVoor(JsonNode toets, string organisatieNaam) =>
        toets["voorstellen"]!.AsArray().FirstOrDefault(v => (string?)v!["organisatie"]!["naam"] == organisatieNaam);

    [Fact]
    public async Task Standaardroute_is_als_versie_1_van_elke_regel_gezaaid()
    {
        var route = JsonNode.Parse(await Beheerder.GetStringAsync(new Uri("/api/v1/meldroute", UriKind.Relative)))!;
        var codes = route["regels"]!.AsArray().Select(r => (string)r!["code"]!).ToList();

        foreach (var regel in StandaardMeldroute.Maak().Regels)
        {
            Assert.Contains(regel.Code, codes);
        }
        Assert.True((int)route["versie"]! >= StandaardMeldroute.Maak().Regels.Count);
        var acuut = route["regels"]!.AsArray().Single(r => (string)r!["code"]! == "acuut-gevaar")!;
        Assert.Equal("politie", (string)acuut["uitkomsten"]![0]!["doeltype"]!);
    }

    [Fact]
    public async Task Grondslagen_zijn_per_partijcategorie_gezaaid()
    {
        await using var scope = factory.Scope();
        var beleid = scope.ServiceProvider.GetRequiredService<DeelbeleidOpslag>();
        var grondslagen = await beleid.GrondslagenAsync();

        Assert.Equal(StandaardGrondslagen.Alle.Select(g => g.Code).Order(), grondslagen.Select(g => g.Code).Order());
        Assert.All(Enum.GetValues<Partijcategorie>(), c => Assert.Contains(grondslagen, g => g.Categorie == c));
    }

    [Fact]
    public async Task Toetsen_minderjarige_stelt_Veilig_Thuis_en_zorgcoordinatie_voor_met_uitleg_en_regelversie()
    {
        var toets = await ToetsAsync(Aandachtsfunctionaris, """
            {"soort":"melding","melderType":"professional","omschrijving":"vrije tekst die niet wordt bewaard","gemeenteCode":"GM0518",
             "uitbuitingsvormen":["seksueel"],"indicatoren":[],"minderjarigBetrokken":"ja","acuutGevaar":false,"taal":"nl",
             "zijde":"onbekend","aanknopingspunt":false}
            """);

        var vt = VoorstelVoor(toets, DemoOrganisaties.VeiligThuisHaaglanden);
        Assert.NotNull(vt);
        Assert.Equal("behandelaar", (string)vt["rol"]!);
        Assert.Equal("veiligThuis", (string)vt["organisatie"]!["type"]!);
        Assert.Equal(DemoOrganisaties.IdVan(DemoOrganisaties.VeiligThuisHaaglanden), (Guid)vt["organisatie"]!["id"]!);
        Assert.Equal("minderjarige", (string)vt["regel"]!["code"]!);
        Assert.Equal(1, (int)vt["regel"]!["versie"]!);
        Assert.Contains("meldcode", (string)vt["uitleg"]!, StringComparison.Ordinal);
        Assert.NotNull(vt["deelniveau"]);

        var shop = VoorstelVoor(toets, DemoOrganisaties.Shop);
        Assert.NotNull(shop);
        Assert.Equal("informeren", (string)shop["rol"]!);
        Assert.Equal("geen", (string)shop["deelniveau"]!);
        // Veilig Thuis Hollands Midden does not serve The Hague.
        Assert.Null(VoorstelVoor(toets, DemoOrganisaties.VeiligThuisHollandsMidden));
    }

    [Fact]
    public async Task Toetsen_acuut_gevaar_stelt_politie_met_spoed_voor()
    {
        var toets = await ToetsAsync(Aandachtsfunctionaris, """{"gemeenteCode":"GM0503","acuutGevaar":true}""");

        var eerste = toets["voorstellen"]![0]!;
        Assert.Equal(DemoOrganisaties.Politie, (string)eerste["organisatie"]!["naam"]!);
        Assert.True((bool)eerste["spoed"]!);
        Assert.Equal("behandelaar", (string)eerste["rol"]!);
        Assert.Equal("acuut-gevaar", (string)eerste["regel"]!["code"]!);
    }

    [Fact]
    public async Task Toetsen_daderkant_met_bedrijf_stelt_politie_en_RIEC_voor()
    {
        var toets = await ToetsAsync(Aandachtsfunctionaris,
            """{"gemeenteCode":"GM0518","zijde":"daderkant","aanknopingspunt":["bedrijf"],"uitbuitingsvormen":["arbeid"]}""");

        Assert.NotNull(VoorstelVoor(toets, DemoOrganisaties.Politie));
        Assert.NotNull(VoorstelVoor(toets, DemoOrganisaties.Riec));
        Assert.NotNull(VoorstelVoor(toets, DemoOrganisaties.Nla));
    }

    [Fact]
    public async Task Toetsen_slaat_niets_op()
    {
        async Task<(int, int)> TelAsync()
        {
            await using var scope = factory.Scope();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            return (await db.Set<MeldrouteRegelVersie>().CountAsync(),
                await db.Set<AuditRegel>().CountAsync(a => a.ObjectType == MeldrouteOpslag.AuditObject));
        }
        var voor = await TelAsync();

        await ToetsAsync(Aandachtsfunctionaris, """{"gemeenteCode":"GM0518","zijde":"slachtofferkant","omschrijving":"Unieke-zin-4711"}""");

        Assert.Equal(voor, await TelAsync());
    }

    [Fact]
    public async Task Toetsen_met_ongeldige_velden_geeft_400_met_alle_fouten()
    {
        var antwoord = await Aandachtsfunctionaris.PostAsync(new Uri("/api/v1/meldroute/_toetsen", UriKind.Relative), Json("""
            {"melderType":"marsmannetje","zijde":2,"gemeenteCode":"GM9999","uitbuitingsvormen":["seksueel","vliegen"],
             "indicatoren":["BESTAAT-NIET"],"acuutGevaar":"ja","soort":"klacht"}
            """));

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var fouten = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        foreach (var veld in new[] { "melderType", "zijde", "gemeenteCode", "uitbuitingsvormen", "indicatoren", "acuutGevaar", "soort" })
        {
            Assert.True(fouten.ContainsKey(veld), $"geen fout voor {veld}: {fouten.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Toetsen_met_kapotte_json_geeft_400()
    {
        var antwoord = await Aandachtsfunctionaris.PostAsync(new Uri("/api/v1/meldroute/_toetsen", UriKind.Relative), Json("{kapot"));
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
    }

    public static TheoryData<string, string, bool, HttpStatusCode> ToetsenToegang => new()
    {
        { "beheerder", Rollen.Beheerder, false, HttpStatusCode.OK },
        { "aandachtsfunctionaris", Rollen.Aandachtsfunctionaris, false, HttpStatusCode.OK },
        { "ketenregisseur", Rollen.Ketenregisseur, false, HttpStatusCode.OK },
        { "api-client aandachtsfunctionaris", Rollen.Aandachtsfunctionaris, true, HttpStatusCode.OK },
        { "zorgcoordinator", Rollen.Zorgcoordinator, false, HttpStatusCode.Forbidden },
        { "opsporing", Rollen.Opsporing, false, HttpStatusCode.Forbidden },
        { "opvangmedewerker", Rollen.Opvangmedewerker, false, HttpStatusCode.Forbidden },
        { "api-client zonder rol", "", true, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(ToetsenToegang))]
    public async Task Toetsen_alleen_voor_de_gekozen_rollen(string wie, string rol, bool apiClient, HttpStatusCode verwacht)
    {
        var client = apiClient ? factory.AlsApiClient(Shop, rol) : factory.Als(Shop, rol);
        var antwoord = await client.PostAsync(new Uri("/api/v1/meldroute/_toetsen", UriKind.Relative), Json("""{"zijde":"slachtofferkant"}"""));
        Assert.True(verwacht == antwoord.StatusCode, $"{wie}: {antwoord.StatusCode}");
    }

    [Fact]
    public async Task Anoniem_krijgt_401_op_elk_meldroute_endpoint()
    {
        var anoniem = factory.CreateClient(new() { AllowAutoRedirect = false });
        var antwoorden = new[]
        {
            await anoniem.GetAsync(new Uri("/api/v1/meldroute", UriKind.Relative)),
            await anoniem.GetAsync(new Uri("/api/v1/meldroute/regels/acuut-gevaar", UriKind.Relative)),
            await anoniem.PostAsync(new Uri("/api/v1/meldroute/_toetsen", UriKind.Relative), Json("{}")),
            await anoniem.PutAsync(new Uri("/api/v1/meldroute/regels/acuut-gevaar", UriKind.Relative), Json("{}")),
        };
        Assert.All(antwoorden, a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
    }

    [Fact]
    public async Task Alleen_een_beheerder_wijzigt_een_regel()
    {
        var body = RegelBody("arbeidsuitbuiting", 5, "poging zonder rechten");
        foreach (var client in new[] { Aandachtsfunctionaris, factory.Als(Rsiv, Rollen.Ketenregisseur), factory.AlsApiClient(Rsiv, Rollen.Aandachtsfunctionaris) })
        {
            var antwoord = await client.PutAsync(new Uri("/api/v1/meldroute/regels/arbeidsuitbuiting", UriKind.Relative), Json(body));
            Assert.Equal(HttpStatusCode.Forbidden, antwoord.StatusCode);
        }
    }

    [Fact]
    public async Task Een_wijziging_maakt_een_nieuwe_versie_en_bewaart_de_oude()
    {
        var routeVoor = (int)JsonNode.Parse(await Beheerder.GetStringAsync(new Uri("/api/v1/meldroute", UriKind.Relative)))!["versie"]!;

        var antwoord = await Beheerder.PutAsync(new Uri("/api/v1/meldroute/regels/arbeidsuitbuiting", UriKind.Relative),
            Json(RegelBody("arbeidsuitbuiting", 5, "Arbeidsinspectie wil als behandelaar met spoed")));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var nieuw = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.Equal(2, (int)nieuw["versie"]!);

        var versies = JsonNode.Parse(await Beheerder.GetStringAsync(new Uri("/api/v1/meldroute/regels/arbeidsuitbuiting", UriKind.Relative)))!.AsArray();
        Assert.Equal([2, 1], versies.Select(v => (int)v!["versie"]!));
        Assert.Null(versies[0]!["vervangenOp"]);
        Assert.NotNull(versies[1]!["vervangenOp"]);
        Assert.Equal("arbeidsuitbuiting → {organisatie}", (string)versies[1]!["uitkomsten"]![0]!["uitleg"]!);
        Assert.Equal("Arbeidsinspectie wil als behandelaar met spoed", (string)versies[0]!["reden"]!);

        var toets = await ToetsAsync(Aandachtsfunctionaris, """{"gemeenteCode":"GM0518","uitbuitingsvormen":["arbeid"]}""");
        var nla = VoorstelVoor(toets, DemoOrganisaties.Nla)!;
        Assert.Equal(2, (int)nla["regel"]!["versie"]!);
        Assert.StartsWith("gewijzigd: arbeidsuitbuiting", (string)nla["uitleg"]!, StringComparison.Ordinal);
        Assert.True((bool)nla["spoed"]!);
        Assert.True((int)toets["meldrouteVersie"]! > routeVoor);

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.True(await db.Set<AuditRegel>().AnyAsync(a =>
            a.ObjectType == MeldrouteOpslag.AuditObject && a.ObjectId == "arbeidsuitbuiting:2" && a.Actie == "meldroute.regel.gewijzigd"
            && a.OrganisatieId == Rsiv));
    }

    [Fact]
    public async Task Een_nieuwe_regel_begint_op_versie_1_en_een_dubbel_nummer_wordt_geweigerd()
    {
        var antwoord = await Beheerder.PutAsync(new Uri("/api/v1/meldroute/regels/proef-regel", UriKind.Relative),
            Json(RegelBody("proef-regel", 90, "proef", actief: false)));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal(1, (int)JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["versie"]!);

        var dubbel = await Beheerder.PutAsync(new Uri("/api/v1/meldroute/regels/andere-proef", UriKind.Relative),
            Json(RegelBody("andere-proef", 90, "proef", actief: false)));
        Assert.Equal(HttpStatusCode.BadRequest, dubbel.StatusCode);
        Assert.Contains("90", await dubbel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_ongeldige_regel_geeft_400_met_alle_fouten_en_slaat_niets_op()
    {
        var antwoord = await Beheerder.PutAsync(new Uri("/api/v1/meldroute/regels/minderjarige", UriKind.Relative), Json("""
            {"nummer":2,"naam":"Minderjarige","voorwaarden":{"zijden":["bovenkant"]},"uitkomsten":[{"doeltype":"politie"}]}
            """));

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        var fouten = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.True(fouten.ContainsKey("voorwaarden"));
        Assert.True(fouten.ContainsKey("uitkomsten"));

        var zonderReden = await Beheerder.PutAsync(new Uri("/api/v1/meldroute/regels/minderjarige", UriKind.Relative),
            Json(RegelBody("minderjarige", 2, "")));
        Assert.Equal(HttpStatusCode.BadRequest, zonderReden.StatusCode);
        Assert.True(JsonNode.Parse(await zonderReden.Content.ReadAsStringAsync())!["errors"]!.AsObject().ContainsKey("reden"));

        var versies = JsonNode.Parse(await Beheerder.GetStringAsync(new Uri("/api/v1/meldroute/regels/minderjarige", UriKind.Relative)))!.AsArray();
        Assert.Single(versies);
    }

    [Fact]
    public async Task Onbekende_regel_is_404()
    {
        var antwoord = await Beheerder.GetAsync(new Uri("/api/v1/meldroute/regels/bestaat-niet", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
    }

    [Fact]
    public async Task Een_inactieve_organisatie_wordt_niet_voorgesteld()
    {
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var vt = await db.Set<Organisatie>().SingleAsync(o => o.Naam == DemoOrganisaties.VeiligThuisHollandsMidden);
            vt.Actief = false;
            await db.SaveChangesAsync();
        }

        // Leiden (Hollands Midden) loses its own Veilig Thuis and gets none proposed locally.
        var toets = await ToetsAsync(Aandachtsfunctionaris, """{"gemeenteCode":"GM0546","minderjarigBetrokken":"ja"}""");
        Assert.Null(VoorstelVoor(toets, DemoOrganisaties.VeiligThuisHollandsMidden));
    }

    private static string RegelBody(string code, int nummer, string reden, bool actief = true) => new JsonObject
    {
        ["nummer"] = nummer,
        ["naam"] = code == "arbeidsuitbuiting" ? "Arbeidsuitbuiting" : $"Regel {code}",
        ["actief"] = actief,
        ["voorwaarden"] = new JsonObject { ["uitbuitingsvormen"] = new JsonArray("arbeid") },
        ["uitkomsten"] = new JsonArray(new JsonObject
        {
            ["doeltype"] = "nla", ["bereik"] = "landelijk", ["rol"] = "behandelaar", ["deelniveau"] = "volledig", ["spoed"] = true,
            ["uitleg"] = "gewijzigd: arbeidsuitbuiting → {organisatie}",
        }),
        ["reden"] = reden,
    }.ToJsonString();
}

public sealed class MeldrouteTestsSqlite(DoorverwijzingSqliteFactory f) : MeldrouteTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class MeldrouteTestsPostgres(DoorverwijzingPostgresFactory f) : MeldrouteTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
