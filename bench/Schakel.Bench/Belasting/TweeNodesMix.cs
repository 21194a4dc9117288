using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.ApiClients;
using Schakel.Web.Features.Opvang;
using static Schakel.Bench.BenchHulp;

namespace Schakel.Bench.Belasting;

/// <summary>
/// The mix of a busy night over two app nodes (bench/knooppunten.sh starts them on one PostgreSQL and one Redis): public
/// reports, shelter searches, holds, live boards and staff pages, every request to either node in turn, as a load balancer
/// without affinity would send them. Afterwards: every acknowledged report is found by its code (on the other node), and no
/// pool has more active holds than free beds. Loopback only, bounded in time, stops by itself.
/// Usage: knooppunten --urls http://127.0.0.1:P1,http://127.0.0.1:P2 --database "postgres verbinding" [--seconden 120]
///        [--melders 20] [--zoekers 20] [--houders 10] [--borden 50] [--medewerkers 10]
/// Stepped (the saturation point): [--trappen 10,20,40,80,160] [--stap 10] [--opwarmen 5] [--knopen 1,2] [--borden 50]:
///        per number of nodes, a warm-up and then every step for a fixed window, the actors in the default mix's proportions.
/// Live boards only: --alleen borden [--borden 500] [--wijzigingen 20] (TweeNodesBorden).
/// </summary>
public static partial class TweeNodesMix
{
    private sealed record Meting(string Soort, int Status, double Ms);

    /// <summary>The kinds of request a step reports its p95 for, in the table's order.</summary>
    private static readonly string[] Soorten = ["melding", "plaatsingsverzoek", "zoeken", "reservering", "medewerkerspagina"];
    private static readonly string[] Koppen = ["report", "request", "search", "hold", "staff"];

    /// <summary>How many actors of each kind; a step keeps the default mix's proportions 2:2:1:1.</summary>
    private sealed record Samenstelling(int Melders, int Zoekers, int Houders, int Medewerkers)
    {
        public static Samenstelling Voor(int actoren)
        {
            var zesde = actoren / 6.0;
            int Deel(double d) => Math.Max(1, (int)Math.Round(d, MidpointRounding.AwayFromZero));
            return new(Deel(2 * zesde), Deel(2 * zesde), Deel(zesde), Deel(zesde));
        }
    }

    private sealed record Trede(int Actoren, double PerSeconde, double P95);

