using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Belasting;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;

namespace Schakel.Web.Tests.Belasting;

/// <summary>
/// Overload: with every turn for CPU work taken, a report is answered 503 with Retry-After (API: problem+json; the
/// public form: the form again, filled in as typed) and nothing is stored; /gezondheid says "druk", with the figures
/// only for a beheerder. The turn is taken by the test itself, so nothing here depends on the machine's speed.
/// </summary>
public abstract partial class OverbelastingTests(SchakelFactory factory)
{
    internal static readonly KeyValuePair<string, string>[] Instellingen =
    [
        new("Belasting:HashGelijktijdig", "1"),
        new("Belasting:MaxWachttijd", "00:00:05"),
        new("Belasting:OpnieuwNa", "00:00:20"),
    ];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPatroon();

    private const string Getypt = "Achter de kas aan de Zijlweg slapen seizoenwerkers in een schuur zonder verwarming.";

    private async Task<int> AantalMeldingenAsync()
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Melding>().CountAsync();
    }

    /// <summary>Takes the only turn until the returned action is called.</summary>
    private async Task<Action> BezetAsync()
    {
        var poort = factory.Services.GetRequiredService<Rekenpoort>();
        var vrij = new ManualResetEventSlim();
        var werk = Task.Run(() => poort.VoerUitAsync("proef", () => vrij.Wait(TimeSpan.FromMinutes(1)), CancellationToken.None));
        for (var i = 0; i < 1000 && poort.Bezig == 0; i++)
        {
            await Task.Delay(10);
        }
        Assert.Equal(1, poort.Bezig);
        return () =>
        {
            vrij.Set();
            werk.Wait();
        };
    }

    [Fact]
    public async Task Zonder_rekenplek_antwoordt_de_api_503_met_retry_after_en_bewaart_niets()
    {
        var client = factory.CreateClient();
        var voor = await AantalMeldingenAsync();
        var vrijgeven = await BezetAsync();
        HttpResponseMessage antwoord;
        try
        {
            antwoord = await client.MeldAsync(MeldpuntApi.MinimaleMelding);
        }
        finally
        {
            vrijgeven();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(20), antwoord.Headers.RetryAfter?.Delta);
        Assert.Equal(voor, await AantalMeldingenAsync());

        // Once the turn is free again the same report is taken.
        Assert.Equal(HttpStatusCode.Created, (await client.MeldAsync(MeldpuntApi.MinimaleMelding)).StatusCode);
    }

    [Fact]
    public async Task Het_formulier_komt_terug_met_503_en_de_getypte_tekst_in_de_taal_van_de_melder()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var html = await client.GetStringAsync(new Uri("/melden", UriKind.Relative));
        var token = TokenPatroon().Match(html).Groups[1].Value;
        var voor = await AantalMeldingenAsync();
        var vrijgeven = await BezetAsync();
        HttpResponseMessage antwoord;
        try
        {
            antwoord = await client.PostAsync(new Uri("/melden", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["acuutGevaar"] = "nee",
                ["melderType"] = "burger",
                ["omschrijving"] = Getypt,
                ["minderjarigBetrokken"] = "onbekend",
            }));
        }
        finally
        {
            vrijgeven();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, antwoord.StatusCode);
        Assert.NotNull(antwoord.Headers.RetryAfter);
        var pagina = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("id=\"te-druk\"", pagina, StringComparison.Ordinal);
        Assert.Contains("It is too busy to send your report right now", pagina, StringComparison.Ordinal);
        Assert.Contains(Getypt, pagina, StringComparison.Ordinal);
        Assert.Contains("tel:112", pagina, StringComparison.Ordinal);
        Assert.Equal(voor, await AantalMeldingenAsync());
    }

    [Fact]
    public async Task Gezondheid_toont_druk_aan_iedereen_en_de_cijfers_alleen_aan_een_beheerder()
    {
        // Signed in first, so the waiting report below is still waiting when the figures are read.
        var beheerder = await factory.AlsAsync(Rollen.Beheerder);
        var coordinator = await factory.AlsAsync(Rollen.Zorgcoordinator);
        var poort = factory.Services.GetRequiredService<Rekenpoort>();
        var vrijgeven = await BezetAsync();
        var wachtende = factory.CreateClient().MeldAsync(MeldpuntApi.MinimaleMelding);
        try
        {
            for (var i = 0; i < 1000 && poort.Wachtend == 0; i++)
            {
                await Task.Delay(5);
            }
            Assert.Equal(1, poort.Wachtend);
            var anoniem = await factory.CreateClient().GetAsync(new Uri("/gezondheid", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, anoniem.StatusCode);
            var kaal = JsonDocument.Parse(await anoniem.Content.ReadAsStringAsync()).RootElement;
            Assert.False(kaal.TryGetProperty("rekenwerk", out _));
            Assert.False(kaal.TryGetProperty("database", out _));

            var detail = JsonDocument.Parse(await beheerder.GetStringAsync(new Uri("/gezondheid", UriKind.Relative))).RootElement;
            Assert.True(detail.GetProperty("database").GetProperty("bereikbaar").GetBoolean());
            Assert.Equal(1, detail.GetProperty("rekenwerk").GetProperty("gelijktijdig").GetInt32());
            Assert.Equal(1, detail.GetProperty("rekenwerk").GetProperty("bezig").GetInt32());
            Assert.Equal(1, detail.GetProperty("rekenwerk").GetProperty("wachtend").GetInt32());
            Assert.Equal("druk", kaal.GetProperty("status").GetString());

            var nietBeheerder = JsonDocument.Parse(await coordinator.GetStringAsync(new Uri("/gezondheid", UriKind.Relative))).RootElement;
            Assert.False(nietBeheerder.TryGetProperty("rekenwerk", out _));
        }
        finally
        {
            vrijgeven();
        }
        // Released before its wait ended, the waiting report is taken after all.
        Assert.Equal(HttpStatusCode.Created, (await wachtende).StatusCode);
    }

    [Fact]
    public void Een_uitgeputte_pool_en_een_volle_server_zijn_overbelasting_andere_fouten_niet()
    {
        var pool = new NpgsqlException("The connection pool has been exhausted", new TimeoutException());
        var server = new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300");

        Assert.NotNull(Overbelasting.Herken(new InvalidOperationException("via EF", pool), factory.Services));
        Assert.NotNull(Overbelasting.Herken(server, factory.Services));
        Assert.Null(Overbelasting.Herken(new NpgsqlException("iets anders"), factory.Services));
        Assert.Null(Overbelasting.Herken(new InvalidOperationException("fout"), factory.Services));
    }
}

public sealed class OverbelastingTestsSqlite(OverbelastingTestsSqlite.Fabriek f) : OverbelastingTests(f), IClassFixture<OverbelastingTestsSqlite.Fabriek>
{
    public sealed class Fabriek : SqliteFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => Instellingen;
    }
}

public sealed class OverbelastingTestsPostgres(OverbelastingTestsPostgres.Fabriek f) : OverbelastingTests(f), IClassFixture<OverbelastingTestsPostgres.Fabriek>
{
    public sealed class Fabriek : PostgresFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => Instellingen;
    }
}
