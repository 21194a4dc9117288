using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Schakel.Web.Data;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;

namespace Schakel.Web.Tests.Beveiliging;

/// <summary>
/// Backup and restore, database and key file kept apart (README "Back-up en herstel"): restored with its key file,
/// receipt codes work and the audit chain verifies; restored without it, the app refuses to start and says what is
/// missing, instead of making new keys that turn every receipt code into a 404.
/// </summary>
public abstract class SleutelherstelTests : IAsyncLifetime
{
    private readonly string _map = Directory.CreateTempSubdirectory("schakel-herstel-").FullName;

    protected abstract DatabaseProvider Provider { get; }

    protected abstract Task<string> NieuweDatabaseAsync();

    /// <summary>The back-up and restore of this provider: a copy of the database under a new name.</summary>
    protected abstract Task<string> HerstelKopieAsync(string verbinding);

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        Directory.Delete(_map, recursive: true);
        return Task.CompletedTask;
    }

    protected string Map => _map;

    [Fact]
    public async Task Met_het_sleutelbestand_werken_ontvangstcodes_en_de_auditketen_zonder_weigert_de_start()
    {
        var sleutelbestand = Path.Combine(_map, "keys", "sleutels.json");
        Directory.CreateDirectory(Path.GetDirectoryName(sleutelbestand)!);
        await File.WriteAllTextAsync(sleutelbestand, Sleutelbos.NaarBestand(Sleutelbos.Nieuw()));

        var bron = await NieuweDatabaseAsync();
        string code;
        await using (var app = new App(Provider, bron, sleutelbestand))
        {
            var antwoord = await app.CreateClient().MeldAsync(MeldpuntApi.MinimaleMelding);
            var tekst = await antwoord.Content.ReadAsStringAsync();
            Assert.True(antwoord.StatusCode == HttpStatusCode.Created, $"{(int)antwoord.StatusCode} {tekst}");
            code = System.Text.Json.JsonDocument.Parse(tekst).RootElement.GetProperty("ontvangstcode").GetString()!;
            // Entries in the chain, so the verification after the restore has something to check.
            var audit = app.Services.GetRequiredService<AuditTrail>();
            for (var i = 0; i < 3; i++)
            {
                await audit.SchrijfAsync(AuditActor.Systeem, "herstel.proef", "Test", i.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditResultaat.Gelukt, Herkomst.Systeem);
            }
        }

        // The database back-up restored next to the key file that belongs to it.
        var hersteld = await HerstelKopieAsync(bron);
        await using (var app = new App(Provider, hersteld, sleutelbestand))
        {
            var status = await app.CreateClient().StatusAsync(code);
            Assert.Equal(HttpStatusCode.OK, status.StatusCode);
            var verificatie = await app.Services.GetRequiredService<AuditTrail>().VerifieerAsync();
            Assert.True(verificatie.Intact, verificatie.Reden);
            Assert.True(verificatie.AantalGecontroleerd >= 3);
        }

        // The same back-up without its key file: Development would make new keys; the start is refused instead.
        var zonder = Path.Combine(_map, "leeg", "sleutels.json");
        await using (var app = new App(Provider, await HerstelKopieAsync(bron), zonder))
        {
            var fout = Assert.ThrowsAny<Exception>(() => app.CreateClient());
            var bericht = string.Join(" | ", Ketting(fout).Select(e => e.Message));
            Assert.Contains("passen niet bij deze database", bericht);
            Assert.Contains("Sleutels:Ontvangstcode", bericht);
            Assert.Contains("Zet het sleutelbestand terug", bericht);
        }
        // The key file that refused start made is gone again, so restoring the right one is all that is left to do.
        Assert.False(File.Exists(zonder));
    }

    private static IEnumerable<Exception> Ketting(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
            if (x is AggregateException a)
            {
                foreach (var binnen in a.InnerExceptions.SelectMany(Ketting))
                {
                    yield return binnen;
                }
            }
        }
    }

    /// <summary>The app on a given database with keys only from a key file (Development, as after a restore on a workstation).</summary>
    private sealed class App(DatabaseProvider provider, string verbinding, string sleutelbestand) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", provider.ToString());
            builder.UseSetting("ConnectionStrings:Schakel", verbinding);
            builder.UseSetting("DemoGegevens", "true");
            builder.UseSetting("Sleutels:Bestand", sleutelbestand);
            builder.UseSetting("Email:Map", Path.Combine(Path.GetDirectoryName(sleutelbestand)!, "mail"));
            builder.UseSetting("Email:Interval", "01:00:00");
        }
    }
}

public sealed class SleutelherstelTestsSqlite : SleutelherstelTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> NieuweDatabaseAsync() => Task.FromResult($"Data Source={Path.Combine(Map, "schakel.db")};Pooling=False");

    /// <summary>SQLite's back-up is a copy of the file while the app is stopped.</summary>
    protected override Task<string> HerstelKopieAsync(string verbinding)
    {
        var kopie = Path.Combine(Map, $"hersteld-{Guid.NewGuid():N}.db");
        File.Copy(Path.Combine(Map, "schakel.db"), kopie);
        return Task.FromResult($"Data Source={kopie};Pooling=False");
    }
}

public sealed class SleutelherstelTestsPostgres : SleutelherstelTests
{
    private const string PgBin = "/usr/lib/postgresql/15/bin";
    private readonly List<string> _databases = [];

    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override async Task<string> NieuweDatabaseAsync() => await MaakAsync($"schakel_herstel_{Guid.NewGuid():N}");

    /// <summary>pg_dump in the custom format, pg_restore into a new database of the same cluster.</summary>
    protected override async Task<string> HerstelKopieAsync(string verbinding)
    {
        var bron = new NpgsqlConnectionStringBuilder(verbinding);
        var dump = Path.Combine(Map, $"{bron.Database}-{Guid.NewGuid():N}.dump");
        await VoerUitAsync("pg_dump", $"-h {bron.Host} -p {bron.Port} -U {bron.Username} -Fc -f {dump} {bron.Database}");
        var doel = await MaakAsync($"schakel_hersteld_{Guid.NewGuid():N}");
        var d = new NpgsqlConnectionStringBuilder(doel);
        await VoerUitAsync("pg_restore", $"-h {d.Host} -p {d.Port} -U {d.Username} --no-owner -d {d.Database} {dump}");
        return doel;
    }

    private async Task<string> MaakAsync(string naam)
    {
        await using var verbinding = new NpgsqlConnection(PostgresFactory.Beheerverbinding);
        await verbinding.OpenAsync();
        await using var opdracht = new NpgsqlCommand($"CREATE DATABASE \"{naam}\"", verbinding);
        await opdracht.ExecuteNonQueryAsync();
        _databases.Add(naam);
        return new NpgsqlConnectionStringBuilder(PostgresFactory.Beheerverbinding) { Database = naam }.ConnectionString;
    }

    private static async Task VoerUitAsync(string programma, string argumenten)
    {
        using var proces = Process.Start(new ProcessStartInfo(Path.Combine(PgBin, programma), argumenten)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var fout = await proces.StandardError.ReadToEndAsync();
        await proces.WaitForExitAsync();
        Assert.True(proces.ExitCode == 0, $"{programma}: {fout}");
    }

    public override async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var verbinding = new NpgsqlConnection(PostgresFactory.Beheerverbinding);
        await verbinding.OpenAsync();
        foreach (var naam in _databases)
        {
            await using var opdracht = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{naam}\" WITH (FORCE)", verbinding);
            await opdracht.ExecuteNonQueryAsync();
        }
        await base.DisposeAsync();
    }
}
