using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Schakel.Bench.BenchHulp;

namespace Schakel.Bench.Belasting;

/// <summary>
/// Many reporters at once against a running app (bench/belasting.sh starts one on PostgreSQL or SQLite): each reporter
/// sends a report, waits Retry-After on a 503 and sends it again, until the time is up. Afterwards every acknowledged
/// receipt code is looked up. Loopback only, bounded loops, stops by itself.
/// --vorm api posts JSON to /api/v1/meldingen; --vorm html is a browser without JavaScript on the public form: it loads
/// /melden (cookie, form token and one-time send key), posts the multipart form, follows the redirect to the receipt
/// page and reads the code there. A 503 page is waited out (Retry-After) and the same form is posted again, as a
/// person pressing send once more would.
/// Usage: belasting --url http://127.0.0.1:PORT [--melders 200] [--seconden 180] [--vorm api|html]
/// </summary>
public static partial class MeldersBelasting
{
    private sealed record Poging(int Status, double Ms);

    public static async Task<int> RunAsync(string[] args)
    {
        var url = Waarde(args, "--url") ?? throw new ArgumentException("--url ontbreekt");
        var basis = new Uri(url);
        if (!IPAddress.IsLoopback(Dns.GetHostAddresses(basis.Host)[0]))
        {
            throw new ArgumentException("Alleen tegen loopback: dit is een belastingstest.");
        }
        var melders = int.Parse(Waarde(args, "--melders") ?? "200", CultureInfo.InvariantCulture);
        var duur = TimeSpan.FromSeconds(int.Parse(Waarde(args, "--seconden") ?? "180", CultureInfo.InvariantCulture));
        var html = (Waarde(args, "--vorm") ?? "api") == "html";

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = melders + 8, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = basis,
            Timeout = TimeSpan.FromSeconds(120),
        };
        var pogingen = new ConcurrentBag<Poging>();
        var codes = new ConcurrentBag<string>();
        var fouten = new ConcurrentDictionary<string, int>();
        var einde = DateTime.UtcNow + duur;
        var klok = Stopwatch.StartNew();

