using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Opvang;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Opvang.Zoeken;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Opvang;

/// <summary>The search reads pools from each node's read model: it follows changes, and a stale one never gives a bed twice.</summary>
public abstract class ZoekmodelTests(SchakelFactory factory)
{
    private static readonly Guid CrisisVrouwen = DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis vrouwen");
    private static readonly Guid CrisisLocatie = DemoOrganisaties.IdVan("opvanglocatie:Crisisopvang Haaglanden");

    private Task<HttpClient> Als(string client) => ClientMetTokenAsync(factory.CreateClient, client);

    private static async Task<Guid> MaakVerzoekAsync(HttpClient http, string geslacht = "vrouw", int? leeftijd = null)
    {
        var antwoord = await http.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new
        {
            geslacht,
            leeftijdscategorie = leeftijd is null ? "van23Tot29" : "van12Tot15",
            gevondenOp = DateTimeOffset.UtcNow.AddHours(-1),
            gevondenInGemeenteCode = "GM0518",
            rolstoel = leeftijd is not null,
            kinderenMee = leeftijd is not null,
        });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement?> ZoekAsync(HttpClient http, Guid verzoek, Guid pool) =>
        (await http.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/plaatsingsverzoeken/{verzoek}/matches")))
            .GetProperty("matches").EnumerateArray().Cast<JsonElement?>()
            .SingleOrDefault(m => m!.Value.GetProperty("plekkenpool").GetProperty("id").GetGuid() == pool);

    private static int Beschikbaar(JsonElement? match) => match!.Value.GetProperty("plekkenpool").GetProperty("beschikbaar").GetInt32();

    private static Task<HttpResponseMessage> ReserveerAsync(HttpClient http, Guid verzoek)
    {
        var bericht = new HttpRequestMessage(HttpMethod.Post, Pad($"/api/v1/plaatsingsverzoeken/{verzoek}/reserveringen"))
        {
            Content = JsonContent.Create(new { plekkenpoolId = CrisisVrouwen }),
        };
        bericht.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return http.SendAsync(bericht);
    }

    /// <summary>No live holds, then the occupancy set by the shelter through the API (a change event, as in use).</summary>
    private async Task ZetBezettingAsync(int bezet)
    {
        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Reservering>()
                .Where(r => r.PlekkenpoolId == CrisisVrouwen && r.Status == ReserveringStatus.Actief)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReserveringStatus.Geannuleerd));
            // Written around the service: the pools' held beds are counted again from the holds.
            await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Database.ExecuteSqlRawAsync(VastgehoudenTelling.HertelSql);
        }
        var opvang = await Als("demo-opvang-haaglanden");
        var antwoord = await opvang.PutAsJsonAsync(Pad($"/api/v1/opvanglocaties/{CrisisLocatie}/plekkenpools/{CrisisVrouwen}/bezetting"), new { bezet, buitenGebruik = 0 });
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
    }

    private async Task<int> CapaciteitAsync()
    {
        await using var scope = factory.Scope();
        return (await scope.ServiceProvider.GetRequiredService<OpvangService>().PoolStandAsync(CrisisVrouwen))!.Pool.Capaciteit;
    }

    [Fact]
    public async Task De_openbare_opvangpagina_telt_een_vastgehouden_bed_niet_als_vrij()
    {
        await ZetBezettingAsync(await CapaciteitAsync() - 2);
        var bezoeker = factory.CreateClient();
        async Task<int> VrijAsync() => System.Text.RegularExpressions.Regex.Matches(await bezoeker.GetStringAsync(Pad("/partnergids/opvang")),
                "<td[^>]*numeric\">(\\d+)</td>\\s*<td[^>]*numeric\">(\\d+)</td>")
            .Sum(m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        var voor = await VrijAsync();
        var shop = await Als("demo-shop-den-haag");
        Assert.Equal(HttpStatusCode.Created, (await ReserveerAsync(shop, await MaakVerzoekAsync(shop))).StatusCode);
        Assert.Equal(voor - 1, await VrijAsync());
    }

    [Fact]
    public async Task De_zoekopdracht_volgt_een_bezetting_een_reservering_en_een_gewijzigde_pool()
    {
        var capaciteit = await CapaciteitAsync();
        await ZetBezettingAsync(capaciteit - 2);
        var shop = await Als("demo-shop-den-haag");
        var verzoek = await MaakVerzoekAsync(shop);
        Assert.Equal(2, Beschikbaar(await ZoekAsync(shop, verzoek, CrisisVrouwen)));

        Assert.Equal(HttpStatusCode.Created, (await ReserveerAsync(shop, await MaakVerzoekAsync(shop))).StatusCode);
        Assert.Equal(1, Beschikbaar(await ZoekAsync(shop, verzoek, CrisisVrouwen)));

        await ZetBezettingAsync(capaciteit);
        var vol = await ZoekAsync(shop, verzoek, CrisisVrouwen);
        Assert.Equal(0, Beschikbaar(vol));
        Assert.False(vol!.Value.GetProperty("past").GetBoolean());

        // A pool edited and announced as the app announces its own changes: the search shows the new criteria.
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var pool = await db.Set<Plekkenpool>().SingleAsync(p => p.Id == CrisisVrouwen);
            var vorige = pool.Criteria;
            pool.Criteria = vorige with { Geslachten = [Geslacht.Man] };
            await db.SaveChangesAsync();
            scope.ServiceProvider.GetRequiredService<PoolLeesmodel>().Gewijzigd(CrisisVrouwen);
            await ZetBezettingAsync(capaciteit - 1);
            var nu = await ZoekAsync(shop, verzoek, CrisisVrouwen);
            Assert.False(nu!.Value.GetProperty("past").GetBoolean());
            Assert.Contains(nu.Value.GetProperty("nietVervuld").EnumerateArray(), n => n.GetProperty("criterium").GetString() == "geslacht");
            pool.Criteria = vorige;
            await db.SaveChangesAsync();
            scope.ServiceProvider.GetRequiredService<PoolLeesmodel>().Gewijzigd(CrisisVrouwen);
        }
        Assert.True((await ZoekAsync(shop, verzoek, CrisisVrouwen))!.Value.GetProperty("past").GetBoolean());
    }

    [Fact]
    public async Task Een_verouderd_leesmodel_toont_hoogstens_een_bed_dat_de_reservering_met_409_weigert()
    {
        var capaciteit = await CapaciteitAsync();
        await ZetBezettingAsync(capaciteit - 1);
        var shop = await Als("demo-shop-den-haag");
        var verzoek = await MaakVerzoekAsync(shop);
        var anderVerzoek = await MaakVerzoekAsync(shop);
        Assert.Equal(1, Beschikbaar(await ZoekAsync(shop, verzoek, CrisisVrouwen)));

        // The last bed goes around this node's read model (as a change on another node whose message has not arrived).
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var ander = await db.Set<Plaatsingsverzoek>().AsNoTracking().SingleAsync(v => v.Id == anderVerzoek);
            db.Add(new Reservering
            {
                Id = Guid.NewGuid(), PlaatsingsverzoekId = ander.Id, PlekkenpoolId = CrisisVrouwen, AanvragerOrganisatieId = ander.AanvragerOrganisatieId,
                Stap = Stap.EersteOpvang, IdempotencyKey = "elders-" + Guid.NewGuid(), AangemaaktOp = DateTimeOffset.UtcNow,
                VerlooptOp = DateTimeOffset.UtcNow.AddHours(1), Status = ReserveringStatus.Actief,
            });
            // As that node's hold would, it counts the bed as held on the pool's row.
            (await db.Set<Plekkenpool>().SingleAsync(p => p.Id == CrisisVrouwen)).Vastgehouden++;
            await db.SaveChangesAsync();
        }
        Assert.Equal(1, Beschikbaar(await ZoekAsync(shop, verzoek, CrisisVrouwen)));

        Assert.Equal(HttpStatusCode.Conflict, (await ReserveerAsync(shop, verzoek)).StatusCode);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            Assert.Equal(1, await db.Set<Reservering>().CountAsync(r => r.PlekkenpoolId == CrisisVrouwen && r.Status == ReserveringStatus.Actief));
        }
        // Once told (the notification, or the reload on the timer), the search shows the truth.
        factory.Services.GetRequiredService<PoolLeesmodel>().AllesOpnieuw();
        Assert.Equal(0, Beschikbaar(await ZoekAsync(shop, verzoek, CrisisVrouwen)));
    }

    [Fact]
    public async Task Een_zoekopdracht_zonder_passende_plek_wordt_eenmaal_onvervulde_vraag_buiten_het_zoekpad()
    {
        var shop = await Als("demo-shop-den-haag");
        // A child in a wheelchair with children of its own: no demo pool offers all of it.
        var verzoek = await MaakVerzoekAsync(shop, "man", leeftijd: 12);
        var matches = await shop.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/plaatsingsverzoeken/{verzoek}/matches"));
        Assert.DoesNotContain(matches.GetProperty("matches").EnumerateArray(), m => m.GetProperty("past").GetBoolean());
        Assert.InRange(matches.GetProperty("matches").GetArrayLength(), 1, OpvangService.MaxBijna);
        await shop.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/plaatsingsverzoeken/{verzoek}/matches"));
        await factory.Services.GetRequiredService<OnvervuldeVraagSchrijver>().LeegAsync();

        await using var scope = factory.Scope();
        var rijen = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<OnvervuldeVraagRegel>()
            .Where(o => o.PlaatsingsverzoekId == verzoek).ToListAsync();
        var rij = Assert.Single(rijen);
        Assert.Equal(OnvervuldeVraagReden.CriteriaNietVervuld, rij.Reden);
        Assert.NotEmpty(rij.Criteria);
    }
}

public sealed class ZoekmodelTestsSqlite(SqliteFactory f) : ZoekmodelTests(f), IClassFixture<SqliteFactory>;

public sealed class ZoekmodelTestsPostgres(PostgresFactory f) : ZoekmodelTests(f), IClassFixture<PostgresFactory>;
