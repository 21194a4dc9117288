using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Opvang;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Opvang.MijnPlekken;

/// <summary>The shelter's own page: figures in one tap, holds answered, departures recorded; on both databases.</summary>
public abstract class MijnPlekkenTests(SchakelFactory factory)
{
    private static readonly Guid CrisisVrouwen = DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis vrouwen");
    private const string Pagina = "/opvang/mijn-plekken";

    [Fact]
    public async Task Alleen_opvangmedewerkers_en_alleen_de_eigen_pools()
    {
        Assert.Equal("/inloggen", Aanmelden.Pad(await factory.NieuweClient().GetAsync(Pagina)));
        var coordinator = await factory.AlsAsync(Rollen.Zorgcoordinator);
        Assert.NotEqual(HttpStatusCode.OK, (await coordinator.GetAsync(Pagina)).StatusCode);

        var opvang = await factory.AlsAsync(Rollen.Opvangmedewerker);
        Assert.Contains($"href=\"{Pagina}\"", await opvang.GetStringAsync("/werkplek"));
        var html = await opvang.GetStringAsync(Pagina);
        Assert.Contains($"data-pool-id=\"{CrisisVrouwen}\"", html);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var eigen = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.OpvangHaaglanden).Select(o => o.Id).SingleAsync();
        var vreemdePools = await (from p in db.Set<Plekkenpool>() join l in db.Set<Opvanglocatie>() on p.OpvanglocatieId equals l.Id
                                  where l.OrganisatieId != eigen select p.Id).ToListAsync();
        Assert.NotEmpty(vreemdePools);
        Assert.All(vreemdePools, id => Assert.DoesNotContain($"data-pool-id=\"{id}\"", html));
    }

    [Fact]
    public async Task Een_tik_zet_een_bed_bezet_en_legt_een_momentopname_vast()
    {
        var opvang = await factory.AlsAsync(Rollen.Opvangmedewerker);
        var (voor, snapshots) = await PoolAsync();

        var r = await Aanmelden.PostFormAsync(opvang, Pagina, new() { ["poolId"] = CrisisVrouwen.ToString(), ["veld"] = "bezet", ["delta"] = "1" }, Pagina + "?handler=Stap");
        Assert.Equal(Pagina, Aanmelden.Pad(r));

        var (na, snapshotsNa) = await PoolAsync();
        Assert.Equal(voor.Bezet + 1, na.Bezet);
        Assert.Equal(snapshots + 1, snapshotsNa);
        Assert.Contains("De bezetting is bijgewerkt.", await opvang.GetStringAsync(Pagina));

        // Back again, so the other tests in this class see the seeded figures.
        await Aanmelden.PostFormAsync(opvang, Pagina, new() { ["poolId"] = CrisisVrouwen.ToString(), ["veld"] = "bezet", ["delta"] = "-1" }, Pagina + "?handler=Stap");
        Assert.Equal(voor.Bezet, (await PoolAsync()).Pool.Bezet);
    }

    [Fact]
    public async Task Meer_bezet_dan_de_capaciteit_geeft_een_melding_bij_de_pool_en_verandert_niets()
    {
        var opvang = await factory.AlsAsync(Rollen.Opvangmedewerker);
        var (voor, _) = await PoolAsync();
        var r = await Aanmelden.PostFormAsync(opvang, Pagina,
            new() { ["poolId"] = CrisisVrouwen.ToString(), ["bezet"] = (voor.Capaciteit + 1).ToString(), ["buitenGebruik"] = "0" }, Pagina + "?handler=Zet");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains($"id=\"pool-{CrisisVrouwen}-fout\"", await r.Content.ReadAsStringAsync());
        Assert.Equal(voor.Bezet, (await PoolAsync()).Pool.Bezet);
    }

    [Fact]
    public async Task Afwijzen_vraagt_een_reden_bevestigen_plaatst_en_uitstroom_maakt_het_bed_weer_vrij()
    {
        var shop = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
        var eerste = await ReserveerAsync(shop);
        var tweede = await ReserveerAsync(shop);
        var opvang = await factory.AlsAsync(Rollen.Opvangmedewerker);
        Assert.Contains($"data-reservering-id=\"{eerste}\"", await opvang.GetStringAsync(Pagina));

        var zonderReden = await Aanmelden.PostFormAsync(opvang, Pagina, new() { ["reserveringId"] = eerste.ToString(), ["reden"] = "" }, Pagina + "?handler=Afwijzen");
        Assert.Contains($"id=\"reden-{eerste}-fout\"", await zonderReden.Content.ReadAsStringAsync());
        Assert.Equal(ReserveringStatus.Actief, await StatusAsync(eerste));
        await Aanmelden.PostFormAsync(opvang, Pagina, new() { ["reserveringId"] = eerste.ToString(), ["reden"] = "Geen vrouwelijke begeleiding vannacht" }, Pagina + "?handler=Afwijzen");
        Assert.Equal(ReserveringStatus.Afgewezen, await StatusAsync(eerste));

        var (voor, _) = await PoolAsync();
        await Aanmelden.PostFormAsync(opvang, Pagina, new() { ["reserveringId"] = tweede.ToString() }, Pagina + "?handler=Bevestig");
        Assert.Equal(ReserveringStatus.Bevestigd, await StatusAsync(tweede));
        var plaatsing = await PlaatsingAsync(tweede);
        Assert.Null(plaatsing.OntslagenOp);
        var metPlaatsing = await opvang.GetStringAsync(Pagina);
        Assert.Contains($"data-plaatsing-id=\"{plaatsing.Id}\"", metPlaatsing);
        // Found in Den Haag and not registered: that municipality pays, shown by name and code.
        Assert.Contains("Gravenhage (GM0518)", System.Net.WebUtility.HtmlDecode(metPlaatsing));
        Assert.Equal(voor.Bezet + 1, (await PoolAsync()).Pool.Bezet);

        var vandaag = Vandaag();
        var r = await Aanmelden.PostFormAsync(opvang, Pagina,
            new() { ["plaatsingId"] = plaatsing.Id.ToString(), ["datum"] = vandaag.ToString("yyyy-MM-dd"), ["uitstroom"] = "Doorstroom" }, Pagina + "?handler=Uitstroom");
        Assert.Equal(Pagina, Aanmelden.Pad(r));
        var na = await PlaatsingAsync(tweede);
        Assert.NotNull(na.OntslagenOp);
        Assert.Equal(Uitstroom.Doorstroom, na.Uitstroom);
        Assert.Equal(voor.Bezet, (await PoolAsync()).Pool.Bezet);

        // Twice is refused: the bed was freed once.
        var api = await ClientMetTokenAsync(factory.CreateClient, "demo-opvang-haaglanden");
        var opnieuw = await api.PostAsJsonAsync(Pad($"/api/v1/plaatsingen/{plaatsing.Id}/_uitstroom"), new { datum = vandaag, uitstroom = "onbekend" });
        await ProbleemAsync(opnieuw, 409);
    }

    [Fact]
    public async Task Een_reservering_opent_op_een_eigen_pagina_met_alleen_de_behoefte_en_wordt_daar_beantwoord()
    {
        var shop = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
        var reservering = await ReserveerAsync(shop);
        var vreemd = await ReserveerAsync(shop);
        var opvang = await factory.AlsAsync(Rollen.Opvangmedewerker);
        var detail = $"{Pagina}/reserveringen/{reservering}";
        Assert.Contains($"href=\"{detail}\"", await opvang.GetStringAsync(Pagina));

        var html = await opvang.GetStringAsync(detail);
        Assert.Contains("Reservering op uw plek", html);
        Assert.Contains("Crisis vrouwen", html);
        Assert.Contains("23–29 jaar", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("Gravenhage (GM0518)", System.Net.WebUtility.HtmlDecode(html));
        Assert.DoesNotContain("/meldpunt/medewerkers/", html);

        using (var en = new HttpRequestMessage(HttpMethod.Get, detail))
        {
            en.Headers.AcceptLanguage.ParseAdd("en");
            Assert.Contains("Hold on your place", await (await opvang.SendAsync(en)).Content.ReadAsStringAsync());
        }
        var coordinator = await factory.AlsAsync(Rollen.Zorgcoordinator);
        Assert.NotEqual(HttpStatusCode.OK, (await coordinator.GetAsync(detail)).StatusCode);

        // A hold on another shelter's bed is not found, to read or to answer.
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var eigen = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.OpvangHaaglanden).Select(o => o.Id).SingleAsync();
            var vreemdePool = await (from p in db.Set<Plekkenpool>() join l in db.Set<Opvanglocatie>() on p.OpvanglocatieId equals l.Id
                                     where l.OrganisatieId != eigen select p.Id).FirstAsync();
            await db.Set<Reservering>().Where(r => r.Id == vreemd).ExecuteUpdateAsync(x => x.SetProperty(r => r.PlekkenpoolId, vreemdePool));
            // Written around the service: the pools' held beds are counted again from the holds.
            await db.Database.ExecuteSqlRawAsync(VastgehoudenTelling.HertelSql);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await opvang.GetAsync($"{Pagina}/reserveringen/{vreemd}")).StatusCode);
        var vreemdBevestigd = await Aanmelden.PostFormAsync(opvang, detail, [], $"{Pagina}/reserveringen/{vreemd}?handler=Bevestig");
        Assert.Equal(HttpStatusCode.NotFound, vreemdBevestigd.StatusCode);
        Assert.Equal(ReserveringStatus.Actief, await StatusAsync(vreemd));

        var zonderReden = await Aanmelden.PostFormAsync(opvang, detail, new() { ["reden"] = " " }, detail + "?handler=Afwijzen");
        Assert.Equal(HttpStatusCode.OK, zonderReden.StatusCode);
        Assert.Contains("id=\"reden-fout\"", await zonderReden.Content.ReadAsStringAsync());
        Assert.Equal(ReserveringStatus.Actief, await StatusAsync(reservering));

        var bevestigd = await Aanmelden.PostFormAsync(opvang, detail, [], detail + "?handler=Bevestig");
        Assert.Equal(detail, Aanmelden.Pad(bevestigd));
        Assert.Equal(ReserveringStatus.Bevestigd, await StatusAsync(reservering));
        var na = await opvang.GetStringAsync(detail);
        Assert.Contains("id=\"geen-antwoord\"", na);
        Assert.DoesNotContain("handler=Bevestig", na);
        // The placement on the shelter's page links back to the same page.
        Assert.Contains($"href=\"{detail}\"", await opvang.GetStringAsync(Pagina));

        // Leave the bed free again for the other tests of this class.
        var api = await ClientMetTokenAsync(factory.CreateClient, "demo-opvang-haaglanden");
        var uit = await api.PostAsJsonAsync(Pad($"/api/v1/plaatsingen/{(await PlaatsingAsync(reservering)).Id}/_uitstroom"),
            new { datum = Vandaag(), uitstroom = "onbekend" });
        Assert.True(uit.IsSuccessStatusCode, await uit.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Uitstroom_via_de_api_valideert_en_is_voor_een_andere_opvang_onvindbaar()
    {
        var api = await ClientMetTokenAsync(factory.CreateClient, "demo-opvang-haaglanden");
        var leeg = await api.PostAsJsonAsync(Pad($"/api/v1/plaatsingen/{Guid.NewGuid()}/_uitstroom"), new { });
        var fouten = (await ProbleemAsync(leeg, 400)).GetProperty("errors");
        Assert.True(fouten.TryGetProperty("datum", out _));
        Assert.True(fouten.TryGetProperty("uitstroom", out _));

        var shop = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
        var reservering = await ReserveerAsync(shop);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(Pad($"/api/v1/reserveringen/{reservering}/_bevestigen"), null)).StatusCode);
        var plaatsing = await PlaatsingAsync(reservering);
        var anderen = await ClientMetTokenAsync(factory.CreateClient, "demo-opvang-landelijk");
        var vreemd = await anderen.PostAsJsonAsync(Pad($"/api/v1/plaatsingen/{plaatsing.Id}/_uitstroom"),
            new { datum = Vandaag(), uitstroom = "onbekend" });
        await ProbleemAsync(vreemd, 404);
        Assert.Null((await PlaatsingAsync(reservering)).OntslagenOp);
    }

    private async Task<Guid> ReserveerAsync(HttpClient plaatser)
    {
        var verzoek = await plaatser.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new
        {
            geslacht = "vrouw", leeftijdscategorie = "van23Tot29", minderjarig = false, uitbuitingsvormen = new[] { "seksueel" },
            gevondenOp = DateTimeOffset.UtcNow.AddHours(-1), urgentie = "acuut", bedenktijdB8 = "onbekend", gevondenInGemeenteCode = "GM0518",
        });
        Assert.Equal(HttpStatusCode.Created, verzoek.StatusCode);
        var id = (await verzoek.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        using var bericht = new HttpRequestMessage(HttpMethod.Post, Pad($"/api/v1/plaatsingsverzoeken/{id}/reserveringen"))
        {
            Content = JsonContent.Create(new { plekkenpoolId = CrisisVrouwen }),
        };
        bericht.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var hold = await plaatser.SendAsync(bericht);
        Assert.Equal(HttpStatusCode.Created, hold.StatusCode);
        return (await hold.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<(Plekkenpool Pool, int Snapshots)> PoolAsync()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        return (await db.Set<Plekkenpool>().AsNoTracking().SingleAsync(p => p.Id == CrisisVrouwen),
            await db.Set<BezettingSnapshot>().CountAsync(s => s.PlekkenpoolId == CrisisVrouwen));
    }

    private async Task<ReserveringStatus> StatusAsync(Guid reservering)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Reservering>().Where(r => r.Id == reservering).Select(r => r.Status).SingleAsync();
    }

    private async Task<PlaatsingRegel> PlaatsingAsync(Guid reservering)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<PlaatsingRegel>().AsNoTracking().SingleAsync(p => p.ReserveringId == reservering);
    }

    /// <summary>Today in Dutch time, as admissions are dated: between 23:00 and 24:00 UTC the UTC date is yesterday's.</summary>
    private static DateOnly Vandaag() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, OpvangService.Amsterdam).DateTime);
}
