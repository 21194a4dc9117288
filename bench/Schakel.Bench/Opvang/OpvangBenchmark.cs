using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OtpNet;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using static Schakel.Bench.BenchHulp;

namespace Schakel.Bench.Opvang;

/// <summary>
/// The shelter board on PostgreSQL with the whole app running on Kestrel: 2,000 pools across the country, the
/// match query under concurrent searchers, holds on one contended pool (checked afterwards), and the time from an
/// occupancy change to its arrival at every connected board.
/// Usage: opvang "postgres connection string to an empty database" [--pools 2000] [--zoekers 100] [--seconden 10]
///        [--clients 500] [--wijzigingen 20] [--bedden 200]
/// </summary>
public static partial class OpvangBenchmark
{
    private static int Paginagrootte = Schakel.Web.Features.Opvang.Zoeken.Zoekpagina.StandaardGrootte;

    public static async Task<int> RunAsync(string[] args)
    {
        var verbinding = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : throw new ArgumentException("geef een PostgreSQL-verbindingsstring");
        int Optie(string naam, int standaard) => Array.IndexOf(args, naam) is var i and >= 0 ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : standaard;
        var pools = Optie("--pools", 2000);
        var zoekers = Optie("--zoekers", 100);
        var seconden = Optie("--seconden", 10);
        var clients = Optie("--clients", 500);
        var wijzigingen = Optie("--wijzigingen", 20);
        var bedden = Optie("--bedden", 200);
        // `--paginagrootte 20`: the search shows and explains one page of fitting pools, as the page and the API do.
        Paginagrootte = Optie("--paginagrootte", Schakel.Web.Features.Opvang.Zoeken.Zoekpagina.StandaardGrootte);
        // `--alleen zoeken`: only the match query (the slow part to measure before and after a change).
        var alleen = Array.IndexOf(args, "--alleen") is var a and >= 0 ? args[a + 1] : null;

        await using var app = new App(verbinding);
        app.Start();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}; app on {app.Adres}; load average {Cpu.Belasting()}");

        var (shop, opvangOrganisatie) = await OrganisatiesAsync(app);
        var poolIds = await ZaaiPoolsAsync(app, opvangOrganisatie, pools);
        Console.WriteLine($"Pools in the database: {await TelAsync(app, db => db.Set<Plekkenpool>().CountAsync())}");
        // Written around the app's change events: the search's read model is told to reload, as on start.
        app.Services.GetRequiredService<Schakel.Web.Features.Opvang.Zoeken.PoolLeesmodel>().AllesOpnieuw();

