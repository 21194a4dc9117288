using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Core.Monitor;
using Schakel.Core.Opvang;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// Shelter figures per municipality and quarter, from the Opvang requests of 2019. Worked out by hand:
/// <list type="bullet">
/// <item>Zoetermeer (GM0637), Q1: 6 requests, all placed; long-term place after 10, 20, 30, 40 and 100 hours, one still
/// waiting; 3 nights without a place. So: placements 6, nights 3, within 36 h 3 of 6 = 50 %, median 30 h (rank 3 of 5),
/// p90 100 h (rank 5 of 5), waiting 1.</item>
/// <item>Leidschendam-Voorburg (GM1916), Q2: 2 requests, both placed, one long-term place after 50 hours, one waiting.</item>
/// <item>Responsible municipality: the first four Zoetermeer requests Den Haag (registered there), the other two none
/// recorded; both Leidschendam-Voorburg requests Leidschendam-Voorburg. So: Den Haag Q1 4, "Gemeente onbekend" Q1 2,
/// Leidschendam-Voorburg Q2 2, Zoetermeer 0, region 8.</item>
/// </list>
/// </summary>
public abstract class MonitorOpvangTests(SchakelFactory factory) : IAsyncLifetime
{
    private const int Jaar = 2019;

    public async Task InitializeAsync()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var begin = new DateTimeOffset(Jaar, 1, 1, 0, 0, 0, TimeSpan.Zero);
        if (await db.Set<Plaatsingsverzoek>().AnyAsync(v => v.GevondenOp >= begin && v.GevondenOp < begin.AddYears(1)))
        {
            return;
        }

