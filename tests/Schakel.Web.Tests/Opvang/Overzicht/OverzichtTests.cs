using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Opvang.Overzicht;

/// <summary>
/// The overview's figures against values worked out by hand on a fixed set of requests in January 2026:
/// three found in Den Haag (region DH), one in Utrecht (outside it), one in February (outside the period).
/// Request 2 had a hold after 6 hours that was never confirmed: it has no first place.
/// </summary>
public abstract class OverzichtTests(SchakelFactory factory) : IAsyncLifetime
{
    /// <summary>Whether region DH sets its own norm "a long-term place at 36 hours" in this class's app.</summary>
    protected virtual bool NormDH => false;

    private static readonly DateTimeOffset Jan = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        if (await db.Set<Plaatsingsverzoek>().AnyAsync(v => v.GevondenOp == Jan.AddDays(4).AddHours(10)))
        {
            return;
        }
        var shop = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.Shop).Select(o => o.Id).SingleAsync();
        Plaatsingsverzoek Verzoek(DateTimeOffset gevonden, string gemeente, Geslacht geslacht, Uitbuitingsvorm[] vormen, TimeSpan? eerste, TimeSpan? vervolg, bool bevestigd = true) => new()
        {
            Id = Guid.NewGuid(), AanvragerOrganisatieId = shop, GevondenOp = gevonden, GevondenInGemeenteCode = gemeente, AangemaaktOp = gevonden,
            Behoefte = new Behoefte { Geslacht = geslacht, Leeftijdscategorie = Leeftijdscategorie.Van23Tot29, Uitbuitingsvormen = vormen },
            EersteOpvangOp = gevonden + eerste, EersteOpvangBevestigdOp = bevestigd ? gevonden + eerste : null,
            VervolgGeregeldOp = gevonden + vervolg, Urgentie = Urgentie.Hoog,
        };
        var r1 = Verzoek(Jan.AddDays(4).AddHours(10), "GM0518", Geslacht.Vrouw, [Uitbuitingsvorm.Seksueel], TimeSpan.FromMinutes(30), TimeSpan.FromHours(22));
        var r2 = Verzoek(Jan.AddDays(9).AddHours(20), "GM0518", Geslacht.Man, [Uitbuitingsvorm.Arbeid], TimeSpan.FromHours(6), null, bevestigd: false);
        var r3 = Verzoek(Jan.AddDays(19).AddHours(12), "GM0518", Geslacht.Vrouw, [Uitbuitingsvorm.Seksueel, Uitbuitingsvorm.Crimineel], TimeSpan.FromHours(1), TimeSpan.FromHours(48));
        var r4 = Verzoek(Jan.AddDays(14), "GM0344", Geslacht.Vrouw, [Uitbuitingsvorm.Seksueel], TimeSpan.FromHours(2), TimeSpan.FromHours(10));
        var r5 = Verzoek(Jan.AddDays(40), "GM0518", Geslacht.Man, [Uitbuitingsvorm.Arbeid], null, null);
        db.AddRange(r1, r2, r3, r4, r5);
        db.Add(new NachtZonderPlekRegel { Id = Guid.NewGuid(), PlaatsingsverzoekId = r2.Id, Nacht = new DateOnly(2026, 1, 10), Verblijf = Nachtverblijf.Politiebureau, VastgelegdOp = r2.GevondenOp });
        db.Add(new OnvervuldeVraagRegel { PlaatsingsverzoekId = r2.Id, Stap = Stap.EersteOpvang, Reden = OnvervuldeVraagReden.GeenCapaciteit, Tijdstip = r2.GevondenOp });
        db.Add(new OnvervuldeVraagRegel { PlaatsingsverzoekId = r2.Id, Stap = Stap.Vervolgplaatsing, Reden = OnvervuldeVraagReden.VervolgplaatsingNietGeregeldBinnen36Uur, Tijdstip = r2.GevondenOp.AddHours(36) });
        db.Add(new OnvervuldeVraagRegel { PlaatsingsverzoekId = r3.Id, Stap = Stap.EersteOpvang, Reden = OnvervuldeVraagReden.CriteriaNietVervuld, Criteria = "Taal;Verslaving", Tijdstip = r3.GevondenOp });
        db.Add(new OnvervuldeVraagRegel { PlaatsingsverzoekId = r4.Id, Stap = Stap.EersteOpvang, Reden = OnvervuldeVraagReden.GeenCapaciteit, Tijdstip = r4.GevondenOp });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task De_cijfers_van_de_regio_zijn_de_met_de_hand_berekende()
    {
        var api = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
        var antwoord = await api.GetAsync(Pad("/api/v1/opvangcijfers?regio=DH&van=2026-01-01&tot=2026-01-31"));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var c = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(3, c.GetProperty("verzoeken").GetInt32());
        // Confirmed first places: r1 after 30 min, r3 after 1 h (r2's hold was never confirmed). Nearest rank over two values:
        // median rank 1 → 30 min, p90 rank 2 → 1 h.
        var duur = c.GetProperty("tijdTotEersteOpvang");
        Assert.Equal(2, duur.GetProperty("aantal").GetInt32());
        Assert.Equal(TimeSpan.FromMinutes(30), TimeSpan.Parse(duur.GetProperty("mediaan").GetString()!));
        Assert.Equal(TimeSpan.FromHours(1), TimeSpan.Parse(duur.GetProperty("p90").GetString()!));
        Assert.Equal((2, 3), Deel(c.GetProperty("eersteStapBinnenCrisisfase")));
        Assert.Equal((1, 3), Deel(c.GetProperty("zonderPlekEersteNacht").GetProperty("aandeel")));
        Assert.Equal(1, Telling(c.GetProperty("zonderPlekEersteNacht").GetProperty("waar"), "politiebureau"));
        Assert.Equal((1, 3), Deel(c.GetProperty("vervolgBinnen36Uur")));
        // Long-term places: r1 after 22 h, r3 after 48 h → median 22 h, p90 48 h; r2 still waiting, past its 36 hours.
        var vervolg = c.GetProperty("tijdTotVervolgplaatsing");
        Assert.Equal(2, vervolg.GetProperty("aantal").GetInt32());
        Assert.Equal(TimeSpan.FromHours(22), TimeSpan.Parse(vervolg.GetProperty("mediaan").GetString()!));
        Assert.Equal(TimeSpan.FromHours(48), TimeSpan.Parse(vervolg.GetProperty("p90").GetString()!));
        Assert.Equal(1, vervolg.GetProperty("nogWachtend").GetInt32());
        Assert.Equal(1, vervolg.GetProperty("nogWachtendNaCrisisfase").GetInt32());
        Assert.Equal((2, 3), Deel(c.GetProperty("zonderVervolgBijEindeCrisisfase")));
        Assert.Equal(NormDH ? "regio" : "geen", c.GetProperty("norm36Uur").GetString(), ignoreCase: true);
        Assert.Equal(2, Telling(c.GetProperty("verzoekenPerDoelgroep"), "vrouwen"));
        Assert.Equal(1, Telling(c.GetProperty("verzoekenPerDoelgroep"), "mannen"));
        Assert.Equal(2, Telling(c.GetProperty("verzoekenPerUitbuitingsvorm"), "seksueel"));
        Assert.Equal(1, Telling(c.GetProperty("verzoekenPerUitbuitingsvorm"), "crimineel"));
        Assert.Equal(1, Telling(c.GetProperty("onvervuldPerReden"), "geenCapaciteit"));
        Assert.Equal(1, Telling(c.GetProperty("onvervuldPerReden"), "criteriaNietVervuld"));
        // r2's recorded "no long-term place at 36 h" counts only under the region's own norm.
        Assert.Equal(NormDH ? 1 : 0, Telling(c.GetProperty("onvervuldPerReden"), "vervolgplaatsingNietGeregeldBinnen36Uur"));
        Assert.Equal(NormDH ? 2 : 1, Telling(c.GetProperty("onvervuldPerDoelgroep"), "mannen"));
        Assert.Equal(1, Telling(c.GetProperty("onvervuldPerCriterium"), "taal"));
        Assert.Equal(1, Telling(c.GetProperty("onvervuldPerCriterium"), "verslaving"));

        var landelijk = JsonDocument.Parse(await api.GetStringAsync(Pad("/api/v1/opvangcijfers?van=2026-01-01&tot=2026-01-31"))).RootElement;
        Assert.Equal(4, landelijk.GetProperty("verzoeken").GetInt32());
    }

    [Fact]
    public async Task De_plekken_zijn_die_van_de_pools_in_de_regio()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var dh = await db.Set<Schakel.Web.Features.Regio.Gemeente>().Where(g => g.EenheidCode == "DH").Select(g => g.CbsCode).ToListAsync();
        var pools = await (from p in db.Set<Plekkenpool>() join l in db.Set<Opvanglocatie>() on p.OpvanglocatieId equals l.Id select new { p.Capaciteit, l.GemeenteCode }).ToListAsync();
        var api = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
        var c = JsonDocument.Parse(await api.GetStringAsync(Pad("/api/v1/opvangcijfers?regio=DH&van=2026-01-01&tot=2026-01-31"))).RootElement;
        Assert.Equal(pools.Where(p => dh.Contains(p.GemeenteCode)).Sum(p => p.Capaciteit), c.GetProperty("plekken").GetProperty("totaal").GetProperty("capaciteit").GetInt32());
        Assert.Equal(pools.Sum(p => p.Capaciteit), c.GetProperty("plekkenLandelijk").GetProperty("totaal").GetProperty("capaciteit").GetInt32());
        Assert.True(pools.Any(p => !dh.Contains(p.GemeenteCode)), "the demo data has shelters outside the region");
    }

    [Fact]
    public async Task Pagina_toont_dezelfde_cijfers_en_alleen_aan_coordinatoren_en_ketenregie()
    {
        var client = await factory.AlsAsync(Rollen.Ketenregisseur);
        Assert.Contains("href=\"/opvang/overzicht\"", await client.GetStringAsync("/werkplek"));
        var html = await client.GetStringAsync("/opvang/overzicht?regio=DH&van=2026-01-01&tot=2026-01-31");
        Assert.Contains("<dd id=\"verzoeken\">3</dd>", html);
        Assert.Contains("data-telling=\"Nachtverblijf-Politiebureau\"", html);
        Assert.Contains("<dd id=\"eerste-stap-binnen\">2 van 3", html);
        Assert.Contains(NormDH ? "Eigen norm van de regio" : "het landelijk plan stelt daarvoor geen termijn", html);
        var fout = await client.GetStringAsync("/opvang/overzicht?regio=DH&van=2026-02-01&tot=2026-01-31");
        Assert.Contains("id=\"periode-fout\"", fout);

        var opvang = await factory.AlsAsync(Rollen.Opvangmedewerker);
        Assert.NotEqual(HttpStatusCode.OK, (await opvang.GetAsync("/opvang/overzicht")).StatusCode);
        Assert.Equal("/inloggen", Aanmelden.Pad(await factory.NieuweClient().GetAsync("/opvang/overzicht")));
    }

    [Fact]
    public async Task Zonder_keuze_opent_de_regio_van_de_eigen_organisatie_en_de_datumfout_volgt_de_taal()
    {
        // A second unit that sorts before Den Haag, so "the first region" and "the own region" differ.
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            if (!await db.Set<Web.Features.Regio.Eenheid>().AnyAsync(e => e.Code == "AA"))
            {
                db.Add(new Web.Features.Regio.Eenheid { Code = "AA", Naam = "Eenheid Aaa" });
                await db.SaveChangesAsync();
            }
        }
        var client = await factory.AlsAsync(Rollen.Zorgcoordinator);
        var html = await client.GetStringAsync("/opvang/overzicht");
        Assert.Contains("<option value=\"DH\" selected=\"selected\">", html);
        Assert.Contains("<option value=\"AA\">", html);

        using var bericht = new HttpRequestMessage(HttpMethod.Get, "/opvang/overzicht?regio=DH&van=2026-02-01&tot=2026-01-31");
        bericht.Headers.AcceptLanguage.ParseAdd("en");
        var engels = await (await client.SendAsync(bericht)).Content.ReadAsStringAsync();
        Assert.Contains("The start date is after the end date.", engels);
    }

    [Fact]
    public async Task Api_weigert_een_onbekende_regio_en_een_verkeerde_datum_en_andere_rollen()
    {
        var api = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
        var fouten = (await ProbleemAsync(await api.GetAsync(Pad("/api/v1/opvangcijfers?regio=XX&van=gisteren")), 400)).GetProperty("errors");
        Assert.True(fouten.TryGetProperty("regio", out _));
        Assert.True(fouten.TryGetProperty("periode", out _));
        var opvang = await ClientMetTokenAsync(factory.CreateClient, "demo-opvang-haaglanden");
        Assert.Equal(HttpStatusCode.Forbidden, (await opvang.GetAsync(Pad("/api/v1/opvangcijfers"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(Pad("/api/v1/opvangcijfers"))).StatusCode);
    }

    private static (int, int) Deel(JsonElement a) => (a.GetProperty("teller").GetInt32(), a.GetProperty("noemer").GetInt32());

    private static int Telling(JsonElement telling, string sleutel) =>
        telling.EnumerateObject().Single(p => string.Equals(p.Name, sleutel, StringComparison.OrdinalIgnoreCase)).Value.GetInt32();
}

public sealed class OverzichtTestsSqlite(SqliteFactory factory) : OverzichtTests(factory), IClassFixture<SqliteFactory>;

public sealed class OverzichtMetNormTestsSqlite(OverzichtMetNormTestsSqlite.Fabriek factory) : OverzichtTests(factory), IClassFixture<OverzichtMetNormTestsSqlite.Fabriek>
{
    protected override bool NormDH => true;

    public sealed class Fabriek : SqliteFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => [new("Opvang:Norm36UurRegios:0", "DH")];
    }
}

public sealed class OverzichtMetNormTestsPostgres(OverzichtMetNormTestsPostgres.Fabriek factory) : OverzichtTests(factory), IClassFixture<OverzichtMetNormTestsPostgres.Fabriek>
{
    protected override bool NormDH => true;

    public sealed class Fabriek : PostgresFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => [new("Opvang:Norm36UurRegios:0", "DH")];
    }
}

public sealed class OverzichtTestsPostgres(PostgresFactory factory) : OverzichtTests(factory), IClassFixture<PostgresFactory>;
