using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Schakel.Bench;
using Schakel.Web.Data;
using Schakel.Web.Security.Audit;

// `meldpunt [sqlite|postgres "verbinding"] [seconden] [tempo]`: the reporting point's intake (docs/benchmarks.md).
if (args is ["meldpunt", .. var meldpuntArgs])
{
    Environment.ExitCode = await Schakel.Bench.Meldpunt.IntakeBenchmark.RunAsync(meldpuntArgs);
    return;
}

// `belasting --url http://127.0.0.1:PORT [--melders 200] [--seconden 180]`: reporters against a running app (bench/belasting.sh, docs/benchmarks.md).
if (args is ["belasting", .. var belastingArgs])
{
    Environment.ExitCode = await Schakel.Bench.Belasting.MeldersBelasting.RunAsync(belastingArgs);
    return;
}

// `knooppunten --urls http://127.0.0.1:P1,http://127.0.0.1:P2 --database "verbinding" [--seconden 120] ...`: the busy-night mix over two nodes,
// stepped with `--trappen 10,20,40` (the saturation point), or only live boards with `--alleen borden` (bench/knooppunten.sh, docs/benchmarks.md).
if (args is ["knooppunten", .. var knooppuntenArgs])
{
    Environment.ExitCode = await Schakel.Bench.Belasting.TweeNodesMix.RunAsync(knooppuntenArgs);
    return;
}

// `doorverwijzing [--meldingen n] [--doorverwijzingen n] [--organisaties n] [--herhalingen n] [--bewaar]`: partner inbox and route (docs/benchmarks.md).
if (args is ["doorverwijzing", .. var doorverwijzingArgs])
{
    Environment.ExitCode = await Schakel.Bench.Doorverwijzing.DoorverwijzingBenchmark.RunAsync(doorverwijzingArgs);
    return;
}

// `opvang "postgres verbinding" [--pools n] [--zoekers n] [--seconden n] [--clients n] [--wijzigingen n] [--bedden n]`: the shelter board (docs/benchmarks.md).
if (args is ["opvang", .. var opvangArgs])
{
    Environment.ExitCode = await Schakel.Bench.Opvang.OpvangBenchmark.RunAsync(opvangArgs);
    return;
}

// `monitor [--meldingen 1000000] [--jaren 10] [--herhalingen 5] [--bewaar]`: the monitor's figures on PostgreSQL (docs/benchmarks.md).
if (args is ["monitor", .. var monitorArgs])
{
    Environment.ExitCode = await Schakel.Bench.Monitor.MonitorBenchmark.RunAsync(monitorArgs);
    return;
}

// Audit trail benchmark: append and verify 100,000 entries on SQLite and PostgreSQL.
// A plain Stopwatch harness with repeated runs on fresh databases (see docs/benchmarks.md), because one
// run appends 100,000 rows: BenchmarkDotNet's many iterations would not fit the time budget.
var opties = Opties.Lees(args);
var resultaten = new List<Meting>();
string? eigenCluster = null;
try
{
    foreach (var provider in opties.Providers)
    {
        var beheer = provider == DatabaseProvider.Postgres ? PostgresBeheer(ref eigenCluster) : null;
        for (var run = 1; run <= opties.Runs; run++)
        {
            resultaten.AddRange(await AuditBench.DraaiAsync(provider, beheer, opties, run));
        }
    }
}
finally
{
    if (eigenCluster is not null)
    {
        Process.Start("scripts/pg-stop.sh", eigenCluster).WaitForExit();
    }
}

