using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Doorverwijzing.Partner;
using Schakel.Web.Features.Doorverwijzing.Triage;
using Schakel.Web.Features.Doorverwijzing.Werkstroom;
using Schakel.Web.Features.Taal;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Security;

namespace Schakel.Bench.Doorverwijzing;

/// <summary>
/// Partner inbox and route evaluation on PostgreSQL with a region's worth of data (docs/benchmarks.md,
/// "Doorverwijzing"). Usage:
/// doorverwijzing [--meldingen 100000] [--doorverwijzingen 500000] [--organisaties 60] [--herhalingen 300] [--bewaar]
/// with SCHAKEL_TEST_POSTGRES set (eval "$(scripts/pg-start.sh)"); a new database is made and dropped afterwards.
/// </summary>
public static class DoorverwijzingBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        int Getal(string naam, int standaard) => BenchHulp.Getal(args, naam, standaard);
        var meldingen = Getal("--meldingen", 100_000);
        var doorverwijzingen = Getal("--doorverwijzingen", 500_000);
        var organisaties = Getal("--organisaties", 60);
        var herhalingen = Getal("--herhalingen", 300);
        var beheer = Environment.GetEnvironmentVariable("SCHAKEL_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Zet SCHAKEL_TEST_POSTGRES, bijvoorbeeld met eval \"$(scripts/pg-start.sh)\".");
        // --database reuses a database an earlier run kept with --bewaar: no new data, nothing dropped.
        var hergebruik = BenchHulp.Waarde(args, "--database");
        var database = hergebruik ?? $"schakel_bench_dv_{Guid.NewGuid():N}";
        var verbinding = new NpgsqlConnectionStringBuilder(beheer) { Database = database }.ConnectionString;

        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores (shared), {Environment.OSVersion}, .NET {Environment.Version}; load {Belasting()}");
        if (hergebruik is null)
        {
            await VoerUitAsync(beheer, $"CREATE DATABASE \"{database}\"");
        }
        try
        {
            await using var diensten = await Meldpunt.IntakeBenchmark.MaakAsync("Postgres", verbinding, (s, c) => s.AddTaal(c).AddNotificaties(c).AddDoorverwijzing(c).AddAandachtsfunctionarissen());
            Console.WriteLine($"PostgreSQL {await ScalarAsync<string>(verbinding, "SHOW server_version")}; database {database}");

            if (hergebruik is null)
            {
                var omvang = await new Gegevensset(diensten, verbinding, meldingen, doorverwijzingen, organisaties).MaakAsync();
                Console.WriteLine($"Gegevens: {omvang.Meldingen:N0} meldingen, {omvang.Triages:N0} triages, {omvang.Routebesluiten:N0} routebesluiten, " +
                    $"{omvang.Doorverwijzingen:N0} doorverwijzingen ({omvang.OpenDoorverwijzingen:N0} open), {omvang.Historie:N0} historieregels, " +
                    $"{omvang.Organisaties} organisaties; aangemaakt in {omvang.Duur.TotalSeconds:F0} s");
            }
            await ToonGroottesAsync(verbinding);

            await using var bron = NpgsqlDataSource.Create(verbinding);
            var nu = DateTimeOffset.UtcNow;
            var gekozen = await KiesOrganisatiesAsync(bron, nu);
            var alle = await AlleOrganisatiesAsync(bron);
            List<(string Naam, List<Guid> Orgs, int Herhalingen)> reeksen =
            [
                .. gekozen.Select(g => ($"{g.Naam} ({g.Open:N0} open, {g.TeLaat:N0} te laat)", new List<Guid> { g.Org }, herhalingen)),
                ($"alle {alle.Count} organisaties door elkaar", alle, herhalingen * 2),
            ];
            var varianten = Varianten(diensten, bron, nu);
            foreach (var g in gekozen)
            {
                await ControleerGelijkAsync(varianten, g.Org, nu);
            }
            await MeetEnToonAsync(reeksen, varianten, "met de partiële indexen van het model");

            // The same without the two partial indexes, to show what they are for; put back afterwards.
            var indexen = await PartieleIndexenAsync(bron);
            foreach (var (naam, _) in indexen)
            {
                await VoerUitAsync(verbinding, $"DROP INDEX \"{naam}\"");
            }
            try
            {
                await MeetEnToonAsync(reeksen, varianten.Take(3).ToList(), "zonder de partiële indexen (alleen de index op ontvanger, status, termijn)");
                Console.WriteLine();
                Console.WriteLine($"EXPLAIN (ANALYZE, BUFFERS) van de SQL-vloer zonder partiële indexen, {gekozen[0].Naam}:");
                await ToonPlanAsync(bron, Inbox.VloerSql, gekozen[0].Org, nu);
            }
            finally
            {
                foreach (var (_, definitie) in indexen)
                {
                    await VoerUitAsync(verbinding, definitie);
                }
            }
            Console.WriteLine();
            Console.WriteLine($"EXPLAIN (ANALYZE, BUFFERS) met partiële indexen, {gekozen[0].Naam}, SQL-vloer:");
            await ToonPlanAsync(bron, Inbox.VloerSql, gekozen[0].Org, nu);
            Console.WriteLine($"en de SQL-vloer in twee delen:");
            await ToonPlanAsync(bron, Inbox.VloerTweeDelenSql, gekozen[0].Org, nu);

            var (route, evaluator) = await MeetRouteAsync(diensten, herhalingen * 2);
            Console.WriteLine();
            Console.WriteLine("| route voor een melding | p50 (ms) | p95 (ms) | n |");
            Console.WriteLine("|---|---:|---:|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| DoorverwijzingVersturen.VoorstelAsync (toegang, triage, kenmerken, RouteVoorsteller) | {route.P50:F2} | {route.P95:F2} | {route.N} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| alleen MeldrouteEvaluator.Evalueer (alles al geladen) | {evaluator.P50:F3} | {evaluator.P95:F3} | {evaluator.N} |"));

            Console.WriteLine($"Load na afloop: {Belasting()}");
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (hergebruik is null && !args.Contains("--bewaar"))
            {
                await VoerUitAsync(beheer, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            }
        }
    }

    internal sealed record Uitslag(double P50, double P95, int N);

    /// <summary>The busiest inbox, a middle one and the quietest one that has open referrals.</summary>
    private static async Task<List<(string Naam, Guid Org, long Open, long TeLaat)>> KiesOrganisatiesAsync(NpgsqlDataSource bron, DateTimeOffset nu)
    {
        await using var c = bron.CreateCommand("""
            SELECT d."OntvangerOrganisatieId", count(*) AS open,
                   count(*) FILTER (WHERE d."EersteActieOp" IS NULL AND d."EersteActieUiterlijk" < $1) AS telaat
            FROM doorverwijzingen d WHERE d."Status" <> 'Afgesloten'
            GROUP BY 1 ORDER BY 2 DESC
            """);
        c.Parameters.Add(new NpgsqlParameter { Value = nu });
        var rijen = new List<(Guid, long, long)>();
        await using (var r = await c.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                rijen.Add((r.GetGuid(0), r.GetInt64(1), r.GetInt64(2)));
            }
        }
        return
        [
            ("grootste inbox", rijen[0].Item1, rijen[0].Item2, rijen[0].Item3),
            ("middelste inbox", rijen[rijen.Count / 2].Item1, rijen[rijen.Count / 2].Item2, rijen[rijen.Count / 2].Item3),
            ("kleinste inbox", rijen[^1].Item1, rijen[^1].Item2, rijen[^1].Item3),
        ];
    }

    private static async Task<List<Guid>> AlleOrganisatiesAsync(NpgsqlDataSource bron)
    {
        await using var c = bron.CreateCommand("""SELECT "Id" FROM organisaties WHERE "Actief" ORDER BY "Id" """);
        await using var r = await c.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await r.ReadAsync())
        {
            ids.Add(r.GetGuid(0));
        }
        return ids;
    }

    internal sealed record Variant(string Naam, Func<Guid, Task<List<InboxRegel>>> Pagina);

    /// <summary>The first two are the app's query and its floor; then the same page in two index-ordered halves.</summary>
    private static List<Variant> Varianten(IServiceProvider diensten, NpgsqlDataSource bron, DateTimeOffset nu) =>
    [
        // The partner inbox's own query, as its page and API call it; a new scope per call, as a request has.
        new("app (DoorverwijzingLezer.InboxAsync)", async org =>
        {
            await using var scope = diensten.CreateAsyncScope();
            var gebruiker = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(SchakelClaims.Organisatie, org.ToString()),
                new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
                new Claim(SchakelClaims.Rol, Rollen.Zorgcoordinator),
            ], "bench"));
            var pagina = await scope.ServiceProvider.GetRequiredService<DoorverwijzingLezer>().InboxAsync(gebruiker, new InboxFilter(PaginaGrootte: Inbox.Pagina));
            return [.. pagina.Rijen.Select(r => new InboxRegel(r.Id, Guid.Empty, r.Afzender, r.Rol, r.Deelniveau, r.Urgentie, false, r.Status,
                r.OntvangenOp, r.EersteActieUiterlijk, r.EersteActieOp, null, ""))];
        }),
        new("SQL-vloer", org => Inbox.VloerAsync(bron, org, nu)),
        new("EF, één query", async org =>
        {
            await using var scope = diensten.CreateAsyncScope();
            return await Inbox.AppAsync(scope.ServiceProvider.GetRequiredService<SchakelDbContext>(), org, nu);
        }),
        new("EF, twee delen", async org =>
        {
            await using var scope = diensten.CreateAsyncScope();
            return await Inbox.AppTweeDelenAsync(scope.ServiceProvider.GetRequiredService<SchakelDbContext>(), org, nu);
        }),
        new("SQL-vloer, twee delen", org => Inbox.VloerTweeDelenAsync(bron, org, nu)),
    ];

    /// <summary>A floor only counts if it answers the same question: the same page, row for row.</summary>
    private static async Task ControleerGelijkAsync(List<Variant> varianten, Guid org, DateTimeOffset nu)
    {
        var verwacht = await varianten[1].Pagina(org);
        foreach (var v in varianten)
        {
            var pagina = await v.Pagina(org);
            if (pagina.Count == 0 || !pagina.Select(r => r.Id).SequenceEqual(verwacht.Select(r => r.Id)))
            {
                throw new InvalidOperationException($"{v.Naam} geeft een andere pagina dan de SQL-vloer ({pagina.Count} en {verwacht.Count} rijen).");
            }
        }
    }

    private static async Task MeetEnToonAsync(List<(string Naam, List<Guid> Orgs, int Herhalingen)> reeksen, List<Variant> varianten, string titel)
    {
        Console.WriteLine();
        Console.WriteLine($"Inbox, eerste pagina ({Inbox.Pagina} rijen), {titel}: p50 / p95 in ms");
        Console.WriteLine($"| inbox | {string.Join(" | ", varianten.Select(v => v.Naam))} | app/vloer p50 | app/vloer p95 |");
        Console.WriteLine($"|---|{string.Concat(varianten.Select(_ => "---:|"))}---:|---:|");
        foreach (var (naam, orgs, herhalingen) in reeksen)
        {
            var u = await MeetInboxAsync(varianten, orgs, herhalingen);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {naam} | {string.Join(" | ", u.Select(x => $"{x.P50:F2} / {x.P95:F2}"))} | {u[0].P50 / u[1].P50:F2} | {u[0].P95 / u[1].P95:F2} |"));
        }
    }

    /// <summary>The variants take turns per round, so all see the same background load.</summary>
    private static async Task<List<Uitslag>> MeetInboxAsync(List<Variant> varianten, List<Guid> orgs, int herhalingen)
    {
        var tijden = varianten.Select(_ => new List<double>()).ToList();
        for (var i = -20; i < herhalingen; i++)
        {
            var org = orgs[(i + 20) % orgs.Count];
            for (var v = 0; v < varianten.Count; v++)
            {
                var start = Stopwatch.GetTimestamp();
                await varianten[v].Pagina(org);
                // The first 20 rounds warm up JIT, EF's query cache, the pool and PostgreSQL's buffers.
                if (i >= 0)
                {
                    tijden[v].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
        }
        return [.. tijden.Select(Vat)];
    }

    private static async Task<List<(string Naam, string Definitie)>> PartieleIndexenAsync(NpgsqlDataSource bron)
    {
        await using var c = bron.CreateCommand("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'doorverwijzingen' AND indexdef LIKE '% WHERE %'");
        await using var r = await c.ExecuteReaderAsync();
        var indexen = new List<(string, string)>();
        while (await r.ReadAsync())
        {
            indexen.Add((r.GetString(0), r.GetString(1)));
        }
        return indexen;
    }

    /// <summary>
    /// Per report, what the triage page and GET /api/v1/meldingen/{id}/routevoorstel ask for:
    /// <see cref="DoorverwijzingVersturen.VoorstelAsync"/> as a member of the reporting point (access check on the
    /// report, newest triage, its route attributes, then <see cref="RouteVoorsteller"/>: stored route,
    /// organisations, sharing policy, evaluation), in a fresh scope per report. Then the pure evaluation alone.
    /// </summary>
    private static async Task<(Uitslag Route, Uitslag Evaluator)> MeetRouteAsync(IServiceProvider diensten, int herhalingen)
    {
        List<Guid> ids;
        Guid meldpunt;
        await using (var scope = diensten.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            ids = await db.Set<MeldingTriage>().Select(t => t.MeldingId).OrderBy(_ => EF.Functions.Random()).Take(herhalingen + 20).ToListAsync();
            meldpunt = await db.Set<MeldingTriage>().Select(t => t.OrganisatieId).FirstAsync();
        }
        var medewerker = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(SchakelClaims.Organisatie, meldpunt.ToString()),
            new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
            new Claim(SchakelClaims.Rol, Rollen.Aandachtsfunctionaris),
        ], "bench"));

        var route = new List<double>();
        var voorbeelden = new List<MeldingKenmerken>();
        for (var i = 0; i < ids.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await using (var scope = diensten.CreateAsyncScope())
            {
                var stand = await scope.ServiceProvider.GetRequiredService<DoorverwijzingVersturen>().VoorstelAsync(ids[i], medewerker);
                if (stand?.Voorstel is null)
                {
                    throw new InvalidOperationException("Geen routevoorstel voor een getrieerde melding.");
                }
                if (i >= 20)
                {
                    route.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                voorbeelden.Add(await scope.ServiceProvider.GetRequiredService<TriageBehandeling>().KenmerkenAsync(stand.Melding, stand.Triage!));
            }
        }

        var evaluator = new List<double>();
        await using (var scope = diensten.CreateAsyncScope())
        {
            var meldroute = await scope.ServiceProvider.GetRequiredService<MeldrouteOpslag>().HuidigeAsync();
            var gids = await scope.ServiceProvider.GetRequiredService<DatabaseOrganisatieGids>().LaadAsync();
            var beleid = await scope.ServiceProvider.GetRequiredService<DeelbeleidOpslag>().HuidigAsync();
            for (var ronde = 0; ronde < 5; ronde++)
            {
                foreach (var k in voorbeelden)
                {
                    var start = Stopwatch.GetTimestamp();
                    MeldrouteEvaluator.Evalueer(meldroute, k, gids, beleid);
                    if (ronde > 0)
                    {
                        evaluator.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    }
                }
            }
        }
        return (Vat(route), Vat(evaluator));
    }

    private static async Task ToonPlanAsync(NpgsqlDataSource bron, string sql, Guid org, DateTimeOffset nu)
    {
        await using var c = bron.CreateCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql);
        c.Parameters.Add(new NpgsqlParameter { Value = org });
        c.Parameters.Add(new NpgsqlParameter { Value = nu });
        await using var r = await c.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            Console.WriteLine("    " + r.GetString(0));
        }
    }

    private static async Task ToonGroottesAsync(string verbinding)
    {
        await using var v = new NpgsqlConnection(verbinding);
        await v.OpenAsync();
        await using var c = new NpgsqlCommand("""
            SELECT relname, n_live_tup, pg_size_pretty(pg_total_relation_size(relid))
            FROM pg_stat_user_tables WHERE relname IN ('meldingen', 'melding_triages', 'routebesluiten', 'doorverwijzingen', 'doorverwijzing_historie', 'melding_statushistorie')
            ORDER BY pg_total_relation_size(relid) DESC
            """, v);
        await using var r = await c.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            Console.WriteLine($"  {r.GetString(0)}: {r.GetInt64(1):N0} rijen, {r.GetString(2)} met indexen");
        }
    }

    private static Uitslag Vat(List<double> ms)
    {
        ms.Sort();
        return new Uitslag(BenchHulp.P(ms, 50), BenchHulp.P(ms, 95), ms.Count);
    }

    private static string Belasting() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";

    private static async Task<T> ScalarAsync<T>(string verbinding, string sql)
    {
        await using var v = new NpgsqlConnection(verbinding);
        await v.OpenAsync();
        await using var c = new NpgsqlCommand(sql, v);
        return (T)(await c.ExecuteScalarAsync())!;
    }

    private static async Task VoerUitAsync(string verbinding, string sql)
    {
        await using var v = new NpgsqlConnection(verbinding);
        await v.OpenAsync();
        await using var c = new NpgsqlCommand(sql, v);
        await c.ExecuteNonQueryAsync();
    }
}
