using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using static Schakel.Bench.BenchHulp;

namespace Schakel.Bench.Belasting;

/// <summary>
/// Live boards over two nodes (issue 19: "500 boards receive a change in under 1 s ... also with two nodes"): the boards
/// connect half to node A and half to node B with one staff sign-in made on node B, then one pool's occupancy is changed
/// through the API on node A only, one change at a time. Node B's boards can only hear it through the Redis backplane, so
/// the figures per node separate the local push from the cluster's. Bounded: every change waits at most 10 s for its boards.
/// Usage: knooppunten --urls A,B --database "verbinding" --alleen borden [--borden 500] [--wijzigingen 20]
/// </summary>
public static class TweeNodesBorden
{
    private static readonly TimeSpan Wachttijd = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(Uri[] nodes, string database, string[] args)
    {
        var borden = Getal(args, "--borden", 500);
        var wijzigingen = Getal(args, "--wijzigingen", 20);
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = nodes[0], Timeout = TimeSpan.FromSeconds(30) };
        var token = await TweeNodesMix.TokenAsync(http, "demo-opvang-haaglanden");
        var cookie = await AanmeldCookieAsync(nodes[1], DemoAccounts.Voor(Rollen.Zorgcoordinator));

        // A pool of the demo shelter whose client changes it; nothing else changes it during the run.
        await using var db = new PostgresSchakelDbContext(new DbContextOptionsBuilder<PostgresSchakelDbContext>().UseNpgsql(database).Options);
        var pool = await (
            from p in db.Set<Plekkenpool>()
            join l in db.Set<Opvanglocatie>() on p.OpvanglocatieId equals l.Id
            join o in db.Set<Organisatie>() on l.OrganisatieId equals o.Id
            where o.Naam == DemoOrganisaties.OpvangHaaglanden && p.Capaciteit >= 1
            orderby l.Naam, p.Naam
            select new { p.Id, LocatieId = l.Id }).FirstAsync();