        var coordinator = Persoon(shop, Rollen.Zorgcoordinator);
        // `--alleen vasthouden`: only the holds on one contended pool.
        if (alleen == "vasthouden")
        {
            await HoldsAsync(app, coordinator, opvangOrganisatie, bedden);
            return 0;
        }
        await MatchesAsync(app, coordinator, 1, Math.Min(seconden, 5));
        await MatchesAsync(app, coordinator, zoekers, seconden);
        var geconcentreerd = Optie("--geconcentreerd", 0);
        if (geconcentreerd > 0)
        {
            await ConcentreerAsync(app, coordinator, poolIds.Take(5).ToList(), geconcentreerd);
            Console.Write($"With {geconcentreerd} live holds in 5 pools — ");
            await MatchesAsync(app, coordinator, zoekers, seconden);
        }
        Console.WriteLine($"Load average after the searches: {Cpu.Belasting()}");
        if (alleen == "zoeken")
        {
            return 0;
        }
        await HoldsAsync(app, coordinator, opvangOrganisatie, bedden);
        await FanOutAsync(app, opvangOrganisatie, poolIds[0], clients, wijzigingen);
        return 0;
    }

    private static async Task MatchesAsync(App app, ClaimsPrincipal coordinator, int zoekers, int seconden)
    {
        var verzoeken = new List<Guid>();
        for (var i = 0; i < zoekers; i++)
        {
            verzoeken.Add(await MaakVerzoekAsync(app, coordinator, i));
        }
        // Warm up: JIT, pools, plans.
        await ZoekAsync(app, coordinator, verzoeken[0]);

        var latenties = new ConcurrentBag<double>();
        var cpu = Cpu.Nu();
        var einde = Stopwatch.GetTimestamp() + (long)(seconden * Stopwatch.Frequency);
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(verzoeken.Select(v => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < einde)
            {
                latenties.Add(await ZoekAsync(app, coordinator, v));
            }
        })));
        var duur = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var na = Cpu.Nu();
        var l = latenties.Order().ToList();
        // CPU per search: the app's process (bench threads included, which are idle between calls) and the bench's
        // PostgreSQL cluster; on a shared machine other processes do not count, but they do stretch the latencies.
        var app_ms = (na.App - cpu.App) * 1000 / l.Count;
        var db_ms = (na.Database - cpu.Database) * 1000 / l.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Match query, {zoekers} concurrent searchers for {seconden} s: {l.Count} searches, {l.Count / duur:F1}/s, p50 {P(l, 50):F1} ms, p95 {P(l, 95):F1} ms, max {l[^1]:F0} ms; CPU per search {app_ms + db_ms:F2} ms (app {app_ms:F2}, PostgreSQL {db_ms:F2}); load average {Cpu.Belasting()}"));
    }

    private static async Task<double> ZoekAsync(App app, ClaimsPrincipal coordinator, Guid verzoek)
    {
        var start = Stopwatch.GetTimestamp();
        await using var scope = app.Services.CreateAsyncScope();
        var uitkomst = await scope.ServiceProvider.GetRequiredService<OpvangService>().MatchesAsync(coordinator, verzoek, new Schakel.Web.Features.Opvang.Zoeken.Zoekpagina(1, Paginagrootte));
        if (uitkomst is not Uitkomst<Matchoverzicht>.Gelukt)
        {
            throw new InvalidOperationException("matches mislukt");
        }
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <summary>Holds concentrated in a few pools (capacity raised to make room), written directly, then the read model told.</summary>
    private static async Task ConcentreerAsync(App app, ClaimsPrincipal coordinator, List<Guid> pools, int aantal)
    {
        var verzoek = await MaakVerzoekAsync(app, coordinator, 0);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var organisatie = await db.Set<Plaatsingsverzoek>().Where(v => v.Id == verzoek).Select(v => v.AanvragerOrganisatieId).SingleAsync();
        foreach (var pool in await db.Set<Plekkenpool>().Where(p => pools.Contains(p.Id)).ToListAsync())
        {
            pool.Capaciteit += aantal / pools.Count + 1;
            // Each hold below counts on its pool's row, as a hold made by the service does.
            pool.Vastgehouden += Enumerable.Range(0, aantal).Count(i => pools[i % pools.Count] == pool.Id);
        }
        for (var i = 0; i < aantal; i++)
        {
            db.Add(new Reservering
            {
                Id = Guid.NewGuid(), PlaatsingsverzoekId = verzoek, PlekkenpoolId = pools[i % pools.Count], AanvragerOrganisatieId = organisatie,
                Stap = Stap.EersteOpvang, IdempotencyKey = $"bench-{i}", AangemaaktOp = DateTimeOffset.UtcNow,
                VerlooptOp = DateTimeOffset.UtcNow.AddHours(1), Status = ReserveringStatus.Actief,
            });
        }
        await db.SaveChangesAsync();
        app.Services.GetRequiredService<Schakel.Web.Features.Opvang.Zoeken.PoolLeesmodel>().AllesOpnieuw();
    }

    /// <summary>
    /// Many requesters race for one pool: count holds per second, then prove no bed went twice. A smaller pool is held
    /// first, so the JIT has compiled the hold's path before the clock starts, as on a node that has been running.
    /// Two runs: the contended one asks two requests per bed, so its rate mixes granted holds with refusals (which are
    /// refused before the lock once the pool is full); the second asks one request per bed, so every request is a hold
    /// that goes through the lock and its rate is that of the granted holds alone.
    /// </summary>
    private static async Task HoldsAsync(App app, ClaimsPrincipal coordinator, Guid opvangOrganisatie, int bedden)
    {
        Console.Write("Warm-up — ");
        await HoldsAsync(app, coordinator, opvangOrganisatie, Math.Min(bedden, 100), Math.Min(bedden, 100) * 2, "Bench opwarmen");
        await HoldsAsync(app, coordinator, opvangOrganisatie, bedden, bedden * 2, "Bench druk");
        await HoldsAsync(app, coordinator, opvangOrganisatie, bedden, bedden, "Bench alles toegekend");
    }

    private static async Task HoldsAsync(App app, ClaimsPrincipal coordinator, Guid opvangOrganisatie, int bedden, int pogingen, string naam)
    {
        var pool = (await ZaaiPoolsAsync(app, opvangOrganisatie, 1, bedden, naam))[0];
        app.Services.GetRequiredService<Schakel.Web.Features.Opvang.Zoeken.PoolLeesmodel>().Gewijzigd(pool);
        var verzoeken = new List<Guid>();
        for (var i = 0; i < pogingen; i++)
        {
            verzoeken.Add(await MaakVerzoekAsync(app, coordinator, i));
        }
        var gelukt = 0;
        var geweigerd = 0;
        // A mark for a profiler attached to this process: what follows is only the holds.
        Console.WriteLine($"{pogingen} placement requests made; the holds start now.");
        var cpu = Cpu.Nu();
        var start = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(verzoeken, new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (verzoek, ct) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var uitkomst = await scope.ServiceProvider.GetRequiredService<OpvangService>()
                .ReserveerAsync(coordinator, verzoek, pool, Guid.NewGuid().ToString(), Herkomst.Api, ct);
            _ = uitkomst is Uitkomst<Reservering>.Gelukt ? Interlocked.Increment(ref gelukt) : Interlocked.Increment(ref geweigerd);
        });
        var duur = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var na = Cpu.Nu();
        // CPU per request (granted or refused), as for the search: the app's process and the bench's PostgreSQL cluster.
        var app_ms = (na.App - cpu.App) * 1000 / pogingen;
        var db_ms = (na.Database - cpu.Database) * 1000 / pogingen;
        var actief = await TelAsync(app, db => db.Set<Reservering>().CountAsync(r => r.PlekkenpoolId == pool && r.Status == ReserveringStatus.Actief));
        // The pool's held beds, which the hold reads under the lock, must say the same.
        var vastgehouden = await TelAsync(app, db => db.Set<Plekkenpool>().Where(p => p.Id == pool).Select(p => p.Vastgehouden).SingleAsync());
        var verwacht = Math.Min(bedden, pogingen);
        var klopt = actief == verwacht && gelukt == verwacht && vastgehouden == verwacht;
        var oordeel = $"active holds afterwards {actief}, held beds on the pool {vastgehouden} — {(klopt ? "correct: no bed given twice" : "WRONG")}";
        Console.WriteLine(pogingen > bedden
            ? string.Create(CultureInfo.InvariantCulture,
                $"Holds on one pool of {bedden} beds, {pogingen} requests by 50 at a time: {gelukt} granted, {geweigerd} refused (409) in {duur:F1} s = {pogingen / duur:F0} requests/s, {gelukt / duur:F0} holds/s; CPU per request {app_ms + db_ms:F2} ms (app {app_ms:F2}, PostgreSQL {db_ms:F2}); load average {Cpu.Belasting()}; {oordeel}")
            : string.Create(CultureInfo.InvariantCulture,
                $"Granted holds only, one pool of {bedden} beds, {pogingen} requests by 50 at a time: {gelukt} granted, {geweigerd} refused in {duur:F1} s = {gelukt / duur:F0} holds/s; CPU per hold {app_ms + db_ms:F2} ms (app {app_ms:F2}, PostgreSQL {db_ms:F2}); load average {Cpu.Belasting()}; {oordeel}"));
        if (!klopt)
        {
            throw new InvalidOperationException("Er is een bed twee keer gegeven.");
        }
    }

    /// <summary>Boards connected over real WebSockets; the clock starts just before the change is saved.</summary>
    private static async Task FanOutAsync(App app, Guid opvangOrganisatie, Guid pool, int clients, int wijzigingen)
    {
        var cookie = await AanmeldCookieAsync(app.Adres, DemoAccounts.Voor(Rollen.Zorgcoordinator));
        var ontvangen = new ConcurrentDictionary<int, ConcurrentBag<long>>();
        var verbindingen = new List<HubConnection>();
        for (var i = 0; i < clients; i++)
        {
            var verbinding = new HubConnectionBuilder()
                .WithUrl(new Uri(app.Adres, "/hubs/opvang"), o => o.Headers["Cookie"] = cookie)
                .Build();
            verbinding.On<System.Text.Json.JsonElement>("beschikbaarheid", bericht =>
            {
                var moment = Stopwatch.GetTimestamp();
                if (bericht.GetProperty("poolId").GetGuid() == pool)
                {
                    ontvangen.GetOrAdd(bericht.GetProperty("bezet").GetInt32(), _ => []).Add(moment);
                }
            });
            verbindingen.Add(verbinding);
        }
        await Parallel.ForEachAsync(verbindingen, new ParallelOptions { MaxDegreeOfParallelism = 20 }, async (v, ct) => await v.StartAsync(ct));

        var opvang = Persoon(opvangOrganisatie, Rollen.Opvangmedewerker);
        var latenties = new List<double>();
        var gemist = 0;
        for (var w = 1; w <= wijzigingen; w++)
        {
            var start = Stopwatch.GetTimestamp();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var stand = await scope.ServiceProvider.GetRequiredService<OpvangService>().PoolStandAsync(pool);
                await scope.ServiceProvider.GetRequiredService<OpvangService>().ZetBezettingAsync(opvang, stand!.Locatie.Id, pool, w % 2, 0, Herkomst.Api);
            }
            // Let every board hear it before the next change (a guard, then count what did not arrive).
            var tot = Stopwatch.GetTimestamp() + 10 * Stopwatch.Frequency;
            while ((ontvangen.TryGetValue(w % 2, out var b) ? b.Count : 0) < clients && Stopwatch.GetTimestamp() < tot)
            {
                await Task.Delay(5);
            }
            var aankomsten = ontvangen.TryRemove(w % 2, out var bag) ? bag.ToList() : [];
            gemist += clients - aankomsten.Count;
            latenties.AddRange(aankomsten.Select(a => Stopwatch.GetElapsedTime(start, a).TotalMilliseconds));
            await Task.Delay(200);
        }
        foreach (var v in verbindingen)
        {
            await v.DisposeAsync();
        }
        latenties.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Occupancy change to {clients} connected boards, {wijzigingen} changes: {latenties.Count} deliveries, {gemist} missed; from the start of the save: p50 {P(latenties, 50):F0} ms, p95 {P(latenties, 95):F0} ms, max {latenties[^1]:F0} ms"));
    }

    private static async Task<Guid> MaakVerzoekAsync(App app, ClaimsPrincipal coordinator, int i)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var vormen = Enum.GetValues<Uitbuitingsvorm>();
        var uitkomst = await scope.ServiceProvider.GetRequiredService<OpvangService>().MaakVerzoekAsync(coordinator, new Plaatsingsverzoek
        {
            Id = Guid.NewGuid(),
            Behoefte = new Behoefte
            {
                Geslacht = i % 3 == 0 ? Geslacht.Man : Geslacht.Vrouw, Leeftijdscategorie = Leeftijdscategorie.Van23Tot29,
                Uitbuitingsvormen = [vormen[i % 3]], Talen = i % 4 == 0 ? ["pl"] : ["nl"], Urgentie = Urgentie.Acuut,
            },
            GevondenOp = DateTimeOffset.UtcNow.AddMinutes(-30), GevondenInGemeenteCode = "GM0518", Urgentie = Urgentie.Acuut,
        }, Herkomst.Api);
        return uitkomst is Uitkomst<Plaatsingsverzoek>.Gelukt g ? g.Waarde.Id : throw new InvalidOperationException("verzoek mislukt");
    }

    /// <summary>Pools spread over ~400 municipalities across the country, with a realistic mix of types and criteria.</summary>
    private static async Task<List<Guid>> ZaaiPoolsAsync(App app, Guid organisatie, int aantal, int capaciteit = 0, string naam = "Bench")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var rnd = new Random(aantal);
        var typen = Enum.GetValues<Opvangtype>();
        var ids = new List<Guid>();
        for (var l = 0; l < Math.Max(1, aantal / 4); l++)
        {
            var locatie = new Opvanglocatie
            {
                Id = Guid.NewGuid(), OrganisatieId = organisatie, Naam = $"{naam} locatie {l}", GemeenteCode = $"GM{rnd.Next(1, 400):D4}",
                GemeenteNaam = $"Gemeente {l}", Breedtegraad = 50.8 + rnd.NextDouble() * 2.6, Lengtegraad = 3.4 + rnd.NextDouble() * 3.6,
                Contact24Uur = "0800-0000000",
            };
            for (var p = 0; p < 4 && ids.Count < aantal; p++)
            {
                var pool = new Plekkenpool
                {
                    Id = Guid.NewGuid(), OpvanglocatieId = locatie.Id, Naam = $"Pool {p}", Type = typen[rnd.Next(typen.Length)],
                    Fase = (Fase)rnd.Next(3), Capaciteit = capaciteit > 0 ? capaciteit : rnd.Next(2, 12), BijgewerktOp = DateTimeOffset.UtcNow,
                    Criteria = new PlekkenpoolCriteria
                    {
                        Geslachten = rnd.Next(3) switch { 0 => [Geslacht.Vrouw], 1 => [Geslacht.Man], _ => PlekkenpoolCriteria.AlleGeslachten },
                        Talen = rnd.Next(4) == 0 ? ["nl", "en", "pl"] : ["nl", "en"],
                        VerslavingToegelaten = rnd.Next(3) == 0, MultiproblematiekToegelaten = rnd.Next(2) == 0,
                    },
                };
                pool.Bezet = capaciteit > 0 ? 0 : rnd.Next(pool.Capaciteit + 1);
                locatie.Plekkenpools.Add(pool);
                ids.Add(pool.Id);
            }
            db.Add(locatie);
        }
        await db.SaveChangesAsync();
        return ids;
    }

    private static async Task<(Guid Shop, Guid Opvang)> OrganisatiesAsync(App app) =>
        (await TelAsync(app, db => db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.Shop).Select(o => o.Id).SingleAsync()),
         await TelAsync(app, db => db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.OpvangHaaglanden).Select(o => o.Id).SingleAsync()));

    private static async Task<T> TelAsync<T>(App app, Func<SchakelDbContext, Task<T>> vraag)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await vraag(scope.ServiceProvider.GetRequiredService<SchakelDbContext>());
    }

    /// <summary>A signed-in professional as the claims contract describes, for calling the services directly.</summary>
    private static ClaimsPrincipal Persoon(Guid organisatie, string rol) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(SchakelClaims.Organisatie, organisatie.ToString()), new Claim(ClaimTypes.Role, rol)],
        "bench"));

    // Any type of the web assembly names its entry point; the bench has a Program of its own.
    private sealed class App(string verbinding) : WebApplicationFactory<SchakelDbContext>
    {
        public Uri Adres { get; private set; } = new("http://127.0.0.1/");

        public void Start()
        {
            // The web project's folder is the content root (pages, static files); found upwards from the bench.
            var map = new DirectoryInfo(AppContext.BaseDirectory);
            while (map is not null && !File.Exists(Path.Combine(map.FullName, "src", "Schakel.Web", "Schakel.Web.csproj")))
            {
                map = map.Parent;
            }
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SCHAKEL_WEB",
                Path.Combine(map?.FullName ?? throw new DirectoryNotFoundException("src/Schakel.Web niet gevonden"), "src", "Schakel.Web"));
            UseKestrel(0);
            StartServer();
            Adres = ClientOptions.BaseAddress;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            var sleutels = Sleutelbos.Nieuw();
            builder.UseEnvironment("Development");
            builder.UseSetting("urls", "http://127.0.0.1:0");
            builder.UseSetting("Database:Provider", "Postgres");
            // Every searcher holds a connection while it searches: room for all of them, and patience on a busy machine.
            builder.UseSetting("ConnectionStrings:Schakel", verbinding + ";Maximum Pool Size=250;Timeout=120;Command Timeout=300");
            builder.UseSetting("DemoGegevens", "true");
            builder.UseSetting("Email:Map", Path.Combine(Path.GetTempPath(), "schakel-bench-mail"));
            foreach (var (versie, sleutel) in sleutels.Versleuteling)
            {
                builder.UseSetting($"Sleutels:Versleuteling:{versie}", Convert.ToBase64String(sleutel));
            }
            builder.UseSetting("Sleutels:ActieveVersie", sleutels.ActieveVersie);
            builder.UseSetting("Sleutels:Pseudoniem", Convert.ToBase64String(sleutels.Pseudoniem));
            builder.UseSetting("Sleutels:Ontvangstcode", Convert.ToBase64String(sleutels.Ontvangstcode));
            builder.UseSetting("Sleutels:Token", Convert.ToBase64String(sleutels.Token));
            builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        }
    }
}
