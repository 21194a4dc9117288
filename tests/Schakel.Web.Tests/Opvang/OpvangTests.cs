using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Opvang;

public abstract class OpvangTests(SchakelFactory factory)
{
    private const string Shop = "demo-shop-den-haag";
    private const string Politie = "demo-politie-den-haag";
    private const string OpvangHaaglanden = "demo-opvang-haaglanden";
    private const string OpvangLandelijk = "demo-opvang-landelijk";
    private const string Gemeente = "demo-gemeente-gravenhage";

    private static readonly Guid CrisisVrouwen = DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis vrouwen");
    private static readonly Guid CrisisLocatie = DemoOrganisaties.IdVan("opvanglocatie:Crisisopvang Haaglanden");
    private static readonly Guid CosmVrouwen = DemoOrganisaties.IdVan("plekkenpool:COSM-locatie Amersfoort:COSM vrouwen");

    private Task<HttpClient> Als(string client) => ClientMetTokenAsync(factory.CreateClient, client);

    private static object Behoefte(string geslacht = "vrouw", string b8 = "onbekend") => new
    {
        geslacht,
        leeftijdscategorie = "van18Tot22",
        uitbuitingsvormen = new[] { "seksueel" },
        talen = new[] { "en" },
        bedenktijdB8 = b8,
        gevondenOp = DateTimeOffset.UtcNow.AddHours(-1),
        gevondenInGemeenteCode = "GM0518",
        urgentie = "acuut",
    };