        // Per change (its saved time stamp, which the PUT's answer and every board message carry): board → arrival.
        var aankomsten = new ConcurrentDictionary<DateTimeOffset, ConcurrentDictionary<int, long>>();
        var gesloten = 0;
        var verbindingen = new List<HubConnection>();
        for (var i = 0; i < borden; i++)
        {
            var bord = i;
            var verbinding = new HubConnectionBuilder().WithUrl(new Uri(nodes[i % 2], "/hubs/opvang"), o => o.Headers["Cookie"] = cookie).Build();
            verbinding.On<JsonElement>("beschikbaarheid", bericht =>
            {
                var moment = Stopwatch.GetTimestamp();
                if (bericht.GetProperty("poolId").GetGuid() == pool.Id && bericht.GetProperty("bijgewerktOp").ValueKind == JsonValueKind.String)
                {
                    aankomsten.GetOrAdd(bericht.GetProperty("bijgewerktOp").GetDateTimeOffset(), _ => new()).TryAdd(bord, moment);
                }
            });
            verbinding.Closed += _ =>
            {
                Interlocked.Increment(ref gesloten);
                return Task.CompletedTask;
            };
            verbindingen.Add(verbinding);
        }
        var verbonden = new ConcurrentDictionary<int, bool>();
        var verbindKlok = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, borden), new ParallelOptions { MaxDegreeOfParallelism = 20 }, async (i, _) =>
        {
            using var grens = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await verbindingen[i].StartAsync(grens.Token);
                verbonden[i] = true;
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or InvalidOperationException)
            {
                Console.WriteLine($"  board {i} did not connect: {e.GetType().Name}");
            }
        });
        var opA = verbonden.Keys.Count(i => i % 2 == 0);
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}; load average {Belasting()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Boards: {verbonden.Count} of {borden} connected in {verbindKlok.Elapsed.TotalSeconds:F1} s ({opA} on node A {nodes[0]}, {verbonden.Count - opA} on node B {nodes[1]}), signed in once on node B"));
        Console.WriteLine($"{wijzigingen} changes of one pool's occupancy, each through PUT …/bezetting on node A, the next once every board has it (at most {Wachttijd.TotalSeconds:0} s)");

        var opslaan = new List<double>();
        var perNode = new[] { new List<double>(), new List<double>() };
        var laatste = new List<double>();
        var gemist = 0;
        var mislukt = 0;
        for (var w = 1; w <= wijzigingen; w++)
        {
            using var verzoek = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/opvanglocaties/{pool.LocatieId}/plekkenpools/{pool.Id}/bezetting")
            {
                Content = JsonContent.Create(new { bezet = w % 2, buitenGebruik = 0 }),
            };
            verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var start = Stopwatch.GetTimestamp();
            DateTimeOffset stempel;
            try
            {
                using var antwoord = await http.SendAsync(verzoek);
                opslaan.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (antwoord.StatusCode != HttpStatusCode.OK)
                {
                    Console.WriteLine($"  change {w}: {(int)antwoord.StatusCode}");
                    mislukt++;
                    continue;
                }
                stempel = (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("bijgewerktOp").GetDateTimeOffset();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Console.WriteLine($"  change {w}: {e.GetType().Name}");
                mislukt++;
                continue;
            }
            var ontvangers = aankomsten.GetOrAdd(stempel, _ => new());
            var tot = Stopwatch.GetTimestamp() + (long)(Wachttijd.TotalSeconds * Stopwatch.Frequency);
            while (ontvangers.Count < verbonden.Count && Stopwatch.GetTimestamp() < tot)
            {
                await Task.Delay(5);
            }
            var dezeKeer = new List<double>();
            foreach (var bord in verbonden.Keys)
            {
                if (ontvangers.TryGetValue(bord, out var moment))
                {
                    var ms = Stopwatch.GetElapsedTime(start, moment).TotalMilliseconds;
                    perNode[bord % 2].Add(ms);
                    dezeKeer.Add(ms);
                }
                else
                {
                    gemist++;
                }
            }
            laatste.Add(dezeKeer.Count > 0 ? dezeKeer.Max() : double.NaN);
            await Task.Delay(200);
        }
        // Read before the connections are closed below, which raises Closed too.
        var geslotenTijdensRun = Volatile.Read(ref gesloten);
        foreach (var v in verbindingen)
        {
            await v.DisposeAsync();
        }

        static string Reeks(List<double> ms)
        {
            ms.Sort();
            return ms.Count == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"p50 {P(ms, 50):F0} ms, p95 {P(ms, 95):F0} ms, max {ms[^1]:F0} ms");
        }
        var alle = perNode[0].Concat(perNode[1]).ToList();
        var verwacht = (wijzigingen - mislukt) * verbonden.Count;
        Console.WriteLine($"Save (PUT on node A, {opslaan.Count} changes, {mislukt} failed): {Reeks(opslaan)}");
        Console.WriteLine($"Delivery per board, from the start of the PUT — all {alle.Count}: {Reeks(alle)}");
        Console.WriteLine($"  boards on node A (the node of the change, {perNode[0].Count}): {Reeks(perNode[0])}");
        Console.WriteLine($"  boards on node B (through Redis, {perNode[1].Count}): {Reeks(perNode[1])}");
        var laatsteGemeten = laatste.Where(double.IsFinite).ToList();
        Console.WriteLine($"Time until the last board, per change ({laatsteGemeten.Count}): {Reeks(laatsteGemeten)}");
        Console.WriteLine($"Missed: {gemist} of {verwacht} deliveries; connections closed during the run: {geslotenTijdensRun}");
        var binnenSeconde = gemist == 0 && laatsteGemeten.Count > 0 && laatsteGemeten.Max() < 1000;
        Console.WriteLine($"Every board within 1 s of every change: {(binnenSeconde ? "yes" : "NO")}; load average after: {Belasting()}");
        return gemist == 0 && mislukt == 0 && verbonden.Count == borden && geslotenTijdensRun == 0 ? 0 : 1;
    }

    internal static string Belasting() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