    /// <summary>
    /// The first step whose throughput grew less than 10 % over the step before while the p95 of all requests rose more
    /// than 25 %: more actors only queue there. The step before is the most the node(s) carried with waiting time to spare.
    /// </summary>
    private static string Verzadiging(List<Trede> treden)
    {
        for (var i = 1; i < treden.Count; i++)
        {
            var (vorige, deze) = (treden[i - 1], treden[i]);
            if (deze.PerSeconde < vorige.PerSeconde * 1.10 && deze.P95 > vorige.P95 * 1.25)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"at {deze.Actoren} actors — {deze.PerSeconde:0.0} requests/s, {(deze.PerSeconde / vorige.PerSeconde - 1) * 100:+0;-0} % over {vorige.Actoren} actors, while the p95 rose from {vorige.P95:0} to {deze.P95:0} ms; the most carried: {treden.Max(t => t.PerSeconde):0.0} requests/s");
            }
        }
        var laatste = treden[^1];
        return string.Create(CultureInfo.InvariantCulture,
            $"not reached up to {laatste.Actoren} actors ({laatste.PerSeconde:0.0} requests/s, p95 {laatste.P95:0} ms)");
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var nodes = (Waarde(args, "--urls") ?? throw new ArgumentException("--urls ontbreekt")).Split(',').Select(u => new Uri(u)).ToArray();
        if (nodes.Length != 2 || nodes.Any(n => !IPAddress.IsLoopback(Dns.GetHostAddresses(n.Host)[0])))
        {
            throw new ArgumentException("Twee adressen, alleen op loopback: dit is een belastingstest.");
        }
        var database = Waarde(args, "--database") ?? throw new ArgumentException("--database ontbreekt");
        if (Waarde(args, "--alleen") == "borden")
        {
            return await TweeNodesBorden.RunAsync(nodes, database, args);
        }
        int Getal(string naam, int standaard) => BenchHulp.Getal(args, naam, standaard);
        static int[] Getallen(string? lijst) => lijst is null ? [] : [.. lijst.Split(',').Select(g => int.Parse(g, CultureInfo.InvariantCulture))];
        var duur = TimeSpan.FromSeconds(Getal("--seconden", 120));
        var borden = Getal("--borden", 50);
        var vast = new Samenstelling(Getal("--melders", 20), Getal("--zoekers", 20), Getal("--houders", 10), Getal("--medewerkers", 10));
        var trappen = Getallen(Waarde(args, "--trappen"));
        var stap = TimeSpan.FromSeconds(Getal("--stap", 10));
        var opwarmen = TimeSpan.FromSeconds(Getal("--opwarmen", 5));
        var knopenPerRonde = trappen.Length == 0 ? [2] : Getallen(Waarde(args, "--knopen") ?? "1,2");
        if (knopenPerRonde.Any(k => k is not (1 or 2)) || trappen.Any(t => t < 1))
        {
            throw new ArgumentException("--knopen 1 en/of 2; --trappen positieve aantallen.");
        }

        // One HttpClient per node; a request's node is chosen per request.
        var http = nodes.Select(n => new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 200, AllowAutoRedirect = false })
        {
            BaseAddress = n,
            Timeout = TimeSpan.FromSeconds(60),
        }).ToArray();
        // A fresh bag per run or step; every actor of a step has stopped before the next one starts.
        var metingen = new ConcurrentBag<Meting>();
        var alleMetingen = new List<Meting>();
        // 1: every request to node A (node B idle); 2: to either node in turn.
        var knopen = 2;
        int Node(int i) => i % knopen;
        int AndereNode(int node) => (node + 1) % knopen;
        var codes = new ConcurrentBag<(string Code, int Node)>();
        var fouten = new ConcurrentDictionary<string, int>();
        // Set when the clock starts, after sign-in and board connections.
        var einde = DateTime.MaxValue;

        async Task<HttpResponseMessage?> MeetAsync(string soort, Func<Task<HttpResponseMessage>> verzoek)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                var antwoord = await verzoek();
                metingen.Add(new Meting(soort, (int)antwoord.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
                return antwoord;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                fouten.AddOrUpdate($"{soort}: {e.GetType().Name}", 1, (_, n) => n + 1);
                metingen.Add(new Meting(soort, 0, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
                return null;
            }
        }

        // Tokens and a staff cookie, made once before the clock starts (the shared key ring makes them valid on both nodes).
        var shopToken = await TokenAsync(http[0], "demo-shop-den-haag");
        var cookie = await AanmeldCookieAsync(nodes[1], DemoAccounts.Voor(Rollen.Zorgcoordinator));
        HttpRequestMessage MetToken(HttpMethod methode, string pad, object? body = null)
        {
            var bericht = new HttpRequestMessage(methode, pad) { Content = body is null ? null : JsonContent.Create(body) };
            bericht.Headers.Authorization = new AuthenticationHeaderValue("Bearer", shopToken);
            return bericht;
        }
        async Task<Guid?> VerzoekAsync(int node, int i)
        {
            using var antwoord = await MeetAsync("plaatsingsverzoek", () => http[node].SendAsync(MetToken(HttpMethod.Post, "/api/v1/plaatsingsverzoeken", new
            {
                geslacht = i % 3 == 0 ? "man" : "vrouw", talen = new[] { "nl" }, urgentie = "acuut",
                gevondenOp = DateTimeOffset.UtcNow.AddMinutes(-30), gevondenInGemeenteCode = "GM0518",
            })));
            return antwoord?.StatusCode == HttpStatusCode.Created
                ? (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()
                : null;
        }

        // Live boards on the nodes in use, held for a whole run or round; they count what they hear.
        var gehoord = 0;
        var nietVerbonden = 0;
        async Task<List<HubConnection>> VerbindBordenAsync()
        {
            metingen = [];
            var bordVerbindingen = new List<HubConnection>();
            for (var i = 0; i < borden; i++)
            {
                var bord = new HubConnectionBuilder().WithUrl(new Uri(nodes[Node(i)], "/hubs/opvang"), o => o.Headers["Cookie"] = cookie).Build();
                bord.On<JsonElement>("beschikbaarheid", _ => Interlocked.Increment(ref gehoord));
                bord.On<JsonElement>("reservering", _ => Interlocked.Increment(ref gehoord));
                bordVerbindingen.Add(bord);
            }
            await Parallel.ForEachAsync(bordVerbindingen, new ParallelOptions { MaxDegreeOfParallelism = 10 }, async (b, ct) =>
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    await b.StartAsync(ct);
                    metingen.Add(new Meting("bord verbinden", 101, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    Interlocked.Increment(ref nietVerbonden);
                    fouten.AddOrUpdate($"bord verbinden: {e.GetType().Name}", 1, (_, n) => n + 1);
                    metingen.Add(new Meting("bord verbinden", 0, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
                }
            });
            return bordVerbindingen;
        }

        async Task MelderAsync(int nummer)
        {
            var willekeurig = new Random(nummer);
            for (var i = 0; DateTime.UtcNow < einde; i++)
            {
                var node = Node(nummer + i);
                using var antwoord = await MeetAsync("melding", () => http[node].PostAsJsonAsync("/api/v1/meldingen", new
                {
                    melderType = "burger", omschrijving = $"Mix {nummer}-{i}: arbeiders slapen in busjes bij de loods.", gemeenteCode = "GM0518",
                    uitbuitingsvormen = new[] { "arbeid" }, taal = "nl",
                }));
                if (antwoord?.StatusCode == HttpStatusCode.Created)
                {
                    codes.Add(((await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ontvangstcode").GetString()!, node));
                }
                await Task.Delay(willekeurig.Next(200, 800));
            }
        }

        async Task ZoekerAsync(int nummer)
        {
            if (await VerzoekAsync(Node(nummer), nummer) is not { } verzoek)
            {
                return;
            }
            for (var i = 0; DateTime.UtcNow < einde; i++)
            {
                var node = Node(nummer + i);
                using var _ = await MeetAsync("zoeken", () => http[node].SendAsync(MetToken(HttpMethod.Get, $"/api/v1/plaatsingsverzoeken/{verzoek}/matches")));
            }
        }

        async Task HouderAsync(int nummer)
        {
            var willekeurig = new Random(1000 + nummer);
            for (var i = 0; DateTime.UtcNow < einde; i++)
            {
                var node = Node(nummer + i);
                if (await VerzoekAsync(node, i) is not { } verzoek)
                {
                    continue;
                }
                using var matches = await MeetAsync("zoeken", () => http[AndereNode(node)].SendAsync(MetToken(HttpMethod.Get, $"/api/v1/plaatsingsverzoeken/{verzoek}/matches")));
                if (matches?.StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }
                var pools = (await matches.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("matches").EnumerateArray()
                    .Where(m => m.GetProperty("past").GetBoolean() && m.GetProperty("magPlaatsen").GetBoolean()).Select(m => m.GetProperty("plekkenpool").GetProperty("id").GetGuid()).ToList();
                if (pools.Count == 0)
                {
                    continue;
                }
                var pool = pools[willekeurig.Next(Math.Min(3, pools.Count))];
                using var _ = await MeetAsync("reservering", () =>
                {
                    var bericht = MetToken(HttpMethod.Post, $"/api/v1/plaatsingsverzoeken/{verzoek}/reserveringen", new { plekkenpoolId = pool });
                    bericht.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                    return http[node].SendAsync(bericht);
                });
            }
        }

        async Task MedewerkerAsync(int nummer)
        {
            string[] paginas = ["/werkplek", "/opvang/bord", "/opvang/bord/verzoeken", "/opvang/overzicht"];
            for (var i = 0; DateTime.UtcNow < einde; i++)
            {
                var node = Node(nummer + i);
                var pad = paginas[i % paginas.Length];
                using var _ = await MeetAsync("medewerkerspagina", () =>
                {
                    var bericht = new HttpRequestMessage(HttpMethod.Get, pad);
                    bericht.Headers.Add("Cookie", cookie);
                    return http[node].SendAsync(bericht);
                });
            }
        }

        async Task<(List<Meting> Lijst, TimeSpan Looptijd)> DraaiAsync(Samenstelling mix, TimeSpan tijd)
        {
            metingen = [];
            einde = DateTime.UtcNow + tijd;
            var klok = Stopwatch.StartNew();
            await Task.WhenAll(
                Enumerable.Range(0, mix.Melders).Select(MelderAsync)
                    .Concat(Enumerable.Range(0, mix.Zoekers).Select(ZoekerAsync))
                    .Concat(Enumerable.Range(0, mix.Houders).Select(HouderAsync))
                    .Concat(Enumerable.Range(0, mix.Medewerkers).Select(MedewerkerAsync)));
            var looptijd = klok.Elapsed;
            var lijst = metingen.ToList();
            alleMetingen.AddRange(lijst);
            return (lijst, looptijd);
        }

        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}; load average {TweeNodesBorden.Belasting()}");
        if (trappen.Length == 0)
        {
            var bordVerbindingen = await VerbindBordenAsync();
            alleMetingen.AddRange(metingen);
            Console.WriteLine($"Two nodes {nodes[0]} and {nodes[1]}, {duur.TotalSeconds:0} s: {vast.Melders} reporters, {vast.Zoekers} searchers, {vast.Houders} holders, {borden} boards ({borden - nietVerbonden} connected), {vast.Medewerkers} staff");
            var (lijst, looptijd) = await DraaiAsync(vast, duur);
            foreach (var bord in bordVerbindingen)
            {
                await bord.DisposeAsync();
            }
            Console.WriteLine($"Run: {looptijd.TotalSeconds:0} s, {lijst.Count} requests ({lijst.Count / looptijd.TotalSeconds:0.0}/s); board messages heard: {gehoord}");
            Console.WriteLine("operation            count    p50 ms   p95 ms   max ms   statuses");
            foreach (var soort in alleMetingen.GroupBy(m => m.Soort).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var ms = soort.Select(m => m.Ms).Order().ToList();
                var statussen = string.Join(' ', soort.GroupBy(m => m.Status).OrderBy(g => g.Key).Select(g => $"{(g.Key == 0 ? "geen" : g.Key.ToString(CultureInfo.InvariantCulture))}×{g.Count()}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{soort.Key,-20} {ms.Count,6} {P(ms, 50),9:0} {P(ms, 95),8:0} {ms[^1],8:0}   {statussen}"));
            }
        }
        else
        {
            foreach (var k in knopenPerRonde)
            {
                knopen = k;
                var nietVerbondenVoor = nietVerbonden;
                var bordVerbindingen = await VerbindBordenAsync();
                alleMetingen.AddRange(metingen);
                var welke = k == 1 ? $"one node ({nodes[0]}; node B idle)" : $"two nodes ({nodes[0]} and {nodes[1]}, in turn)";
                Console.WriteLine();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Stepped load on {welke}: {borden - (nietVerbonden - nietVerbondenVoor)} of {borden} boards connected to {(k == 1 ? "it" : "them")}, warm-up {opwarmen.TotalSeconds:0} s at {trappen[0]} actors, then {string.Join(", ", trappen)} actors for {stap.TotalSeconds:0} s each"));
                await DraaiAsync(Samenstelling.Voor(trappen[0]), opwarmen);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{"actors",6} {"req/s",7} {"p95 all",8} {Koppen[0],8} {Koppen[1],8} {Koppen[2],8} {Koppen[3],8} {Koppen[4],8} {"5xx",5} {"503",5} {"none",5}  load average (p95 in ms; 5xx: other than 503; none: no answer)"));
                var uitkomsten = new List<Trede>();
                foreach (var actoren in trappen)
                {
                    var mix = Samenstelling.Voor(actoren);
                    var (lijst, looptijd) = await DraaiAsync(mix, stap);
                    var trede = new Trede(actoren, lijst.Count / looptijd.TotalSeconds, P([.. lijst.Select(m => m.Ms).Order()], 95));
                    uitkomsten.Add(trede);
                    string P95(string soort) => lijst.Where(m => m.Soort == soort).Select(m => m.Ms).Order().ToList() is { Count: > 0 } ms
                        ? P(ms, 95).ToString("0", CultureInfo.InvariantCulture) : "-";
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{actoren,6} {trede.PerSeconde,7:0.0} {trede.P95,8:0} {P95(Soorten[0]),8} {P95(Soorten[1]),8} {P95(Soorten[2]),8} {P95(Soorten[3]),8} {P95(Soorten[4]),8} {lijst.Count(m => m.Status >= 500 && m.Status != 503),5} {lijst.Count(m => m.Status == 503),5} {lijst.Count(m => m.Status == 0),5}  {TweeNodesBorden.Belasting()}"));
                }
                foreach (var bord in bordVerbindingen)
                {
                    await bord.DisposeAsync();
                }
                Console.WriteLine($"Saturation, {(k == 1 ? "one node" : "two nodes")}: {Verzadiging(uitkomsten)}");
            }
            Console.WriteLine($"Board messages heard: {gehoord}");
        }
        foreach (var (soort, aantal) in fouten)
        {
            Console.WriteLine($"  {soort}: {aantal}");
        }
        var vijfhonderd = alleMetingen.Count(m => m.Status >= 500 && m.Status != 503);
        var geenAntwoord = alleMetingen.Count(m => m.Status == 0);
        Console.WriteLine($"{(trappen.Length > 0 ? "All steps and warm-ups: " : "")}5xx other than 503: {vijfhonderd}; 503: {alleMetingen.Count(m => m.Status == 503)}; no answer: {geenAntwoord}");
        // Every acknowledged report, looked up on the other node than the one that took it.
        var gevonden = 0;
        var kwijt = 0;
        await Parallel.ForEachAsync(codes.ToList(), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (c, ct) =>
        {
            for (var poging = 0; poging < 20; poging++)
            {
                using var antwoord = await http[1 - c.Node].PostAsJsonAsync("/api/v1/meldingen/_status", new { ontvangstcode = c.Code }, ct);
                if (antwoord.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), ct);
                    continue;
                }
                if (antwoord.StatusCode == HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref gevonden);
                }
                else
                {
                    Interlocked.Increment(ref kwijt);
                }
                return;
            }
            Interlocked.Increment(ref kwijt);
        });
        Console.WriteLine($"Acknowledged reports found by code on the other node: {gevonden} of {codes.Count} (lost: {kwijt})");

        // No bed given twice: active holds never exceed a pool's free beds.
        await using var db = new PostgresSchakelDbContext(new DbContextOptionsBuilder<PostgresSchakelDbContext>().UseNpgsql(database).Options);
        var overboekt = await db.Set<Plekkenpool>()
            .Select(p => new
            {
                p.Naam,
                Vrij = p.Capaciteit - p.Bezet - p.BuitenGebruik,
                Actief = db.Set<Reservering>().Count(r => r.PlekkenpoolId == p.Id && r.Status == ReserveringStatus.Actief),
            })
            .Where(p => p.Actief > 0 && p.Actief > p.Vrij)
            .ToListAsync();
        var actief = await db.Set<Reservering>().CountAsync(r => r.Status == ReserveringStatus.Actief);
        Console.WriteLine($"Active holds after the run: {actief}; pools with more holds than free beds: {overboekt.Count}");
        foreach (var p in overboekt)
        {
            Console.WriteLine($"  {p.Naam}: {p.Actief} holds, {p.Vrij} free");
        }
        return vijfhonderd == 0 && geenAntwoord == 0 && kwijt == 0 && overboekt.Count == 0 && nietVerbonden == 0 ? 0 : 1;
    }

    internal static async Task<string> TokenAsync(HttpClient http, string clientId)
    {
        using var antwoord = await http.PostAsync("/api/v1/oauth/token", new FormUrlEncodedContent(
            [new("grant_type", "client_credentials"), new("client_id", clientId), new("client_secret", DemoApiClients.Geheim(clientId))]));
        antwoord.EnsureSuccessStatusCode();
        return (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

}