        async Task MelderAsync(int nummer)
        {
            var willekeurig = new Random(nummer);
            // Spread the start over the first second, as people do not all press at once.
            await Task.Delay(willekeurig.Next(1000));
            if (html)
            {
                await HtmlMelderAsync(nummer, willekeurig);
                return;
            }
            for (var i = 0; DateTime.UtcNow < einde && i < 100_000; i++)
            {
                var body = new
                {
                    melderType = "burger",
                    omschrijving = $"Belastingstest {nummer}-{i}: arbeiders slapen in busjes bij de loods aan de haven.",
                    gemeenteCode = "GM0518",
                    uitbuitingsvormen = new[] { "arbeid" },
                    minderjarigBetrokken = "onbekend",
                    acuutGevaar = false,
                    taal = "nl",
                };
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var antwoord = await http.PostAsJsonAsync("/api/v1/meldingen", body);
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    pogingen.Add(new Poging((int)antwoord.StatusCode, ms));
                    if (antwoord.StatusCode == HttpStatusCode.Created)
                    {
                        var json = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync());
                        codes.Add(json.RootElement.GetProperty("ontvangstcode").GetString()!);
                        // A person takes a while to read the code and write it down before the next report.
                        await Task.Delay(willekeurig.Next(500, 1500));
                    }
                    else if (antwoord.Headers.RetryAfter?.Delta is { } wacht)
                    {
                        // Honour Retry-After, but never beyond the end of the run.
                        var rest = einde - DateTime.UtcNow;
                        await Task.Delay(wacht < rest ? wacht : rest > TimeSpan.Zero ? rest : TimeSpan.Zero);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    fouten.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                    pogingen.Add(new Poging(0, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
                }
            }
        }

        async Task HtmlMelderAsync(int nummer, Random willekeurig)
        {
            // One browser per reporter: its own cookies (antiforgery, the receipt carrier), no redirects followed blindly.
            using var browser = new HttpClient(new SocketsHttpHandler
            {
                CookieContainer = new CookieContainer(),
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            })
            { BaseAddress = basis, Timeout = TimeSpan.FromSeconds(120) };
            (string Token, string Sleutel)? formulier = null;
            for (var i = 0; DateTime.UtcNow < einde && i < 100_000; i++)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    if (formulier is null)
                    {
                        using var pagina = await browser.GetAsync("/melden");
                        if (pagina.StatusCode != HttpStatusCode.OK)
                        {
                            pogingen.Add(new Poging(-(int)pagina.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
                            await WachtAsync(pagina.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                            continue;
                        }
                        formulier = Velden(await pagina.Content.ReadAsStringAsync());
                        start = Stopwatch.GetTimestamp();
                    }
                    using var inhoud = new MultipartFormDataContent
                    {
                        { new StringContent(formulier.Value.Token), "__RequestVerificationToken" },
                        { new StringContent(formulier.Value.Sleutel), "verzendsleutel" },
                        { new StringContent("nee"), "acuutGevaar" },
                        { new StringContent("burger"), "melderType" },
                        { new StringContent($"Belastingstest formulier {nummer}-{i}: arbeiders slapen in busjes bij de loods aan de haven."), "omschrijving" },
                        { new StringContent("GM0518"), "gemeenteCode" },
                        { new StringContent("arbeid"), "uitbuitingsvormen" },
                    };
                    using var antwoord = await browser.PostAsync("/melden", inhoud);
                    if (antwoord.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found)
                    {
                        using var ontvangen = await browser.GetAsync(antwoord.Headers.Location);
                        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                        var code = CodeRegex().Match(await ontvangen.Content.ReadAsStringAsync());
                        pogingen.Add(new Poging(code.Success ? 201 : (int)ontvangen.StatusCode, ms));
                        if (code.Success)
                        {
                            codes.Add(code.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal));
                        }
                        // A new report is a new form (a new send key); first a person writes the code down.
                        formulier = null;
                        await Task.Delay(willekeurig.Next(500, 1500));
                        continue;
                    }
                    pogingen.Add(new Poging((int)antwoord.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
                    if (antwoord.StatusCode == HttpStatusCode.ServiceUnavailable)
                    {
                        // The 503 page keeps the typed text and the same send key: pressing send again later sends the same report.
                        await WachtAsync(antwoord.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                    }
                    else
                    {
                        formulier = null;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    fouten.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                    pogingen.Add(new Poging(0, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
                    formulier = null;
                }
            }
        }

        async Task WachtAsync(TimeSpan wacht)
        {
            // Honour Retry-After, but never beyond the end of the run.
            var rest = einde - DateTime.UtcNow;
            await Task.Delay(wacht < rest ? wacht : rest > TimeSpan.Zero ? rest : TimeSpan.Zero);
        }

        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}");
        Console.WriteLine($"{melders} reporters ({(html ? "HTML form, no JavaScript" : "API")}) for {duur.TotalSeconds:0} s against {basis}");
        await Task.WhenAll(Enumerable.Range(0, melders).Select(MelderAsync));
        var looptijd = klok.Elapsed;

        var lijst = pogingen.ToList();
        var aangenomen = lijst.Where(p => p.Status == 201).Select(p => p.Ms).Order().ToList();
        Console.WriteLine($"Run: {looptijd.TotalSeconds:0} s, {lijst.Count} requests, {aangenomen.Count} accepted ({aangenomen.Count / looptijd.TotalSeconds:0.0}/s)");
        foreach (var groep in lijst.GroupBy(p => p.Status).OrderBy(g => g.Key))
        {
            var naam = groep.Key switch
            {
                0 => "no answer",
                201 when html => "201 (redirect to the receipt page with its code)",
                < 0 => $"{-groep.Key} on loading the form",
                _ => groep.Key.ToString(CultureInfo.InvariantCulture),
            };
            Console.WriteLine($"  status {naam}: {groep.Count()}");
        }
        foreach (var (soort, aantal) in fouten)
        {
            Console.WriteLine($"  {soort}: {aantal}");
        }
        // A failed page load (HTML mode) is counted by its status as a negative number; a 5xx there counts as well.
        var vijfhonderd = lijst.Count(p => Math.Abs(p.Status) >= 500 && Math.Abs(p.Status) != 503);
        var weigeringen = lijst.Where(p => p.Status == 503).Select(p => p.Ms).Order().ToList();
        Console.WriteLine($"5xx other than 503: {vijfhonderd}; 503: {weigeringen.Count}");
        if (aangenomen.Count > 0)
        {
            Console.WriteLine($"Accepted latency ms: p50 {P(aangenomen, 50):0}, p95 {P(aangenomen, 95):0}, p99 {P(aangenomen, 99):0}, max {aangenomen[^1]:0}");
        }
        if (weigeringen.Count > 0)
        {
            Console.WriteLine($"503 latency ms: p50 {P(weigeringen, 50):0}, p95 {P(weigeringen, 95):0}, max {weigeringen[^1]:0}");
        }

        // Every acknowledged report must be retrievable with its code: a few lookups at a time, so the check itself
        // does not overload the node; a 503 is waited out and asked again (bounded).
        var teControleren = codes.ToList();
        var nietGevonden = 0;
        var gevonden = 0;
        await Parallel.ForEachAsync(teControleren, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (code, ct) =>
        {
            for (var poging = 0; poging < 20; poging++)
            {
                using var antwoord = await http.PostAsJsonAsync("/api/v1/meldingen/_status", new { ontvangstcode = code }, ct);
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
                    Interlocked.Increment(ref nietGevonden);
                }
                return;
            }
            Interlocked.Increment(ref nietGevonden);
        });
        Console.WriteLine($"Acknowledged reports retrievable by code: {gevonden} of {teControleren.Count} (not: {nietGevonden})");
        return vijfhonderd == 0 && nietGevonden == 0 && lijst.All(p => p.Status != 0) ? 0 : 1;
    }

    /// <summary>The antiforgery token and the one-time send key of the report form.</summary>
    private static (string Token, string Sleutel) Velden(string pagina) =>
        (FormulierToken(pagina), WebUtility.HtmlDecode(SleutelRegex().Match(pagina).Groups[1].Value));

    [System.Text.RegularExpressions.GeneratedRegex("name=\"verzendsleutel\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex SleutelRegex();

    [System.Text.RegularExpressions.GeneratedRegex("data-ontvangstcode>([^<]+)<")]
    private static partial System.Text.RegularExpressions.Regex CodeRegex();

}
