using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Schakel.Core.Monitor;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Monitor.Imports;

namespace Schakel.Bench.Monitor;

/// <summary>
/// The monitor on PostgreSQL with many reports (docs/benchmarks.md, "Monitor"). Usage:
/// monitor [--meldingen 1000000] [--jaren 10] [--herhalingen 5] [--bewaar] [--database NAME]
/// with SCHAKEL_TEST_POSTGRES set (eval "$(scripts/pg-start.sh)"); a new database is made and dropped afterwards.
/// --bewaar keeps it (its name is printed); --database measures such a kept database again without making data (and
/// keeps it), so one set of a million reports can be measured again and again. --opwarmen N (3) untimed runs before
/// each measurement.
/// Reports are spread evenly over the years before this one and over Eenheid Den Haag's municipalities; 60 % have a
/// triage (two thirds of those on the victim side). Every triage has a route decision and one referral (victim side
/// and both: to CoMensha, of which half are registered there, party kinds in turn; perpetrator side: to another
/// organisation), first action after 5 hours on 90 % of them; every tenth victim-side report has a shelter placement
/// request (found in its municipality, a responsible municipality on four in five, a long-term place after 10–100 hours
/// on most, a night without a place on every seventh). Measured: the internal figures of one region and year (every
/// count measure with every breakdown, as the dashboard shows them), the same count done as one plain SQL aggregate,
/// and the public edition's tables with suppression; and, to show where the time goes, counting the year in the database
/// alone, reading all of its facts as the monitor did before, each public table, and the suppression by itself.
/// </summary>
public static class MonitorBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        int Getal(string naam, int standaard) => BenchHulp.Getal(args, naam, standaard);
        var aantal = Getal("--meldingen", 1_000_000);
        var jaren = Getal("--jaren", 10);
        var herhalingen = Getal("--herhalingen", 5);
        // Untimed runs before each measurement: the first requests run code the JIT has not optimised yet (tiered
        // compilation), which a server that has been up for a while no longer does.
        var opwarmen = Getal("--opwarmen", 3);
        var beheer = Environment.GetEnvironmentVariable("SCHAKEL_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Zet SCHAKEL_TEST_POSTGRES, bijvoorbeeld met eval \"$(scripts/pg-start.sh)\".");
        var bestaand = BenchHulp.Waarde(args, "--database");
        var bewaar = bestaand is not null || args.Contains("--bewaar");
        var database = bestaand ?? $"schakel_bench_monitor_{Guid.NewGuid():N}";
        var verbinding = new NpgsqlConnectionStringBuilder(beheer) { Database = database }.ConnectionString;
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores (shared), {Environment.OSVersion}, .NET {Environment.Version}; load {Belasting()}");
        Console.WriteLine($"Database: {database}{(bestaand is null ? "" : " (bewaard, opnieuw gemeten)")}{(bewaar ? ", blijft bestaan" : "")}");
        if (bestaand is null)
        {
            await VoerUitAsync(beheer, $"CREATE DATABASE \"{database}\"");
        }
        else
        {
            // Each run makes new keys (Sleutelbos.Nieuw); the monitor decrypts nothing, so the kept database's key check is
            // made again for this run's keys instead of refusing to start.
            await VoerUitAsync(verbinding, "DELETE FROM sleutelcontrole");
        }

        try
        {
            await using var diensten = await Meldpunt.IntakeBenchmark.MaakAsync("Postgres", verbinding, (s, c) =>
            {
                s.TryAddSingleton(TimeProvider.System);
                s.Configure<MonitorOpties>(c.GetSection("Monitor"));
                // The monitor reads through Schaal's read database (no replica here: the primary).
                s.TryAddScoped<Schakel.Web.Features.Schaal.Leesdatabase>();
                s.AddScoped<MonitorGegevens>();
                s.AddScoped<MonitorCijfers>();
                s.AddScoped<PartnerImports>();
            });

            var eindjaar = DateTime.UtcNow.Year - 1;
            var beginjaar = eindjaar - jaren + 1;
            var klok = Stopwatch.StartNew();
            if (bestaand is null)
            {
                await VoerUitAsync(verbinding, Invoegen(aantal, beginjaar, jaren));
                // The update of the reports' triage columns leaves a dead copy of every row: rewrite the table so the reads
                // scan what the app's own inserts would have left.
                await VoerUitAsync(verbinding, "VACUUM FULL meldingen");
                // Then what autovacuum does on a running server after many inserts: the statistics, and the visibility map
                // that lets the monitor's covering indexes answer without visiting the rows.
                await VoerUitAsync(verbinding, "VACUUM ANALYZE");
            }
            else
            {
                aantal = (int)await ScalarAsync(verbinding, "SELECT count(*) FROM meldingen");
            }

            var triages = await ScalarAsync(verbinding, "SELECT count(*) FROM melding_triages");
            var doorverwijzingen = await ScalarAsync(verbinding, "SELECT count(*) FROM doorverwijzingen");
            var registraties = await ScalarAsync(verbinding, "SELECT count(*) FROM comensha_registraties");
            var verzoeken = await ScalarAsync(verbinding, "SELECT count(*) FROM plaatsingsverzoeken");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Gegevens: {aantal:N0} meldingen {beginjaar}–{eindjaar}, {triages:N0} triages, {doorverwijzingen:N0} doorverwijzingen, " +
                $"{registraties:N0} CoMensha-registraties, {verzoeken:N0} plaatsingsverzoeken; aangemaakt in {klok.Elapsed.TotalSeconds:F0} s"));

            var jaar = eindjaar;
            var telMaatstaven = Maatstaven.Alle.Where(m => m.Soort == MaatstafSoort.Aantal).ToList();
            async Task InternAsync()
            {
                await using var scope = diensten.CreateAsyncScope();
                var cijfers = scope.ServiceProvider.GetRequiredService<MonitorCijfers>();
                var regio = Indeling.EenheidAlsRegio(await cijfers.IndelingAsync(default), "DH");
                foreach (var m in telMaatstaven)
                {
                    foreach (var u in m.Uitsplitsingen)
                    {
                        await cijfers.TabelAsync(regio, jaar, m, u, false, 5, null, default);
                    }
                }
            }

            // Where the internal dashboard's time goes: counting the year in the database once per request (the groups of
            // reports, referrals, registrations and the shelter requests), and then each table (one measure, one breakdown)
            // computed from those groups in memory, suppression included. For comparison, reading every fact of the year
            // as the monitor did before it counted in the database.
            async Task GroepenAsync()
            {
                await using var scope = diensten.CreateAsyncScope();
                var cijfers = scope.ServiceProvider.GetRequiredService<MonitorCijfers>();
                foreach (var m in telMaatstaven)
                {
                    await cijfers.GroepenAsync(m, jaar, default);
                }
            }

            async Task FeitenAsync()
            {
                await using var scope = diensten.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<MonitorCijfers>().FeitenAsync(jaar, default);
            }

            // One request split into its phases, each timed on its own in the order the request meets them: the geography,
            // whether the year is imported (before Schakel's first year), the reporting points' units, each kind of fact counted
            // in the database, and then every table from the groups.
            var fasen = new List<(string Naam, double Ms)>();
            async Task FasenAsync()
            {
                await using var scope = diensten.CreateAsyncScope();
                var cijfers = scope.ServiceProvider.GetRequiredService<MonitorCijfers>();
                var gegevens = scope.ServiceProvider.GetRequiredService<MonitorGegevens>();
                var klokje = Stopwatch.StartNew();
                void Fase(string naam)
                {
                    fasen.Add((naam, klokje.Elapsed.TotalMilliseconds));
                    klokje.Restart();
                }

                var regio = Indeling.EenheidAlsRegio(await cijfers.IndelingAsync(default), "DH");
                Fase("indeling");
                await cijfers.IsGeimporteerdAsync(Maatstaven.Meldingen, jaar, default);
                Fase("is het jaar geïmporteerd? (een melding vóór het einde van het jaar)");
                await gegevens.MeldpuntEenhedenAsync(default);
                Fase("eenheden van de meldpunten (één keer)");
                foreach (var m in new[] { Maatstaven.Meldingen, Maatstaven.Doorverwijzingen, Maatstaven.CoMenshaRegistraties, Maatstaven.OpvangPlaatsingen })
                {
                    await cijfers.GroepenAsync(m, jaar, default);
                    Fase($"groepen: {m.Code}");
                }

                foreach (var m in telMaatstaven)
                {
                    foreach (var u in m.Uitsplitsingen)
                    {
                        await cijfers.TabelAsync(regio, jaar, m, u, false, 5, null, default);
                    }
                }

                Fase("alle tabellen uit de groepen");
                // The dashboard's slowest pages are the durations: every report of the year is read for its moments.
                await cijfers.GroepenAsync(Maatstaven.TijdTotTriage, jaar, default);
                Fase("verloop van de meldingen: elke melding van het jaar met haar momenten (duren en aandelen)");
                await cijfers.TabelAsync(regio, jaar, Maatstaven.TijdTotTriage, Uitsplitsing.Geen, false, 5, null, default);
                Fase("tabel tijd-tot-triage uit het gelezen verloop");
                // Not part of the request any more: how long finding the first report itself takes, for comparison.
                await cijfers.StartjaarAsync(default);
                Fase("ter vergelijking: de eerste melding opzoeken (de oude weg, geen deel van het verzoek)");
            }

            var pertabel = new List<(string Naam, double Ms)>();
            async Task PerTabelAsync()
            {
                await using var scope = diensten.CreateAsyncScope();
                var cijfers = scope.ServiceProvider.GetRequiredService<MonitorCijfers>();
                var regio = Indeling.EenheidAlsRegio(await cijfers.IndelingAsync(default), "DH");
                foreach (var m in telMaatstaven)
                {
                    await cijfers.GroepenAsync(m, jaar, default);
                }

                foreach (var m in telMaatstaven)
                {
                    foreach (var u in m.Uitsplitsingen)
                    {
                        var klokje = Stopwatch.StartNew();
                        await cijfers.TabelAsync(regio, jaar, m, u, false, 5, null, default);
                        pertabel.Add(($"{m.Code}/{u}", klokje.Elapsed.TotalMilliseconds));
                    }
                }
            }

            // Where the public edition's time goes: per table of the standard format, once its groups are read, and the
            // suppression alone (the margin tables of the count measures and their exact check).
            var publiekPerTabel = new List<(string Naam, double Ms)>();
            var onderdrukking = new List<(string Naam, double Ms)>();
            async Task PubliekPerTabelAsync()
            {
                await using var scope = diensten.CreateAsyncScope();
                var cijfers = scope.ServiceProvider.GetRequiredService<MonitorCijfers>();
                var indeling = await cijfers.IndelingAsync(default);
                var regio = Indeling.EenheidAlsRegio(indeling, "DH");
                var kwartalen = cijfers.Kwartalen(jaar, true);
                foreach (var s in EditieFormat.Standaard.Where(s => s.Maatstaf is not null))
                {
                    if (Maatstaven.Zoek(s.Maatstaf) is not { } m)
                    {
                        continue;
                    }

                    await cijfers.GroepenAsync(m, jaar, default);
                    var klokje = Stopwatch.StartNew();
                    await cijfers.TabelAsync(regio, jaar, m, s.Uitsplitsing ?? Uitsplitsing.Geen, true, 5, null, default, kwartalen);
                    publiekPerTabel.Add((s.Code, klokje.Elapsed.TotalMilliseconds));
                    if (m.Soort == MaatstafSoort.Aantal)
                    {
                        // The same counts again as a margin table (from the internal table, which shows every value), to time
                        // the suppression by itself: the filled categories, as the table builds it.
                        var intern = await cijfers.TabelAsync(regio, jaar, m, s.Uitsplitsing ?? Uitsplitsing.Geen, false, 5, null, default, kwartalen);
                        var waarden = intern.Cellen.GroupBy(c => (c.Gebied, c.Periode, c.Categorie)).ToDictionary(g => g.Key, g => (long)(g.First().Waarde ?? 0));
                        var categorieen = intern.Categorieen.Where(c => c != Uitsplitsing.Totaal || intern.Categorieen.Count == 1)
                            .Where(c => intern.Cellen.Any(x => x.Categorie == c && x.Waarde > 0)).DefaultIfEmpty(intern.Categorieen[0]).ToList();
                        var marge = Margetabel.Bouw(indeling, regio, jaar, kwartalen, categorieen, Uitsplitsing.IsExclusief(s.Uitsplitsing ?? Uitsplitsing.Geen),
                            (e, k, c) => waarden.GetValueOrDefault((e.GemeenteCode is null ? e.Sleutel
                                : indeling.Gemeente(e.GemeenteCode)!.DistrictIds.Count == 1 ? $"gemeente:{e.GemeenteCode}" : e.Sleutel, k.ToString(), c)));
                        klokje.Restart();
                        marge.Onderdruk(5);
                        onderdrukking.Add((s.Code, klokje.Elapsed.TotalMilliseconds));
                    }
                }
            }

            // The dashboard as it is used (Dashboard/Index): one page load shows one measure with one breakdown for the region
            // and year, each load in a scope of its own that reads what that table needs. Every measure, shares and durations
            // included, each breakdown; the p50 and p95 are over these page loads.
            var paginas = new List<(string Naam, double Ms)>();
            async Task DashboardAsync()
            {
                foreach (var m in Maatstaven.Alle)
                {
                    foreach (var u in m.Uitsplitsingen)
                    {
                        var klokje = Stopwatch.StartNew();
                        await using var scope = diensten.CreateAsyncScope();
                        var cijfers = scope.ServiceProvider.GetRequiredService<MonitorCijfers>();
                        var regio = Indeling.EenheidAlsRegio(await cijfers.IndelingAsync(default), "DH");
                        await cijfers.TabelAsync(regio, jaar, m, u, false, cijfers.Drempel(regio.Code), null, default);
                        paginas.Add(($"{m.Code}/{u}", klokje.Elapsed.TotalMilliseconds));
                    }
                }
            }

            async Task PubliekAsync()
            {
                await using var scope = diensten.CreateAsyncScope();
                var cijfers = scope.ServiceProvider.GetRequiredService<MonitorCijfers>();
                var regio = Indeling.EenheidAlsRegio(await cijfers.IndelingAsync(default), "DH");
                foreach (var s in EditieFormat.Standaard.Where(s => s.Maatstaf is not null))
                {
                    if (Maatstaven.Zoek(s.Maatstaf) is { } m)
                    {
                        await cijfers.TabelAsync(regio, jaar, m, s.Uitsplitsing ?? Uitsplitsing.Geen, true, 5, null, default, cijfers.Kwartalen(jaar, true));
                    }
                }
            }

            var sql = $"""
                SELECT m."GemeenteCode", extract(quarter FROM m."OntvangenOp" AT TIME ZONE 'Europe/Amsterdam') AS k, count(*)
                FROM meldingen m
                WHERE m."Soort" = 'Melding' AND m."OntvangenOp" >= '{jaar}-01-01' AND m."OntvangenOp" < '{jaar + 1}-01-01'
                GROUP BY 1, 2
                """;
            var alles = KaleSqlAlleMaatstaven(jaar);
            Console.WriteLine();
            Console.WriteLine("| meting | p50 (ms) | p95 (ms) | n |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var (naam, actie) in new (string, Func<Task>)[]
            {
                ($"intern: alle telmaatstaven × uitsplitsingen, regio DH, {jaar}", InternAsync),
                ($"dashboard: elke maatstaf × uitsplitsing als eigen paginalading (hieronder per lading)", DashboardAsync),
                ($"kale SQL: meldingen per gemeente en kwartaal, {jaar}", () => VoerUitAsync(verbinding, sql)),
                ($"kale SQL: alle telmaatstaven × uitsplitsingen per gemeente en kwartaal in één statement, {jaar}", () => VoerUitAsync(verbinding, alles)),
                ($"intern, per fase (hieronder uitgesplitst)", FasenAsync),
                ($"intern, deel 1: {jaar} tellen in de database (groepen, eenmaal per verzoek)", GroepenAsync),
                ($"intern, deel 2: deel 1 en dan alle tabellen uit de groepen", PerTabelAsync),
                ($"ter vergelijking: alle feiten van {jaar} lezen (de oude weg)", FeitenAsync),
                ($"publiek: de tabellen van het standaardformat met onderdrukking, {jaar}", PubliekAsync),
                ($"publiek, per tabel gemeten", PubliekPerTabelAsync),
                // The same request as the first row once more, now that every other measurement has run its code many times:
                // the difference with the first row is the code still being compiled (tiered JIT), not the work.
                ($"intern opnieuw, na alle andere metingen", InternAsync),
            })
            {
                var lijsten = new[] { fasen, pertabel, publiekPerTabel, onderdrukking, paginas };
                var eerder = lijsten.Select(l => l.Count).ToList();
                for (var i = 0; i < opwarmen; i++)
                {
                    await actie();
                }

                // The breakdowns keep only the timed runs.
                for (var l = 0; l < lijsten.Length; l++)
                {
                    lijsten[l].RemoveRange(eerder[l], lijsten[l].Count - eerder[l]);
                }

                var tijden = new List<double>();
                for (var i = 0; i < herhalingen; i++)
                {
                    var s = Stopwatch.StartNew();
                    await actie();
                    tijden.Add(s.Elapsed.TotalMilliseconds);
                }

                tijden.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {naam} | {tijden[(tijden.Count - 1) / 2]:F0} | {tijden[Math.Max(0, (int)Math.Ceiling(0.95 * tijden.Count) - 1)]:F0} | {tijden.Count} |"));
            }

            Console.WriteLine();
            Console.WriteLine("| fase van één intern verzoek | p50 (ms) | p95 (ms) |");
            Console.WriteLine("|---|---:|---:|");
            foreach (var fase in fasen.GroupBy(f => f.Naam))
            {
                var tijden = fase.Select(f => f.Ms).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {fase.Key} | {BenchHulp.P(tijden, 50):F0} | {BenchHulp.P(tijden, 95):F0} |"));
            }

            var ladingen = paginas.Select(t => t.Ms).Order().ToList();
            var traagsteLadingen = paginas.GroupBy(t => t.Naam).Select(g => (Naam: g.Key, P95: BenchHulp.P(g.Select(t => t.Ms).Order().ToList(), 95)))
                .OrderByDescending(t => t.P95).Take(3).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Naam} {t.P95:F0} ms"));
            var meldingenLading = paginas.Where(t => t.Naam == $"{Maatstaven.Meldingen.Code}/{Uitsplitsing.Geen}").Select(t => t.Ms).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Dashboard, per paginalading ({paginas.Count} ladingen): p50 {BenchHulp.P(ladingen, 50):F0} ms, p95 {BenchHulp.P(ladingen, 95):F0} ms; traagste p95: {string.Join(", ", traagsteLadingen)}; meldingen zonder uitsplitsing p50 {BenchHulp.P(meldingenLading, 50):F0} ms, p95 {BenchHulp.P(meldingenLading, 95):F0} ms"));
            var tabellen = pertabel.Select(t => t.Ms).Order().ToList();
            var traagste = pertabel.GroupBy(t => t.Naam).Select(g => (Naam: g.Key, P95: BenchHulp.P(g.Select(t => t.Ms).Order().ToList(), 95))).MaxBy(t => t.P95);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Per tabel uit de gelezen feiten ({pertabel.Count} metingen): p50 {BenchHulp.P(tabellen, 50):F1} ms, p95 {BenchHulp.P(tabellen, 95):F1} ms; traagste p95 {traagste.P95:F1} ms ({traagste.Naam})"));
            foreach (var (soort, metingen) in new[] { ("Publiek per tabel", publiekPerTabel), ("Onderdrukking alleen (telmaatstaven)", onderdrukking) })
            {
                var tijden = metingen.Select(t => t.Ms).Order().ToList();
                var duurste = metingen.GroupBy(t => t.Naam).Select(g => (Naam: g.Key, P50: BenchHulp.P(g.Select(t => t.Ms).Order().ToList(), 50)))
                    .OrderByDescending(t => t.P50).Take(3).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Naam} {t.P50:F1} ms"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{soort} ({metingen.Count} metingen): p50 {BenchHulp.P(tijden, 50):F1} ms, p95 {BenchHulp.P(tijden, 95):F1} ms; duurste (p50): {string.Join(", ", duurste)}"));
            }

            Console.WriteLine($"Load na afloop: {Belasting()}");
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (!bewaar)
            {
                await VoerUitAsync(beheer, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            }
        }
    }

    /// <summary>
    /// Reports by generate_series (fast, in the database), then a triage on 60 % of them; the report's copy of its triage and
    /// first referral (Melding.Trieer) is set as the app sets it (one triage per report here).
    /// </summary>
    private static string Invoegen(int aantal, int beginjaar, int jaren) => $"""
        INSERT INTO meldingen ("Id", "Soort", "MelderType", "Kanaal", "OmschrijvingVersleuteld", "GemeenteCode", "Uitbuitingsvormen",
            "Indicatoren", "MinderjarigBetrokken", "AcuutGevaar", "Urgent", "Taal", "ContactToestemming", "Status", "OntvangenOp")
        SELECT gen_random_uuid(), CASE WHEN i % 20 = 0 THEN 'Adviesvraag' ELSE 'Melding' END,
            (ARRAY['Burger','Professional'])[1 + i % 2], 'Web', 'x', g.codes[1 + i % g.n],
            (ARRAY['arbeid','seksueel','crimineel'])[1 + i % 3], '', 'Onbekend', i % 17 = 0, false, 'nl', false, 'Ontvangen',
            timestamptz '{beginjaar}-01-01 00:00+00' + (i::double precision / {aantal}) * interval '{jaren} years'
        FROM generate_series(0, {aantal - 1}) AS i,
            (SELECT array_agg("CbsCode" ORDER BY "CbsCode") AS codes, count(*)::int AS n FROM gemeenten WHERE "EenheidCode" = 'DH') AS g;
        INSERT INTO melding_triages ("MeldingId", "OrganisatieId", "Tijdstip", "Uitbuitingsvormen", "Indicatoren", "Urgentie",
            "MinderjarigBetrokken", "Zijde", "GemeenteCode", "MelderIsGemeentemedewerker", "IllegaleProstitutieOfMalafideBedrijf", "Aanknopingspunten")
        SELECT m."Id", (SELECT "Id" FROM organisaties ORDER BY "Naam" LIMIT 1), m."OntvangenOp" + interval '3 hours', m."Uitbuitingsvormen", '',
            'Normaal', 'Onbekend', (ARRAY['Slachtofferkant','Beide','Daderkant'])[1 + abs(hashtext(m."Id"::text)) % 3], m."GemeenteCode", false, false, ''
        FROM meldingen m WHERE abs(hashtext(m."Id"::text)) % 10 < 6;
        INSERT INTO routebesluiten ("Id", "MeldingId", "TriageId", "OrganisatieId", "Tijdstip", "Afwijkingen", "MeldrouteVersie")
        SELECT gen_random_uuid(), t."MeldingId", t."Id", t."OrganisatieId", t."Tijdstip" + interval '2 hours', '', 1 FROM melding_triages t;
        INSERT INTO doorverwijzingen ("Id", "MeldingId", "RoutebesluitId", "AfzenderOrganisatieId", "OntvangerOrganisatieId", "Rol", "Deelniveau",
            "Doel", "Uitleg", "Urgentie", "Status", "Spoed", "MetMeldergegevens", "ToestemmingMelder", "ToestemmingSlachtoffer",
            "VerstuurdOp", "EersteActieUiterlijk", "EersteActieOp")
        SELECT gen_random_uuid(), r."MeldingId", r."Id", r."OrganisatieId",
            CASE WHEN t."Zijde" <> 'Daderkant' THEN coalesce((SELECT "Id" FROM organisaties WHERE "Type" = 'CoMensha' ORDER BY "Naam" LIMIT 1), r."OrganisatieId")
                 ELSE (SELECT "Id" FROM organisaties ORDER BY "Naam" DESC LIMIT 1) END,
            'Behandelaar', 'Geen', 'bench', '[]', 'Normaal', 'Geaccepteerd', false, false, false, false,
            r."Tijdstip", r."Tijdstip" + interval '24 hours', CASE WHEN abs(hashtext(r."Id"::text)) % 10 < 9 THEN r."Tijdstip" + interval '5 hours' END
        FROM routebesluiten r JOIN melding_triages t ON t."Id" = r."TriageId";
        INSERT INTO comensha_registraties ("Id", "DoorverwijzingId", "GeregistreerdOp", "Partijsoort", "VastgelegdOp")
        SELECT gen_random_uuid(), d."Id", date_trunc('day', d."VerstuurdOp" + interval '3 days') + interval '12 hours',
            (ARRAY['zorg','politie','gemeente','inspectie','anders'])[1 + abs(hashtext(d."Id"::text)) % 5], d."VerstuurdOp" + interval '3 days'
        FROM doorverwijzingen d JOIN organisaties o ON o."Id" = d."OntvangerOrganisatieId"
        WHERE o."Type" = 'CoMensha' AND abs(hashtext(d."Id"::text || 'r')) % 2 = 0;
        UPDATE meldingen m SET "TriageGemeenteCode" = t."GemeenteCode", "TriageZijde" = t."Zijde", "TriageUrgentie" = t."Urgentie",
            "EersteTriageOp" = t."Tijdstip"
        FROM melding_triages t WHERE t."MeldingId" = m."Id";
        UPDATE meldingen m SET "EersteDoorverwijzingOp" = d."Op"
        FROM (SELECT "MeldingId", min("VerstuurdOp") AS "Op" FROM doorverwijzingen GROUP BY "MeldingId") d WHERE d."MeldingId" = m."Id";
        INSERT INTO plaatsingsverzoeken ("Id", "AanvragerOrganisatieId", "Behoefte", "GevondenOp", "GevondenInGemeenteCode", "InschrijvingsgemeenteCode",
            "VerantwoordelijkeGemeenteCode", "Urgentie", "AangemaaktOp", "EersteOpvangOp", "EersteOpvangBevestigdOp", "VervolgGeregeldOp", "Afgesloten",
            "VerstuurdeEscalaties")
        SELECT gen_random_uuid(), t."OrganisatieId", json_build_object('geslacht', 'vrouw')::text, t."Tijdstip", t."GemeenteCode", NULL,
            CASE WHEN abs(hashtext(t."MeldingId"::text || 'v')) % 5 < 4 THEN t."GemeenteCode" END, 'Normaal', t."Tijdstip",
            t."Tijdstip" + interval '1 hour', t."Tijdstip" + interval '2 hours',
            CASE WHEN abs(hashtext(t."MeldingId"::text || 'w')) % 8 < 7 THEN t."Tijdstip" + (10 + abs(hashtext(t."MeldingId"::text)) % 91) * interval '1 hour' END,
            false, ''
        FROM melding_triages t WHERE t."Zijde" <> 'Daderkant' AND abs(hashtext(t."MeldingId"::text || 'p')) % 10 = 0;
        INSERT INTO nachten_zonder_plek ("Id", "PlaatsingsverzoekId", "Nacht", "Verblijf", "VastgelegdOp")
        SELECT gen_random_uuid(), v."Id", (v."GevondenOp" AT TIME ZONE 'Europe/Amsterdam')::date,
            (ARRAY['Straat', 'Hotel', 'Daklozenopvang', 'Politiebureau', 'TerugNaarUitbuitingssituatie', 'Onbekend'])[1 + abs(hashtext(v."Id"::text || 'n')) % 6],
            v."GevondenOp" + interval '12 hours'
        FROM plaatsingsverzoeken v WHERE abs(hashtext(v."Id"::text)) % 7 = 0;
        """;

    /// <summary>
    /// Every count measure with every breakdown of the internal figures as one plain statement, without the app: per
    /// municipality (the newest triage's, else the reporter's) of the region, quarter (Dutch time) and category, from one
    /// pass per kind of fact with GROUPING SETS for the breakdowns. The districts, the region and the year are sums of these
    /// cells. It leaves out what the app adds (reports without a municipality under their reporting point's unit, the
    /// tables and the suppression), so it is the floor the database work can reach.
    /// </summary>
    internal static string KaleSqlAlleMaatstaven(int jaar)
    {
        // The year in Dutch time, as the app counts it.
        var van = $"timestamptz '{jaar}-01-01 00:00 Europe/Amsterdam'";
        var tot = $"timestamptz '{jaar + 1}-01-01 00:00 Europe/Amsterdam'";
        return $"""
        WITH dh AS (SELECT "CbsCode" FROM gemeenten WHERE "EenheidCode" = 'DH'),
        m AS (
            SELECT coalesce(m."TriageGemeenteCode", m."GemeenteCode") AS g,
                extract(quarter FROM m."OntvangenOp" AT TIME ZONE 'Europe/Amsterdam')::int AS k,
                m."Soort" AS soort, m."MelderType" AS melder, m."Kanaal" AS kanaal, m."MinderjarigBetrokken"::text AS minderjarig,
                m."AcuutGevaar"::text AS acuut, m."TriageZijde" AS zijde, m."Uitbuitingsvormen" AS vormen
            FROM meldingen m
            WHERE m."OntvangenOp" >= {van} AND m."OntvangenOp" < {tot}
                AND m."Status" <> 'Samengevoegd' AND coalesce(m."TriageGemeenteCode", m."GemeenteCode") IN (SELECT "CbsCode" FROM dh)),
        d AS (
            SELECT coalesce(m."TriageGemeenteCode", m."GemeenteCode") AS g,
                extract(quarter FROM d."VerstuurdOp" AT TIME ZONE 'Europe/Amsterdam')::int AS k, o."Type" AS ontvanger, d."Rol" AS rol
            FROM doorverwijzingen d JOIN meldingen m ON m."Id" = d."MeldingId" JOIN organisaties o ON o."Id" = d."OntvangerOrganisatieId"
            WHERE d."VerstuurdOp" >= {van} AND d."VerstuurdOp" < {tot}
                AND coalesce(m."TriageGemeenteCode", m."GemeenteCode") IN (SELECT "CbsCode" FROM dh)),
        r AS (
            SELECT coalesce(m."TriageGemeenteCode", m."GemeenteCode") AS g,
                extract(quarter FROM r."GeregistreerdOp" AT TIME ZONE 'Europe/Amsterdam')::int AS k, r."Partijsoort" AS partij
            FROM comensha_registraties r JOIN doorverwijzingen d ON d."Id" = r."DoorverwijzingId" JOIN meldingen m ON m."Id" = d."MeldingId"
            WHERE r."GeregistreerdOp" >= {van} AND r."GeregistreerdOp" < {tot}
                AND coalesce(m."TriageGemeenteCode", m."GemeenteCode") IN (SELECT "CbsCode" FROM dh)),
        p AS (
            SELECT v."GevondenInGemeenteCode" AS gevonden, v."VerantwoordelijkeGemeenteCode" AS verantwoordelijk,
                extract(quarter FROM v."EersteOpvangBevestigdOp" AT TIME ZONE 'Europe/Amsterdam')::int AS k
            FROM plaatsingsverzoeken v
            WHERE v."EersteOpvangBevestigdOp" >= {van} AND v."EersteOpvangBevestigdOp" < {tot})
        SELECT 'meldingen' AS bron, g, k, soort, melder, kanaal, minderjarig, acuut, zijde, NULL AS vorm, count(*)
        FROM m GROUP BY GROUPING SETS ((g, k, soort), (g, k, soort, melder), (g, k, soort, kanaal), (g, k, soort, minderjarig),
            (g, k, soort, acuut), (g, k, soort, zijde))
        UNION ALL
        SELECT 'vormen', g, k, NULL, NULL, NULL, NULL, NULL, NULL, v, count(*)
        FROM m CROSS JOIN LATERAL unnest(string_to_array(vormen, ';')) AS v WHERE soort = 'Melding' GROUP BY g, k, v
        UNION ALL
        SELECT 'doorverwijzingen', g, k, NULL, ontvanger, rol, NULL, NULL, NULL, NULL, count(*)
        FROM d GROUP BY GROUPING SETS ((g, k), (g, k, ontvanger), (g, k, rol))
        UNION ALL
        SELECT 'comensha', g, k, NULL, partij, NULL, NULL, NULL, NULL, NULL, count(*)
        FROM r GROUP BY GROUPING SETS ((g, k), (g, k, partij))
        UNION ALL
        SELECT 'opvang-plaatsingen', gevonden, k, NULL, NULL, NULL, NULL, NULL, NULL, NULL, count(*) FROM p GROUP BY 2, 3
        UNION ALL
        SELECT 'opvang-verantwoordelijk', verantwoordelijk, k, NULL, NULL, NULL, NULL, NULL, NULL, NULL, count(*) FROM p GROUP BY 2, 3
        UNION ALL
        SELECT 'opvang-nachten', v."GevondenInGemeenteCode", extract(quarter FROM n."Nacht")::int, NULL, NULL, NULL, NULL, NULL, NULL, NULL, count(DISTINCT (n."PlaatsingsverzoekId", n."Nacht"))
        FROM nachten_zonder_plek n JOIN plaatsingsverzoeken v ON v."Id" = n."PlaatsingsverzoekId"
        WHERE n."Nacht" >= date '{jaar}-01-01' AND n."Nacht" < date '{jaar + 1}-01-01'
        GROUP BY 2, 3
        UNION ALL
        SELECT 'opvang-wachtend', v."GevondenInGemeenteCode", extract(quarter FROM v."GevondenOp" AT TIME ZONE 'Europe/Amsterdam')::int,
            NULL, NULL, NULL, NULL, NULL, NULL, NULL, count(*)
        FROM plaatsingsverzoeken v
        WHERE v."GevondenOp" >= {van} AND v."GevondenOp" < {tot}
            AND (v."VervolgGeregeldOp" IS NULL OR v."VervolgGeregeldOp" > now())
        GROUP BY 2, 3
        """;
    }

    private static string Belasting() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";

    private static async Task VoerUitAsync(string verbinding, string sql)
    {
        await using var c = new NpgsqlConnection(verbinding);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string verbinding, string sql)
    {
        await using var c = new NpgsqlConnection(verbinding);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