        var rsiv = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.Rsiv).Select(o => o.Id).SingleAsync();
        // A report in the year, so the year is one of Schakel's own (not answered from partner imports).
        db.Add(new Melding
        {
            Id = Guid.NewGuid(), Soort = MeldingSoort.Melding, MelderType = MelderType.Professional, Kanaal = Kanaal.Web,
            OmschrijvingVersleuteld = "niet gelezen", GemeenteCode = "GM0637", OntvangenOp = begin.AddDays(3), MeldpuntOrganisatieId = rsiv, Uitbuitingsvormen = "arbeid",
        });

        Plaatsingsverzoek Verzoek(string gemeente, DateTimeOffset gevonden, double? vervolgNaUren, string? verantwoordelijke = null) => new()
        {
            Id = Guid.NewGuid(), AanvragerOrganisatieId = rsiv, Behoefte = new Behoefte { Geslacht = Geslacht.Vrouw },
            GevondenOp = gevonden, GevondenInGemeenteCode = gemeente, VerantwoordelijkeGemeenteCode = verantwoordelijke,
            AangemaaktOp = gevonden, EersteOpvangOp = gevonden.AddHours(1),
            EersteOpvangBevestigdOp = gevonden.AddHours(2), VervolgGeregeldOp = vervolgNaUren is { } u ? gevonden.AddHours(u) : null,
        };

        var q1 = new DateTimeOffset(Jaar, 2, 10, 9, 0, 0, TimeSpan.Zero);
        var zoetermeer = new[] { 10, 20, 30, 40, 100, (double?)null }.Select((u, i) => Verzoek("GM0637", q1.AddMinutes(i), u, i < 4 ? "GM0518" : null)).ToList();
        var q2 = new DateTimeOffset(Jaar, 5, 10, 9, 0, 0, TimeSpan.Zero);
        db.AddRange(zoetermeer);
        db.AddRange(Verzoek("GM1916", q2, 50, "GM1916"), Verzoek("GM1916", q2.AddHours(1), null, "GM1916"));
        db.AddRange(
            new NachtZonderPlekRegel { Id = Guid.NewGuid(), PlaatsingsverzoekId = zoetermeer[5].Id, Nacht = new DateOnly(Jaar, 2, 10), VastgelegdOp = q1 },
            new NachtZonderPlekRegel { Id = Guid.NewGuid(), PlaatsingsverzoekId = zoetermeer[5].Id, Nacht = new DateOnly(Jaar, 2, 11), VastgelegdOp = q1 },
            new NachtZonderPlekRegel { Id = Guid.NewGuid(), PlaatsingsverzoekId = zoetermeer[4].Id, Nacht = new DateOnly(Jaar, 2, 10), VastgelegdOp = q1 });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<MonitorTabel> TabelAsync(Maatstaf maatstaf, bool publiek = false)
    {
        await using var scope = factory.Scope();
        var cijfers = scope.ServiceProvider.GetRequiredService<MonitorCijfers>();
        var regio = Indeling.EenheidAlsRegio(await cijfers.IndelingAsync(default), "DH");
        return await cijfers.TabelAsync(regio, Jaar, maatstaf, Uitsplitsing.Geen, publiek, 5, null, default);
    }

    [Fact]
    public async Task Plaatsingen_nachten_en_wachtenden_per_gemeente_en_kwartaal_zijn_de_met_de_hand_berekende()
    {
        var plaatsingen = await TabelAsync(Maatstaven.OpvangPlaatsingen);
        Assert.Equal(6m, plaatsingen.Cel("gemeente:GM0637", "2019-K1")!.Waarde);
        Assert.Equal(0m, plaatsingen.Cel("gemeente:GM0637", "2019-K2")!.Waarde);
        Assert.Equal(2m, plaatsingen.Cel("gemeente:GM1916", "2019-K2")!.Waarde);
        Assert.Equal(8m, plaatsingen.Cel("district:DH-D", "2019")!.Waarde);

        var nachten = await TabelAsync(Maatstaven.OpvangNachtenZonderPlek);
        Assert.Equal(3m, nachten.Cel("gemeente:GM0637", "2019-K1")!.Waarde);
        Assert.Equal(0m, nachten.Cel("gemeente:GM1916", "2019")!.Waarde);

        var wachtend = await TabelAsync(Maatstaven.OpvangWachtend);
        Assert.Equal(1m, wachtend.Cel("gemeente:GM0637", "2019-K1")!.Waarde);
        Assert.Equal(1m, wachtend.Cel("gemeente:GM1916", "2019-K2")!.Waarde);
        Assert.Equal(2m, wachtend.Cel("regio:DH", "2019")!.Waarde);
    }

    [Fact]
    public async Task Binnen_36_uur_en_de_tijd_tot_een_langdurige_plek_zijn_de_met_de_hand_berekende()
    {
        var binnen = await TabelAsync(Maatstaven.OpvangVervolgBinnen36Uur);
        var zoetermeer = binnen.Cel("gemeente:GM0637", "2019-K1")!;
        Assert.Equal((50.0m, 6L), (zoetermeer.Waarde, zoetermeer.Noemer));
        Assert.Equal((0m, 2L), (binnen.Cel("gemeente:GM1916", "2019-K2")!.Waarde, binnen.Cel("gemeente:GM1916", "2019-K2")!.Noemer));

        var tijd = await TabelAsync(Maatstaven.OpvangTijdTotVervolg);
        var duur = tijd.Cel("gemeente:GM0637", "2019-K1")!;
        Assert.Equal((30m, 100m, 5L), (duur.Waarde, duur.P90, duur.Noemer));
        Assert.Equal(50m, tijd.Cel("gemeente:GM1916", "2019-K2")!.Waarde);
    }

    [Fact]
    public async Task Publiek_zijn_kleine_aantallen_verborgen_zoals_bij_de_andere_cijfers_en_de_API_geeft_hetzelfde()
    {
        var publiek = await TabelAsync(Maatstaven.OpvangPlaatsingen, publiek: true);
        var klein = publiek.Cel("gemeente:GM1916", "2019-K2")!;
        Assert.True(klein.Verborgen);
        Assert.Null(klein.Waarde);
        Assert.DoesNotContain(publiek.Cellen, c => !c.Verborgen && c.Waarde is > 0 and < 5);
        var kleineNoemer = (await TabelAsync(Maatstaven.OpvangTijdTotVervolg, publiek: true)).Cel("gemeente:GM1916", "2019-K2")!;
        Assert.True(kleineNoemer.Verborgen);
        Assert.Null(kleineNoemer.Waarde);

        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>(
            Pad("/api/v1/monitor/cijfers?maatstaf=opvang-plaatsingen&periode=2019-K2&gebied=gemeente:GM1916"));
        Assert.True(json.GetProperty("waarden")[0].GetProperty("verborgen").GetBoolean());
        var intern = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var internJson = await intern.GetFromJsonAsync<JsonElement>(
            Pad("/api/v1/monitor/cijfers?maatstaf=opvang-plaatsingen&periode=2019-K1&gebied=gemeente:GM0637&editie=intern"));
        Assert.Equal(6m, internJson.GetProperty("waarden")[0].GetProperty("waarde").GetDecimal());
    }

    [Fact]
    public async Task Naar_verantwoordelijke_gemeente_geteld_met_onbekend_apart_en_als_sectie_in_het_rapport()
    {
        var t = await TabelAsync(Maatstaven.OpvangPlaatsingenVerantwoordelijk);
        Assert.Equal(4m, t.Cel("gemeente:GM0518", "2019-K1")!.Waarde);
        Assert.Equal(2m, t.Cel("eenheid:DH:zonder-gemeente", "2019-K1")!.Waarde);
        Assert.Equal(2m, t.Cel("gemeente:GM1916", "2019-K2")!.Waarde);
        Assert.Equal(0m, t.Cel("gemeente:GM0637", "2019")!.Waarde);
        Assert.Equal(8m, t.Cel("regio:DH", "2019")!.Waarde);

        // The shelter figures are sections of the edition's format: on the page and as CSV with the same cells.
        Guid id;
        await using (var scope = factory.Scope())
        {
            var edities = scope.ServiceProvider.GetRequiredService<MonitorEdities>();
            var editie = (await edities.MaakAsync("DH", Jaar, Schakel.Web.Security.Audit.AuditActor.Systeem, "test", default)).Editie!;
            foreach (var stap in new[] { EditieStatus.InReview, EditieStatus.Vastgesteld, EditieStatus.Gepubliceerd })
            {
                Assert.Null((await edities.VolgendeStapAsync(editie.Id, stap, Schakel.Web.Security.Audit.AuditActor.Systeem, "test", default)).Fout);
            }

            id = editie.Id;
        }

        var anoniem = factory.CreateClient();
        var html = await anoniem.GetStringAsync(Pad($"/monitor/rapport/{id}"));
        foreach (var sectie in new[] { "opvang-plaatsingen", "opvang-verantwoordelijk", "opvang-nachten", "opvang-vervolg", "opvang-tijd-tot-vervolg", "opvang-wachtend" })
        {
            Assert.Contains($"data-tabel=\"{sectie}\"", html, StringComparison.Ordinal);
        }

        var blok = System.Text.RegularExpressions.Regex.Match(html, "data-tabel=\"opvang-verantwoordelijk\"[\\s\\S]*?</table>").Value;
        var pagina = System.Text.RegularExpressions.Regex.Matches(blok, "<tr class=\"utrecht-table__row\">([\\s\\S]*?)</tr>").Skip(1)
            .Select(r => string.Join(",", System.Text.RegularExpressions.Regex.Matches(r.Groups[1].Value, "<t[hd][^>]*>([^<]*)</t[hd]>")
                .Select(c => System.Net.WebUtility.HtmlDecode(c.Groups[1].Value).Trim()))).ToList();
        Assert.Contains(pagina, r => r.StartsWith("Gemeente onbekend,", StringComparison.Ordinal));
        var csv = (await anoniem.GetStringAsync(Pad($"/monitor/rapport/{id}/csv/opvang-verantwoordelijk"))).TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.TrimEnd('\r').Replace("\"", "", StringComparison.Ordinal)).ToList();
        Assert.Equal(pagina, csv);
    }
}

public sealed class MonitorOpvangTestsSqlite(SqliteFactory factory) : MonitorOpvangTests(factory), IClassFixture<SqliteFactory>;

public sealed class MonitorOpvangTestsPostgres(PostgresFactory factory) : MonitorOpvangTests(factory), IClassFixture<PostgresFactory>;