Console.WriteLine();
Console.WriteLine("| database | meting | aantal | runs | mediaan (s) | min (s) | max (s) | regels/s (mediaan) |");
Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
foreach (var g in resultaten.GroupBy(r => (r.Provider, r.Naam, r.Aantal)))
{
    var s = g.Select(r => r.Duur.TotalSeconds).Order().ToArray();
    var mediaan = s[s.Length / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {g.Key.Provider} | {g.Key.Naam} | {g.Key.Aantal:N0} | {s.Length} | {mediaan:F2} | {s[0]:F2} | {s[^1]:F2} | {g.Key.Aantal / mediaan:N0} |"));
}

static string PostgresBeheer(ref string? eigenCluster)
{
    if (Environment.GetEnvironmentVariable("SCHAKEL_TEST_POSTGRES") is { Length: > 0 } bestaand)
    {
        return bestaand;
    }
    // No cluster given: start the throw-away one the tests use, and stop it afterwards.
    var start = Process.Start(new ProcessStartInfo("scripts/pg-start.sh") { RedirectStandardOutput = true })!;
    var uitvoer = start.StandardOutput.ReadToEnd();
    start.WaitForExit();
    string Waarde(string naam) => uitvoer.Split('\n').Single(r => r.Contains(naam, StringComparison.Ordinal)).Split('"')[1];
    eigenCluster = Waarde("SCHAKEL_PG_DIR");
    return Waarde("SCHAKEL_TEST_POSTGRES");
}

namespace Schakel.Bench
{
    internal sealed record Meting(DatabaseProvider Provider, string Naam, int Aantal, TimeSpan Duur);

    internal sealed record Opties(IReadOnlyList<DatabaseProvider> Providers, int Runs, int Aantal, int Batch, int Enkel)
    {
        public static Opties Lees(string[] args)
        {
            string? Waarde(string naam) => BenchHulp.Waarde(args, naam);
            var providers = Waarde("--db") switch
            {
                "sqlite" => new[] { DatabaseProvider.Sqlite },
                "postgres" => [DatabaseProvider.Postgres],
                _ => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres],
            };
            return new Opties(providers,
                int.Parse(Waarde("--runs") ?? "3", CultureInfo.InvariantCulture),
                int.Parse(Waarde("--aantal") ?? "100000", CultureInfo.InvariantCulture),
                int.Parse(Waarde("--batch") ?? "1000", CultureInfo.InvariantCulture),
                int.Parse(Waarde("--enkel") ?? "2000", CultureInfo.InvariantCulture));
        }
    }

    internal static class AuditBench
    {
        public static async Task<List<Meting>> DraaiAsync(DatabaseProvider provider, string? postgresBeheer, Opties o, int run)
        {
            var map = Directory.CreateTempSubdirectory("schakel-bench-").FullName;
            var database = $"schakel_bench_{Guid.NewGuid():N}";
            var verbinding = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(map, "bench.db")}"
                : new NpgsqlConnectionStringBuilder(postgresBeheer) { Database = database }.ConnectionString;
            if (provider == DatabaseProvider.Postgres)
            {
                await VoerUitAsync(postgresBeheer!, $"CREATE DATABASE \"{database}\"");
            }
            try
            {
                await using var services = Services(provider, verbinding);
                await using (var scope = services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<DatabaseInitialisatie>().MigreerAsync();
                }
                var audit = services.GetRequiredService<AuditTrail>();
                var metingen = new List<Meting>();

                var klok = Stopwatch.StartNew();
                for (var i = 0; i < o.Aantal; i += o.Batch)
                {
                    await audit.SchrijfAsync(Enumerable.Range(i, Math.Min(o.Batch, o.Aantal - i)).Select(Invoer).ToList());
                }
                metingen.Add(new(provider, $"toevoegen in transacties van {o.Batch:N0}", o.Aantal, klok.Elapsed));

                klok.Restart();
                var uitkomst = await audit.VerifieerAsync();
                metingen.Add(new(provider, "verifiëren", (int)uitkomst.AantalGecontroleerd, klok.Elapsed));
                if (!uitkomst.Intact || uitkomst.AantalGecontroleerd != o.Aantal)
                {
                    throw new InvalidOperationException($"Verificatie klopt niet: {uitkomst}");
                }

                // One entry per transaction, as a web request writes it, on top of the 100,000 already there.
                klok.Restart();
                for (var i = 0; i < o.Enkel; i++)
                {
                    await audit.SchrijfAsync([Invoer(o.Aantal + i)]);
                }
                metingen.Add(new(provider, "los toevoegen (1 per transactie)", o.Enkel, klok.Elapsed));

                foreach (var m in metingen)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider} run {run}: {m.Naam}: {m.Aantal:N0} in {m.Duur.TotalSeconds:F2} s"));
                }
                return metingen;
            }
            finally
            {
                if (provider == DatabaseProvider.Postgres)
                {
                    NpgsqlConnection.ClearAllPools();
                    await VoerUitAsync(postgresBeheer!, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
                }
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(map, recursive: true);
            }
        }

        private static AuditInvoer Invoer(int i) => new(
            AuditActor.Medewerker(new Guid(i, 0, 0, new byte[8]), Guid.Empty), "melding.gelezen", "melding", $"m{i}", AuditResultaat.Gelukt, Herkomst.Web);

        private static ServiceProvider Services(DatabaseProvider provider, string verbinding)
        {
            var configuratie = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["ConnectionStrings:Schakel"] = verbinding,
            }).Build();
            var services = new ServiceCollection();
            services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
            services.AddSchakelData(configuratie);
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<AuditOnderbreking>();
            services.AddSingleton<AuditTrail>();
            return services.BuildServiceProvider();
        }

        private static async Task VoerUitAsync(string beheer, string sql)
        {
            await using var v = new NpgsqlConnection(beheer);
            await v.OpenAsync();
            await using var c = new NpgsqlCommand(sql, v);
            await c.ExecuteNonQueryAsync();
        }
    }
}
