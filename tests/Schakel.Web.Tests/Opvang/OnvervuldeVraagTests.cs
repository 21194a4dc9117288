using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Opvang;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Opvang;

/// <summary>Unmet demand, cancelling and the 36-hour clock: what the overview figures are built from.</summary>
public abstract class OnvervuldeVraagTests(SchakelFactory factory)
{
    private static readonly Guid CrisisVrouwen = DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis vrouwen");
    private static readonly Guid CrisisLocatie = DemoOrganisaties.IdVan("opvanglocatie:Crisisopvang Haaglanden");

    private Task<HttpClient> Als(string client) => ClientMetTokenAsync(factory.CreateClient, client);

    private static async Task<Guid> MaakVerzoekAsync(HttpClient http, DateTimeOffset gevondenOp)
    {
        var antwoord = await http.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new
        {
            geslacht = "vrouw",
            gevondenOp,
            gevondenInGemeenteCode = "GM0518",
        });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> ReserveerAsync(HttpClient http, Guid verzoek)
    {
        var bericht = new HttpRequestMessage(HttpMethod.Post, Pad($"/api/v1/plaatsingsverzoeken/{verzoek}/reserveringen"))
        {
            Content = JsonContent.Create(new { plekkenpoolId = CrisisVrouwen }),
        };
        bericht.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return http.SendAsync(bericht);
    }

    private async Task BezetAsync(int bezet)
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

