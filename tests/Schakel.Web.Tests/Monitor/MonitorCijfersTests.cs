using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Monitor;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Monitor;

/// <summary>The monitor's figures against the hand-computed values of <see cref="MonitorVaste"/>, on both databases.</summary>
public abstract class MonitorCijfersTests(SchakelFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => MonitorVaste.ZaaiAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<MonitorTabel> TabelAsync(Maatstaf maatstaf, string uitsplitsing = Uitsplitsing.Geen, bool publiek = false)
    {
        await using var scope = factory.Scope();
        var cijfers = scope.ServiceProvider.GetRequiredService<MonitorCijfers>();
        var regio = Indeling.EenheidAlsRegio(await cijfers.IndelingAsync(default), "DH");
        return await cijfers.TabelAsync(regio, MonitorVaste.Jaar, maatstaf, uitsplitsing, publiek, 5, null, default);
    }

    [Fact]
    public async Task Signalen_per_gemeente_district_en_kwartaal_zijn_de_met_de_hand_berekende()
    {
        var t = await TabelAsync(Maatstaven.Meldingen);

        Assert.Equal(3m, t.Cel("gemeente:GM0637", "2021-K1")!.Waarde);
        Assert.Equal(6m, t.Cel("gemeente:GM0637", "2021-K2")!.Waarde);
        Assert.Equal(9m, t.Cel("gemeente:GM0637", "2021")!.Waarde);
        Assert.Equal(5m, t.Cel("gemeente:GM1916", "2021-K1")!.Waarde);
        Assert.Equal(0m, t.Cel("gemeente:GM1916", "2021-K2")!.Waarde);
        Assert.Equal(8m, t.Cel("district:DH-D", "2021-K1")!.Waarde);
        Assert.Equal(11m, t.Cel("regio:DH", "2021-K1")!.Waarde);
        Assert.Equal(24m, t.Cel("regio:DH", "2021")!.Waarde);
    }

    [Fact]
    public async Task Den_Haag_zonder_basisteam_telt_onder_Den_Haag_A_tot_C_en_niet_in_A_B_of_C()
    {
        var t = await TabelAsync(Maatstaven.Meldingen);

        Assert.Equal(2m, t.Cel("district:DH-ABC", "2021-K1")!.Waarde);
        Assert.Equal(7m, t.Cel("district:DH-ABC", "2021-K3")!.Waarde);
        Assert.Equal("Den Haag (A–C)", t.Gebieden.Single(g => g.Sleutel == "district:DH-ABC").Naam);
        foreach (var d in new[] { "district:DH-A", "district:DH-B", "district:DH-C" })
        {
            Assert.Equal(0m, t.Cel(d, "2021")!.Waarde);
        }

        Assert.Equal(9m, t.Cel("gemeente:GM0518", "2021")!.Waarde);
    }

    [Fact]
    public async Task Elk_district_is_de_som_van_zijn_gemeenten_en_de_eenheid_telt_meldingen_zonder_gemeente_mee()
    {
        var t = await TabelAsync(Maatstaven.Meldingen);
        var gemeentenD = new[] { "GM0637", "GM1916", "GM0629", "GM1926" };
        foreach (var p in t.Perioden)
        {
            Assert.Equal(gemeentenD.Sum(g => t.Cel($"gemeente:{g}", p)!.Waarde), t.Cel("district:DH-D", p)!.Waarde);
            var districten = t.Gebieden.Where(g => g.Niveau == "district").Sum(g => t.Cel(g.Sleutel, p)!.Waarde);
            Assert.Equal(districten + t.Cel("eenheid:DH:zonder-gemeente", p)!.Waarde, t.Cel("regio:DH", p)!.Waarde);
        }

        Assert.Equal(1m, t.Cel("eenheid:DH:zonder-gemeente", "2021-K1")!.Waarde);
    }

    [Fact]
    public async Task Adviesvragen_tellen_apart_en_naar_melder_uitgesplitst()
    {
        Assert.Equal(1m, (await TabelAsync(Maatstaven.Adviesvragen)).Cel("gemeente:GM0637", "2021-K1")!.Waarde);
        var melder = await TabelAsync(Maatstaven.Meldingen, Uitsplitsing.Melder);
        Assert.Equal(1m, melder.Cel("gemeente:GM0637", "2021-K1", "burger")!.Waarde);
        Assert.Equal(2m, melder.Cel("gemeente:GM0637", "2021-K1", "professional")!.Waarde);
        Assert.Equal(3m, melder.Cel("gemeente:GM0637", "2021-K1", "totaal")!.Waarde);
    }

    [Fact]
    public async Task Triage_doorverwijzing_termijn_en_CoMensha_zijn_de_met_de_hand_berekende()
    {
        Assert.Equal(1m, (await TabelAsync(Maatstaven.NaTriage, Uitsplitsing.Zijde)).Cel("gemeente:GM0637", "2021-K1", "slachtofferkant")!.Waarde);
        Assert.Equal(1m, (await TabelAsync(Maatstaven.Doorverwijzingen, Uitsplitsing.Ontvanger)).Cel("gemeente:GM0637", "2021-K1", "comensha")!.Waarde);
        Assert.Equal(1m, (await TabelAsync(Maatstaven.CoMenshaRegistraties, Uitsplitsing.Partijsoort)).Cel("gemeente:GM0637", "2021-K1", "zorg")!.Waarde);
        var triage = (await TabelAsync(Maatstaven.TijdTotTriage)).Cel("gemeente:GM0637", "2021-K1")!;
        Assert.Equal(2.0m, triage.Waarde);
        Assert.Equal(1, triage.Noemer);
        Assert.Equal(5.0m, (await TabelAsync(Maatstaven.TijdTotDoorverwijzing)).Cel("gemeente:GM0637", "2021-K1")!.Waarde);
        Assert.Equal(100m, (await TabelAsync(Maatstaven.EersteActieBinnenTermijn)).Cel("regio:DH", "2021-K1")!.Waarde);
    }

    [Fact]
    public async Task Publiek_zijn_kleine_aantallen_verborgen_en_niet_terug_te_rekenen()
    {
        var t = await TabelAsync(Maatstaven.Meldingen, publiek: true);

        foreach (var (g, p) in new[] { ("gemeente:GM0637", "2021-K1"), ("district:DH-ABC", "2021-K1"), ("eenheid:DH:zonder-gemeente", "2021-K1") })
        {
            var cel = t.Cel(g, p)!;
            Assert.True(cel.Verborgen, $"{g} {p}");
            Assert.Null(cel.Waarde);
            Assert.Null(cel.Reden);
        }

        Assert.All(t.Cellen.Where(c => !c.Verborgen), c => Assert.False(c.Waarde is > 0 and < 5, $"{c.Gebied} {c.Periode}"));
        // Zoetermeer's year minus its other quarters would give Q1 away: one of them must be hidden too.
        Assert.Contains(new[] { "2021", "2021-K2", "2021-K3", "2021-K4" }, p => t.Cel("gemeente:GM0637", p)!.Verborgen);
    }

    [Fact]
    public async Task Api_geeft_dezelfde_cijfers_publiek_zonder_inloggen_en_intern_met_de_reden()
    {
        var anoniem = factory.CreateClient();
        var publiek = await anoniem.GetAsync(Pad("/api/v1/monitor/cijfers?maatstaf=meldingen&periode=2021-K1&gebied=gemeente:GM0637"));
        Assert.Equal(HttpStatusCode.OK, publiek.StatusCode);
        var p = JsonDocument.Parse(await publiek.Content.ReadAsStringAsync()).RootElement.GetProperty("waarden")[0];
        Assert.True(p.GetProperty("verborgen").GetBoolean());
        Assert.Equal(JsonValueKind.Null, p.GetProperty("waarde").ValueKind);

        var open = JsonDocument.Parse(await anoniem.GetStringAsync(Pad("/api/v1/monitor/cijfers?maatstaf=meldingen&periode=2021-K2&gebied=gemeente:GM0637"))).RootElement;
        var tabel = await TabelAsync(Maatstaven.Meldingen, publiek: true);
        var k2 = tabel.Cel("gemeente:GM0637", "2021-K2")!;
        Assert.Equal(k2.Verborgen, open.GetProperty("waarden")[0].GetProperty("verborgen").GetBoolean());

        Assert.Equal(HttpStatusCode.Unauthorized,
            (await anoniem.GetAsync(Pad("/api/v1/monitor/cijfers?maatstaf=meldingen&periode=2021-K1&gebied=gemeente:GM0637&editie=intern"))).StatusCode);
        var api = await ClientMetTokenAsync(factory.CreateClient, Zorgcoordinator);
        var intern = JsonDocument.Parse(await api.GetStringAsync(Pad("/api/v1/monitor/cijfers?maatstaf=meldingen&periode=2021-K1&gebied=gemeente:GM0637&editie=intern"))).RootElement;
        var i = intern.GetProperty("waarden")[0];
        Assert.Equal(3m, i.GetProperty("waarde").GetDecimal());
        Assert.Equal("KleinAantal", i.GetProperty("reden").GetString());

        var maand = JsonDocument.Parse(await api.GetStringAsync(Pad("/api/v1/monitor/cijfers?maatstaf=meldingen&periode=2021-05&gebied=gemeente:GM0637&editie=intern"))).RootElement;
        Assert.Equal(6m, maand.GetProperty("waarden")[0].GetProperty("waarde").GetDecimal());
    }

    [Fact]
    public async Task Ongeldige_vraag_geeft_alle_fouten_tegelijk()
    {
        var antwoord = await factory.CreateClient().GetAsync(Pad("/api/v1/monitor/cijfers?maatstaf=x&periode=2021-13&gebied=stad:X"));
        var json = await ProbleemAsync(antwoord, 400);
        var fouten = json.GetProperty("errors");
        Assert.True(fouten.TryGetProperty("maatstaf", out _));
        Assert.True(fouten.TryGetProperty("periode", out _));
        Assert.True(fouten.TryGetProperty("gebied", out _));

        var maand = await factory.CreateClient().GetAsync(Pad("/api/v1/monitor/cijfers?maatstaf=meldingen&periode=2021-05&gebied=gemeente:GM0637"));
        Assert.True((await ProbleemAsync(maand, 400)).GetProperty("errors").TryGetProperty("periode", out _));
    }
}

public sealed class MonitorCijfersTestsSqlite(SqliteFactory factory) : MonitorCijfersTests(factory), IClassFixture<SqliteFactory>;

public sealed class MonitorCijfersTestsPostgres(PostgresFactory factory) : MonitorCijfersTests(factory), IClassFixture<PostgresFactory>;
