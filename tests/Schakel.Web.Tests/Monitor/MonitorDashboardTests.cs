using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Schakel.Core.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// The internal dashboard on both databases: region → district → municipality → quarter by drill-down links, the
/// numbers equal to the internal API's (and to the hand-computed <see cref="MonitorVaste"/>), each cell the public
/// edition hides with its reason, and a wrong filter refused next to its field.
/// </summary>
public abstract class MonitorDashboardTests(SchakelFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => MonitorVaste.ZaaiAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    private sealed record Cel(string Waarde, string? Reden);

    /// <summary>Rows of a dashboard table: area key → its cells (quarters, then the year) and the drill-down link.</summary>
    private static Dictionary<string, (List<Cel> Cellen, string? Link)> Rijen(string html, string tabel = "gebieden")
    {
        var blok = Regex.Match(html, $"data-dashboard=\"{tabel}\"[\\s\\S]*?</table>").Value;
        Assert.False(string.IsNullOrEmpty(blok), $"tabel {tabel} ontbreekt");
        return Regex.Matches(blok, "<tr class=\"utrecht-table__row\" data-gebied=\"([^\"]+)\">([\\s\\S]*?)</tr>").ToDictionary(
            r => r.Groups[1].Value,
            r => (Regex.Matches(r.Groups[2].Value, "<td [^>]*data-waarde=\"([^\"]*)\"(?: data-reden=\"([^\"]*)\")?")
                    .Select(c => new Cel(c.Groups[1].Value, c.Groups[2].Value is { Length: > 0 } reden ? reden : null)).ToList(),
                Regex.Match(r.Groups[2].Value, "<a class=\"utrecht-link\" href=\"([^\"]+)\"") is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : null));
    }

    [Fact]
    public async Task Het_dashboard_zoomt_in_tot_gemeente_en_kwartaal_met_dezelfde_cijfers_als_de_api()
    {
        var web = await factory.AlsAsync(Rollen.Ketenregisseur);
        Assert.Contains("/monitor/dashboard", await web.GetStringAsync(new Uri("/werkplek", UriKind.Relative)));
        var api = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        const string filter = "eenheid=DH&jaar=2021&maatstaf=meldingen&uitsplitsing=geen";
        var regio = Rijen(await web.GetStringAsync(new Uri($"/monitor/dashboard?{filter}", UriKind.Relative)));

        // The hand-computed figures of the fixed data set.
        Assert.Equal(["11", "6", "7", "0", "24"], regio["regio:DH"].Cellen.Select(c => c.Waarde));
        Assert.Equal("8", regio["district:DH-D"].Cellen[0].Waarde);

        // Every area and period the same as /api/v1/monitor/cijfers?editie=intern, with the same reason.
        var perioden = new[] { "2021-K1", "2021-K2", "2021-K3", "2021-K4", "2021" };
        foreach (var (gebied, rij) in regio.Where(r => !r.Key.StartsWith("eenheid:", StringComparison.Ordinal)))
        {
            for (var i = 0; i < perioden.Length; i++)
            {
                var antwoord = JsonDocument.Parse(await api.GetStringAsync(Pad($"/api/v1/monitor/cijfers?maatstaf=meldingen&periode={perioden[i]}&gebied={gebied}&editie=intern")))
                    .RootElement.GetProperty("waarden")[0];
                Assert.Equal(antwoord.GetProperty("waarde").GetDecimal().ToString("0.#", System.Globalization.CultureInfo.InvariantCulture), rij.Cellen[i].Waarde);
                Assert.Equal(antwoord.GetProperty("reden").ValueKind == JsonValueKind.Null ? null : antwoord.GetProperty("reden").GetString(), rij.Cellen[i].Reden);
            }
        }

        // Some cell is hidden in public, and the dashboard says why next to its value.
        Assert.Contains(regio.Values.SelectMany(r => r.Cellen), c => c.Reden is not null);

        // Drill down: the district shows its municipalities, the municipality its quarters.
        var district = Rijen(await web.GetStringAsync(new Uri(regio["district:DH-D"].Link!, UriKind.Relative)));
        Assert.Equal(["3", "6", "0", "0", "9"], district["gemeente:GM0637"].Cellen.Select(c => c.Waarde));
        Assert.Equal("5", district["gemeente:GM1916"].Cellen[0].Waarde);
        var gemeenteHtml = await web.GetStringAsync(new Uri(district["gemeente:GM0637"].Link!, UriKind.Relative));
        Assert.Equal(["3", "6", "0", "0", "9"], Rijen(gemeenteHtml)["gemeente:GM0637"].Cellen.Select(c => c.Waarde));
        Assert.Contains("aria-current=\"page\"", gemeenteHtml, StringComparison.Ordinal);

        // A breakdown adds the categories of the chosen area.
        var melder = await web.GetStringAsync(new Uri($"/monitor/dashboard?eenheid=DH&jaar=2021&maatstaf=meldingen&uitsplitsing=melder&gemeente=GM0637", UriKind.Relative));
        Assert.NotEmpty(Rijen(melder, "categorieen"));
    }

    [Fact]
    public async Task Een_fout_filter_krijgt_een_melding_bij_het_veld_en_geen_tabel()
    {
        var web = await factory.AlsAsync(Rollen.Zorgcoordinator);
        var r = await web.GetAsync(new Uri("/monitor/dashboard?eenheid=DH&jaar=twee&maatstaf=bestaat-niet&district=XX", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("id=\"jaar-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"maatstaf-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"district-fout\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-dashboard=", html, StringComparison.Ordinal);

        // Without signing in there is no dashboard.
        var anoniem = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(new Uri("/monitor/dashboard", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, anoniem.StatusCode);
    }
}

public sealed class MonitorDashboardTestsSqlite(SqliteFactory factory) : MonitorDashboardTests(factory), IClassFixture<SqliteFactory>;

public sealed class MonitorDashboardTestsPostgres(PostgresFactory factory) : MonitorDashboardTests(factory), IClassFixture<PostgresFactory>;