    private async Task<List<OnvervuldeVraagRegel>> OnvervuldAsync(Guid verzoek)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<OnvervuldeVraagRegel>()
            .Where(o => o.PlaatsingsverzoekId == verzoek).ToListAsync();
    }

    [Fact]
    public async Task Geen_plek_meer_vrij_wordt_onvervulde_vraag_wegens_capaciteit()
    {
        await BezetAsync(4); // all 4 beds occupied
        var shop = await Als("demo-shop-den-haag");
        var verzoek = await MaakVerzoekAsync(shop, DateTimeOffset.UtcNow.AddHours(-1));
        Assert.Equal(HttpStatusCode.Conflict, (await ReserveerAsync(shop, verzoek)).StatusCode);
        Assert.Contains(await OnvervuldAsync(verzoek), o => o.Reden == OnvervuldeVraagReden.GeenCapaciteit && o.Stap == Stap.EersteOpvang);
    }

    [Fact]
    public async Task Een_verzoek_waarvoor_alles_al_geregeld_is_krijgt_bij_een_reservering_409_maar_telt_niet_als_onvervulde_vraag()
    {
        await BezetAsync(0); // beds free: the refusal is not for want of a bed
        var shop = await Als("demo-shop-den-haag");
        var verzoek = await MaakVerzoekAsync(shop, DateTimeOffset.UtcNow.AddHours(-1));
        await using (var scope = factory.Scope())
        {
            // Written around the service: the first place and the long-term place are both arranged.
            var nu = DateTimeOffset.UtcNow;
            await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Plaatsingsverzoek>().Where(v => v.Id == verzoek)
                .ExecuteUpdateAsync(u => u.SetProperty(v => v.EersteOpvangOp, nu).SetProperty(v => v.EersteOpvangBevestigdOp, nu).SetProperty(v => v.VervolgGeregeldOp, nu));
        }

        var antwoord = await ReserveerAsync(shop, verzoek);
        Assert.Equal(HttpStatusCode.Conflict, antwoord.StatusCode);
        Assert.Contains("al geregeld", (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await OnvervuldAsync(verzoek));
    }

    [Fact]
    public async Task Een_afgewezen_reservering_wordt_onvervulde_vraag_met_de_reden_en_geeft_de_plek_vrij()
    {
        await BezetAsync(3); // one bed free
        var shop = await Als("demo-shop-den-haag");
        var verzoek = await MaakVerzoekAsync(shop, DateTimeOffset.UtcNow.AddHours(-1));
        var hold = await (await ReserveerAsync(shop, verzoek)).Content.ReadFromJsonAsync<JsonElement>();
        var id = hold.GetProperty("id").GetGuid();

        var zonderReden = await (await Als("demo-opvang-haaglanden")).PostAsJsonAsync(Pad($"/api/v1/reserveringen/{id}/_afwijzen"), new { reden = " " });
        await ProbleemAsync(zonderReden, 400);
        var afgewezen = await (await Als("demo-opvang-haaglanden")).PostAsJsonAsync(Pad($"/api/v1/reserveringen/{id}/_afwijzen"), new { reden = "geen rolstoeltoegankelijke kamer" });
        Assert.Equal(HttpStatusCode.OK, afgewezen.StatusCode);

        var regel = Assert.Single(await OnvervuldAsync(verzoek), o => o.Reden == OnvervuldeVraagReden.Afgewezen);
        Assert.Contains("rolstoel", regel.Toelichting ?? regel.Criteria, StringComparison.Ordinal);
        // The bed is free again: a new request can hold it.
        var ander = await MaakVerzoekAsync(shop, DateTimeOffset.UtcNow.AddHours(-1));
        Assert.Equal(HttpStatusCode.Created, (await ReserveerAsync(shop, ander)).StatusCode);
    }

    [Fact]
    public async Task Alleen_de_aanvrager_annuleert_en_dan_is_de_plek_weer_vrij()
    {
        await BezetAsync(3);
        var shop = await Als("demo-shop-den-haag");
        var verzoek = await MaakVerzoekAsync(shop, DateTimeOffset.UtcNow.AddHours(-1));
        var id = (await (await ReserveerAsync(shop, verzoek)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await ReserveerAsync(shop, await MaakVerzoekAsync(shop, DateTimeOffset.UtcNow))).StatusCode);

        var politie = await Als("demo-politie-den-haag");
        Assert.Equal(HttpStatusCode.NotFound, (await politie.PostAsync(Pad($"/api/v1/reserveringen/{id}/_annuleren"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await shop.PostAsync(Pad($"/api/v1/reserveringen/{id}/_annuleren"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ReserveerAsync(shop, await MaakVerzoekAsync(shop, DateTimeOffset.UtcNow))).StatusCode);
    }

    [Fact]
    public async Task Na_36_uur_zonder_vervolgplaats_escaleert_de_klok_eenmaal_en_telt_de_vraag_zonder_regionorm_niet_als_onvervuld()
    {
        var shop = await Als("demo-shop-den-haag");
        var verzoek = await MaakVerzoekAsync(shop, DateTimeOffset.UtcNow.AddHours(-37));

        for (var ronde = 0; ronde < 2; ronde++)
        {
            await using var scope = factory.Scope();
            await scope.ServiceProvider.GetRequiredService<OpvangBewaking>().VoerUitAsync(CancellationToken.None);
        }

        List<EscalatieRegel> escalaties;
        await using (var scope = factory.Scope())
        {
            escalaties = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<EscalatieRegel>()
                .Where(e => e.PlaatsingsverzoekId == verzoek).ToListAsync();
        }
        var klok = (await shop.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/plaatsingsverzoeken/{verzoek}"))).GetProperty("klok");
        var bereikt = klok.GetProperty("bereikteEscalaties").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.NotEmpty(bereikt);
        // Each reached escalation is recorded once, however often the job runs.
        Assert.Equal(bereikt.Order(), escalaties.Select(e => e.Code).Order());
        // The end of the crisis phase is an escalation of its own; unmet demand only where the region sets that norm (not here).
        Assert.Contains("vervolgplaatsing-2160m", bereikt);
        Assert.True(klok.GetProperty("vervolgNietGeregeldBijEinde").GetBoolean());
        Assert.DoesNotContain(await OnvervuldAsync(verzoek), o => o.Reden == OnvervuldeVraagReden.VervolgplaatsingNietGeregeldBinnen36Uur);
        Assert.Equal(0, klok.GetProperty("resterendVoorVervolgMinuten").GetDouble());

        // Each escalation reached the requester and the chain director once, as a notification without content.
        await using (var scope = factory.Scope())
        {
            var link = $"/opvang/verzoeken/{verzoek}";
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var meldingen = await db.Set<Schakel.Web.Features.Notificaties.Notificatie>().Where(n => n.Link == link).ToListAsync();
            var shopId = await db.Set<Schakel.Web.Features.Organisaties.Organisatie>().Where(o => o.Naam == Schakel.Web.Features.Organisaties.DemoOrganisaties.Shop).Select(o => o.Id).SingleAsync();
            Assert.Equal(escalaties.Count, meldingen.Count(n => n.OrganisatieId == shopId && n.Rol == null));
            Assert.Equal(escalaties.Count, meldingen.Count(n => n.Rol == Schakel.Core.Organisaties.Rollen.Ketenregisseur));
        }
    }
    [Fact]
    public async Task Een_verlopen_reservering_geeft_haar_plek_vrij_ook_voordat_de_bewaking_loopt()
    {
        var pool = DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis mannen"); // 3 beds, 2 occupied
        var shop = await Als("demo-shop-den-haag");
        var verzoek = await shop.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new { geslacht = "man", gevondenOp = DateTimeOffset.UtcNow, gevondenInGemeenteCode = "GM0518" });
        var id = (await verzoek.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var bericht = new HttpRequestMessage(HttpMethod.Post, Pad($"/api/v1/plaatsingsverzoeken/{id}/reserveringen")) { Content = JsonContent.Create(new { plekkenpoolId = pool }) };
        bericht.Headers.Add("Idempotency-Key", "verloop-1");
        Assert.Equal(HttpStatusCode.Created, (await shop.SendAsync(bericht)).StatusCode);
        Assert.Equal(0, await BeschikbaarAsync(shop, pool));

        // Let the hold's time run out by moving its expiry into the past, instead of waiting on the clock.
        await using (var scope = factory.Scope())
        {
            var eerder = DateTimeOffset.UtcNow.AddSeconds(-1);
            await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Reservering>()
                .Where(r => r.IdempotencyKey == "verloop-1")
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.VerlooptOp, eerder));
        }
        Assert.Equal(1, await BeschikbaarAsync(shop, pool));

        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<OpvangBewaking>().VoerUitAsync(CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            Assert.Equal(ReserveringStatus.Verlopen, (await db.Set<Reservering>().SingleAsync(r => r.IdempotencyKey == "verloop-1")).Status);
            Assert.Null((await db.Set<Plaatsingsverzoek>().SingleAsync(v => v.Id == id)).EersteOpvangOp);
        }
        Assert.Equal(1, await BeschikbaarAsync(shop, pool));
    }

    private static async Task<int> BeschikbaarAsync(HttpClient http, Guid pool)
    {
        var locaties = await http.GetFromJsonAsync<JsonElement>(Pad("/api/v1/opvanglocaties"));
        return locaties.EnumerateArray().SelectMany(l => l.GetProperty("plekkenpools").EnumerateArray())
            .Single(p => p.GetProperty("id").GetGuid() == pool).GetProperty("beschikbaar").GetInt32();
    }
}

public sealed class OnvervuldeVraagTestsSqlite(SqliteFactory f) : OnvervuldeVraagTests(f), IClassFixture<SqliteFactory>;

public sealed class OnvervuldeVraagTestsPostgres(PostgresFactory f) : OnvervuldeVraagTests(f), IClassFixture<PostgresFactory>;