    private static async Task<Guid> MaakVerzoekAsync(HttpClient http, object? behoefte = null)
    {
        var antwoord = await http.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), behoefte ?? Behoefte());
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static HttpRequestMessage Reservering(Guid verzoek, Guid pool, string sleutel)
    {
        var bericht = new HttpRequestMessage(HttpMethod.Post, Pad($"/api/v1/plaatsingsverzoeken/{verzoek}/reserveringen"))
        {
            Content = JsonContent.Create(new { plekkenpoolId = pool }),
        };
        bericht.Headers.Add("Idempotency-Key", sleutel);
        return bericht;
    }

    private async Task ZetBezettingAsync(Guid locatie, Guid pool, int bezet, int buitenGebruik)
    {
        var opvang = await Als(OpvangHaaglanden);
        var antwoord = await opvang.PutAsJsonAsync(Pad($"/api/v1/opvanglocaties/{locatie}/plekkenpools/{pool}/bezetting"), new { bezet, buitenGebruik });
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
    }

    private async Task<JsonElement> PoolAsync(HttpClient http, Guid pool)
    {
        var locaties = await http.GetFromJsonAsync<JsonElement>(Pad("/api/v1/opvanglocaties"));
        return locaties.EnumerateArray().SelectMany(l => l.GetProperty("plekkenpools").EnumerateArray()).Single(p => p.GetProperty("id").GetGuid() == pool);
    }

    private async Task LeegAsync(Guid pool)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        await db.Set<Reservering>().Where(r => r.PlekkenpoolId == pool && r.Status == ReserveringStatus.Actief)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReserveringStatus.Geannuleerd));
        // Written around the service: the pools' held beds are counted again from the holds.
        await db.Database.ExecuteSqlRawAsync(VastgehoudenTelling.HertelSql);
        // Written around the app, so the search's read model is told as a change event would.
        scope.ServiceProvider.GetRequiredService<Schakel.Web.Features.Opvang.Zoeken.PoolLeesmodel>().Gewijzigd(pool);
    }

    [Fact]
    public async Task Vijftig_gelijktijdige_reserveringen_op_drie_vrije_plekken_geven_er_precies_drie()
    {
        await LeegAsync(CrisisVrouwen);
        await ZetBezettingAsync(CrisisLocatie, CrisisVrouwen, bezet: 1, buitenGebruik: 0); // 4 - 1 = 3 free
        var shop = await Als(Shop);
        var verzoeken = new List<Guid>();
        for (var i = 0; i < 50; i++)
        {
            verzoeken.Add(await MaakVerzoekAsync(shop));
        }
        var sleutels = verzoeken.Select(_ => Guid.NewGuid().ToString()).ToList();

        // Each request on its own client so they really race, not queue behind one connection.
        var clients = await Task.WhenAll(verzoeken.Select(_ => Als(Shop)));
        var antwoorden = await Task.WhenAll(verzoeken.Select((v, i) => clients[i].SendAsync(Reservering(v, CrisisVrouwen, sleutels[i]))));

        Assert.Equal(3, antwoorden.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(47, antwoorden.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.All(antwoorden.Where(a => a.StatusCode == HttpStatusCode.Conflict), a => Assert.Equal("application/problem+json", a.Content.Headers.ContentType?.MediaType));
        var pool = await PoolAsync(shop, CrisisVrouwen);
        Assert.Equal(0, pool.GetProperty("beschikbaar").GetInt32());
        Assert.Equal(3, pool.GetProperty("gereserveerd").GetInt32());

        // The same 50 again with the same keys: the 3 get their own hold back, nothing new is taken.
        var opnieuw = await Task.WhenAll(verzoeken.Select((v, i) => clients[i].SendAsync(Reservering(v, CrisisVrouwen, sleutels[i]))));
        Assert.Equal(3, opnieuw.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.DoesNotContain(opnieuw, a => a.StatusCode == HttpStatusCode.Created);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.Equal(3, await db.Set<Reservering>().CountAsync(r => r.PlekkenpoolId == CrisisVrouwen && r.Status == ReserveringStatus.Actief));
        Assert.Equal(3, (await PoolAsync(shop, CrisisVrouwen)).GetProperty("gereserveerd").GetInt32());
    }

    [Fact]
    public async Task Zonder_bevoegdheid_geen_COSM_plek_en_het_antwoord_noemt_wie_wel_mag()
    {
        var shop = await Als(Shop);
        var verzoek = await MaakVerzoekAsync(shop, Behoefte(b8: "ja"));
        var antwoord = await shop.SendAsync(Reservering(verzoek, CosmVrouwen, Guid.NewGuid().ToString()));
        var probleem = await ProbleemAsync(antwoord, 403);
        Assert.Contains("CoMensha", probleem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Matches_geven_redenen_en_noemen_het_criterium_dat_niet_past()
    {
        var shop = await Als(Shop);
        var verzoek = await MaakVerzoekAsync(shop, Behoefte(geslacht: "man"));
        var matches = await shop.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/plaatsingsverzoeken/{verzoek}/matches"));
        var lijst = matches.GetProperty("matches").EnumerateArray().ToList();
        Assert.Equal("eersteOpvang", matches.GetProperty("stap").GetString());
        var vrouwen = lijst.Single(m => m.GetProperty("plekkenpool").GetProperty("id").GetGuid() == CrisisVrouwen);
        Assert.False(vrouwen.GetProperty("past").GetBoolean());
        Assert.Contains(vrouwen.GetProperty("nietVervuld").EnumerateArray(), n => n.GetProperty("uitleg").GetString()!.Contains("mannen", StringComparison.Ordinal));
        var passend = lijst.Where(m => m.GetProperty("past").GetBoolean()).ToList();
        Assert.NotEmpty(passend);
        Assert.All(passend, m => Assert.NotEmpty(m.GetProperty("redenen").EnumerateArray()));
        Assert.True(lijst.IndexOf(passend[0]) < lijst.IndexOf(vrouwen));
    }

    [Fact]
    public async Task Eerst_een_crisisplek_dan_een_vervolgplaatsing_en_de_opvang_bevestigt()
    {
        await LeegAsync(CrisisVrouwen);
        await ZetBezettingAsync(CrisisLocatie, CrisisVrouwen, bezet: 0, buitenGebruik: 0);
        var shop = await Als(Shop);
        var verzoek = await MaakVerzoekAsync(shop);
        var eerste = await shop.SendAsync(Reservering(verzoek, CrisisVrouwen, Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Created, eerste.StatusCode);
        var hold = await eerste.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("eersteOpvang", hold.GetProperty("stap").GetString());
        Assert.True(hold.GetProperty("verlooptOp").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(80));

        // A hold is not yet a first place: the first step is met only when the shelter confirms it.
        var vastgehouden = (await shop.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/plaatsingsverzoeken/{verzoek}"))).GetProperty("klok");
        Assert.True(vastgehouden.GetProperty("eersteOpvangVastgehouden").GetBoolean());
        Assert.False(vastgehouden.GetProperty("eersteOpvangGeregeld").GetBoolean());

        // Another shelter cannot confirm it; its own shelter can.
        var vreemd = await (await Als(OpvangLandelijk)).PostAsync(Pad($"/api/v1/reserveringen/{hold.GetProperty("id")}/_bevestigen"), null);
        Assert.Equal(HttpStatusCode.NotFound, vreemd.StatusCode);
        var bevestigd = await (await Als(OpvangHaaglanden)).PostAsync(Pad($"/api/v1/reserveringen/{hold.GetProperty("id")}/_bevestigen"), null);
        Assert.Equal(HttpStatusCode.OK, bevestigd.StatusCode);

        var na = await shop.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/plaatsingsverzoeken/{verzoek}"));
        Assert.True(na.GetProperty("klok").GetProperty("eersteOpvangGeregeld").GetBoolean());
        Assert.True(na.GetProperty("klok").GetProperty("eersteStapBinnenCrisisfase").GetBoolean());
        Assert.Equal("vervolgplaatsing", na.GetProperty("klok").GetProperty("huidigeStap").GetString());
        Assert.Equal("GM0518", na.GetProperty("verantwoordelijkeGemeenteCode").GetString());

        // The long-term step: a women's shelter of the municipality: SHOP may not place there, the municipality may.
        var vervolgPool = DemoOrganisaties.IdVan("plekkenpool:Vrouwenopvang Delft:Vrouwenopvang");
        var geweigerd = await shop.SendAsync(Reservering(verzoek, vervolgPool, Guid.NewGuid().ToString()));
        Assert.Contains("gemeente", (await ProbleemAsync(geweigerd, 403)).GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Een_nacht_zonder_plek_wordt_vastgelegd_als_onvervulde_vraag()
    {
        var politie = await Als(Politie);
        var verzoek = await MaakVerzoekAsync(politie);
        var antwoord = await politie.PostAsJsonAsync(Pad($"/api/v1/plaatsingsverzoeken/{verzoek}/nachten-zonder-plek"), new { verblijf = "politiebureau" });
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.Equal(Core.Opvang.Nachtverblijf.Politiebureau, (await db.Set<NachtZonderPlekRegel>().SingleAsync(n => n.PlaatsingsverzoekId == verzoek)).Verblijf);
        Assert.Contains(await db.Set<OnvervuldeVraagRegel>().Where(o => o.PlaatsingsverzoekId == verzoek).ToListAsync(),
            o => o.Reden == Core.Opvang.OnvervuldeVraagReden.GeenEersteOpvangZelfdeNacht);

        // Another organisation cannot see or touch the request.
        var shop = await Als(Shop);
        Assert.Equal(HttpStatusCode.NotFound, (await shop.GetAsync(Pad($"/api/v1/plaatsingsverzoeken/{verzoek}"))).StatusCode);
    }

    [Fact]
    public async Task Ongeldig_verzoek_geeft_alle_fouten_tegelijk()
    {
        var shop = await Als(Shop);
        var antwoord = await shop.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new { gevondenInGemeenteCode = "X1", minimaleAfstandKm = -3 });
        var fouten = (await ProbleemAsync(antwoord, 400)).GetProperty("errors");
        Assert.True(fouten.TryGetProperty("geslacht", out _));
        Assert.True(fouten.TryGetProperty("gevondenOp", out _));
        Assert.True(fouten.TryGetProperty("gevondenInGemeenteCode", out _));
        Assert.True(fouten.TryGetProperty("minimaleAfstandKm", out _));
    }

    [Fact]
    public async Task Bezetting_alleen_door_eigen_opvang_en_adres_alleen_voor_wie_plaatst()
    {
        var vreemd = await (await Als(OpvangLandelijk)).PutAsJsonAsync(Pad($"/api/v1/opvanglocaties/{CrisisLocatie}/plekkenpools/{CrisisVrouwen}/bezetting"), new { bezet = 1, buitenGebruik = 0 });
        Assert.Equal(HttpStatusCode.Forbidden, vreemd.StatusCode);
        var teVeel = await (await Als(OpvangHaaglanden)).PutAsJsonAsync(Pad($"/api/v1/opvanglocaties/{CrisisLocatie}/plekkenpools/{CrisisVrouwen}/bezetting"), new { bezet = 9, buitenGebruik = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, teVeel.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Als(Shop)).PutAsJsonAsync(Pad($"/api/v1/opvanglocaties/{CrisisLocatie}/plekkenpools/{CrisisVrouwen}/bezetting"), new { bezet = 1, buitenGebruik = 0 })).StatusCode);

        static string? Adres(JsonElement locaties, Guid id) => locaties.EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == id).GetProperty("adres").GetString();
        Assert.NotNull(Adres(await (await Als(Shop)).GetFromJsonAsync<JsonElement>(Pad("/api/v1/opvanglocaties")), CrisisLocatie));
        Assert.Null(Adres(await (await Als(Gemeente)).GetFromJsonAsync<JsonElement>(Pad("/api/v1/opvanglocaties")), CrisisLocatie));
        var geheim = DemoOrganisaties.IdVan("opvanglocatie:Vrouwenopvang Delft");
        Assert.Null(Adres(await (await Als(Shop)).GetFromJsonAsync<JsonElement>(Pad("/api/v1/opvanglocaties")), geheim));
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(Pad("/api/v1/opvanglocaties"))).StatusCode);
    }
}

public sealed class OpvangTestsSqlite(SqliteFactory f) : OpvangTests(f), IClassFixture<SqliteFactory>;

public sealed class OpvangTestsPostgres(PostgresFactory f) : OpvangTests(f), IClassFixture<PostgresFactory>;
