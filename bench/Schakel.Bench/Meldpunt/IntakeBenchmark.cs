using Schakel.Web.Features.Privacy.Grondslagen;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Security;

namespace Schakel.Bench.Meldpunt;

/// <summary>
/// Intake throughput and latency on SQLite or PostgreSQL, with the services the API uses, and a split of
/// where the time goes: the receipt-code hash, validation plus field encryption, and the database (the rest).
/// Usage: meldpunt [sqlite|postgres "connection string"] [seconds] [rate per second for the steady run]
/// </summary>
public static class IntakeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = args.Length > 0 ? args[0] : "sqlite";
        var verbinding = provider == "postgres"
            ? args.Length > 1 ? args[1] : throw new ArgumentException("postgres vraagt een verbindingsstring")
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"schakel-bench-{Guid.NewGuid():N}.db")}";
        var seconden = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15;
        var tempo = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10;

        await using var diensten = await MaakAsync(provider == "postgres" ? "Postgres" : "Sqlite", verbinding);
        var hasher = diensten.GetRequiredService<OntvangstcodeHasher>();
        var versleuteling = diensten.GetRequiredService<Veldversleuteling>();

        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}");
        Console.WriteLine($"Database: {provider}; PBKDF2-SHA256 iterations: {hasher.Iteraties}");

        // Warm up: JIT, connection pool, SQLite page cache.
        for (var i = 0; i < 20; i++)
        {
            await MeldAsync(diensten);
        }

        var hash = Meet(200, () => hasher.Hash(Ontvangstcode.Nieuw()));
        var rest = Meet(2000, () =>
        {
            var v = MeldingValidatie.Valideer(Invoer);
            versleuteling.Versleutel(v.Melding!.Omschrijving, "x");
            versleuteling.Versleutel(v.Melding.Plaats!, "x");
            versleuteling.Versleutel(v.Melding.Tijdstip!, "x");
            versleuteling.Versleutel("{\"Aantal\":2}", "x");
        });
        Console.WriteLine($"Hash alone: {hash:F2} ms; validation + field encryption: {rest:F3} ms");

        // The split uses means of one report at a time, so waiting for a core does not count as database time.
        var alleen = await GeslotenLusAsync(diensten, 1, Math.Max(5, seconden / 3));
        Console.WriteLine($"Time per report (mean, one at a time, {alleen.Gemiddeld:F1} ms): hash {hash:F1} ms, validation+encryption {rest:F2} ms, database and the rest {alleen.Gemiddeld - hash - rest:F1} ms");

        var volle = await GeslotenLusAsync(diensten, Environment.ProcessorCount, seconden);
        Console.WriteLine($"Capacity ({Environment.ProcessorCount} concurrent, {seconden} s): {volle.PerSeconde:F1} reports/s, p50 {volle.P50:F1} ms, p95 {volle.P95:F1} ms");

        var vast = await VastTempoAsync(diensten, tempo, seconden);
        Console.WriteLine($"Steady load ({tempo}/s for {seconden} s): {vast.PerSeconde:F1} reports/s, p50 {vast.P50:F1} ms, p95 {vast.P95:F1} ms");
        return 0;
    }

    private static readonly MeldingInvoer Invoer = new()
    {
        MelderType = "burger",
        Omschrijving = "Bij de loods aan de haven slapen elke nacht arbeiders in busjes. Er komt een man die geld ophaalt.",
        GemeenteCode = "GM0518",
        Plaats = "Loods aan de haven, achter het tankstation",
        Tijdstip = "sinds een paar weken, vooral 's nachts",
        Uitbuitingsvormen = ["arbeid"],
        Betrokkenen = new BetrokkenenInvoer { Aantal = 6, Geslacht = "man", Taal = "Pools" },
        Taal = "nl",
    };

    private sealed record Uitslag(double PerSeconde, double P50, double P95, double Gemiddeld);

    private static async Task<double> MeldAsync(IServiceProvider diensten)
    {
        var start = Stopwatch.GetTimestamp();
        await using var scope = diensten.CreateAsyncScope();
        var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(Invoer, [], Indiener.Publiek());
        if (!u.Gelukt)
        {
            throw new InvalidOperationException(string.Join("; ", u.Fouten.SelectMany(f => f.Value)));
        }
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static async Task<Uitslag> GeslotenLusAsync(IServiceProvider diensten, int gelijktijdig, int seconden)
    {
        var latenties = new List<double>();
        var einde = Stopwatch.GetTimestamp() + (long)(seconden * Stopwatch.Frequency);
        var start = Stopwatch.GetTimestamp();
        var werkers = Enumerable.Range(0, gelijktijdig).Select(_ => Task.Run(async () =>
        {
            var eigen = new List<double>();
            while (Stopwatch.GetTimestamp() < einde)
            {
                eigen.Add(await MeldAsync(diensten));
            }
            return eigen;
        })).ToList();
        foreach (var w in werkers)
        {
            latenties.AddRange(await w);
        }
        return Vat(latenties, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    /// <summary>Open loop: a report starts every 1/rate seconds whatever the previous ones do, as real traffic would.</summary>
    private static async Task<Uitslag> VastTempoAsync(IServiceProvider diensten, int tempo, int seconden)
    {
        var taken = new List<Task<double>>();
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < tempo * seconden; i++)
        {
            var wacht = TimeSpan.FromSeconds((double)i / tempo) - Stopwatch.GetElapsedTime(start);
            if (wacht > TimeSpan.Zero)
            {
                await Task.Delay(wacht);
            }
            taken.Add(Task.Run(() => MeldAsync(diensten)));
        }
        var latenties = (await Task.WhenAll(taken)).ToList();
        return Vat(latenties, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    private static Uitslag Vat(List<double> latenties, double seconden)
    {
        latenties.Sort();
        return new Uitslag(latenties.Count / seconden, BenchHulp.P(latenties, 50), BenchHulp.P(latenties, 95), latenties.Average());
    }

    private static double Meet(int keer, Action actie)
    {
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < keer; i++)
        {
            actie();
        }
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds / keer;
    }

    /// <summary>The app's services over a fresh database with reference and demo data; <paramref name="meer"/> adds other features' services.</summary>
    internal static async Task<ServiceProvider> MaakAsync(string provider, string verbinding, Action<IServiceCollection, IConfiguration>? meer = null)
    {
        var sleutels = Sleutelbos.Nieuw();
        var instellingen = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Schakel"] = verbinding,
            ["Sleutels:Versleuteling:1"] = Convert.ToBase64String(sleutels.Versleuteling["1"]),
            ["Sleutels:ActieveVersie"] = "1",
            ["Sleutels:Pseudoniem"] = Convert.ToBase64String(sleutels.Pseudoniem),
            ["Sleutels:Ontvangstcode"] = Convert.ToBase64String(sleutels.Ontvangstcode),
            ["Sleutels:Token"] = Convert.ToBase64String(sleutels.Token),
            ["Meldpunt:Organisatie:DH"] = "RSIV Den Haag (ketenregie)",
        };
        var configuratie = new ConfigurationBuilder().AddInMemoryCollection(instellingen).AddEnvironmentVariables("SCHAKEL_").Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuratie);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSchakelData(configuratie);
        services.AddBeveiliging(configuratie, new Omgeving());
        services.AddLocalization();
        services.AddMeldpunt(configuratie);
        // The intake keeps a keyed pseudonym per person for requests of the people concerned (Privacy/Rechten).
        services.AddScoped<Schakel.Web.Features.Privacy.Rechten.Persoonspseudoniemen>();
        // Without a recorded processing basis the reporting point takes no reports (Privacy/Grondslagen seeds them).
        services.AddPrivacyGrondslagen();
        meer?.Invoke(services, configuratie);
        var diensten = services.BuildServiceProvider();
        await using var scope = diensten.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialisatie>().InitialiseerAsync(demoGegevens: true);
        return diensten;
    }

    private sealed class Omgeving : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "Schakel.Bench";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
