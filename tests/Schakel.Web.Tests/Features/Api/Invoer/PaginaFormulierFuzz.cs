using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Schakel.Web.Tests.Features.Api.Invoer;

/// <summary>
/// The hostile-input sweep of every page form (issue 13). The forms are not listed by hand: every Razor page with
/// an OnPost handler is discovered from the app's own page descriptors, and its forms are found by walking the
/// site as a visitor and as each demo role, so a new form is covered without touching this test (and a page with
/// an OnPost handler that no walk reaches fails the test until it is reachable or listed below with its reason).
/// Each case posts one form as a browser would (fresh page, cookies, form token) with one hostile change: refused
/// characters, a 1 MB value, a key over 2,048 characters, a number or a list for a choice, a date at the edge of
/// the calendar, a field left out, the wrong content type, a missing or forged form token. Never a 5xx (503 only
/// with Retry-After); refused characters, values above the length limit, edge dates, wrong content types and bad tokens store nothing (no
/// redirect after the post: the page shows the message next to the field, or a 400 page).
/// SCHAKEL_PAGINAFUZZ_CASES sets the number of cases per database (default 300), SCHAKEL_FUZZ_SEED the seed.
/// </summary>
public abstract partial class PaginaFormulierFuzzTests(SchakelFactory factory, ITestOutputHelper uitvoer)
{
    /// <summary>Pages with an OnPost handler that no walk reaches as a form, each with its reason.</summary>
    private static readonly Dictionary<string, string> NietBereikbaar = new(StringComparer.Ordinal)
    {
        ["/Error"] = "the error page takes any method and has no form",
        ["/inloggen/extern"] = "the OIDC sign-in is only shown when an external provider is configured",
        ["/uitloggen"] = "signing out would end the walk's session; its form holds nothing but the token",
        ["/account/tweestaps-instellen"] = "only for an account without two-step sign-in, and every demo account has it (TweestapsEenmaligTests)",
        ["/uitnodiging"] = "reached only through the link in an invitation (BeheerAccountsTests)",
        // Work the demo data does not hold and the sweep does not make (GegevensAsync makes the rest).
        ["/opvang/mijn-plekken/reserveringen/{id:guid}"] = "needs a hold on the shelter's own bed (MijnPlekkenTests)",
        ["/privacy/verzoeken/{id:guid}"] = "needs a registered request of a person concerned; the demo has none (VerzoekenBetrokkenenTests)",
        ["/monitor/comensha"] = "its form is shown only to CoMensha's staff for a victim-side referral to CoMensha (CoMenshaRegistratieTests)",
    };

    private static int Aantal => int.TryParse(Environment.GetEnvironmentVariable("SCHAKEL_PAGINAFUZZ_CASES"), out var n) && n > 0 ? n : 300;

    private static int Zaad => int.TryParse(Environment.GetEnvironmentVariable("SCHAKEL_FUZZ_SEED"), out var z) ? z : 13;

    /// <summary>
    /// A bound on each match of the page parsing (small, simple patterns); generous, because on a shared machine at a load
    /// average of 200 a one-second bound was once exceeded while parsing an ordinary page.
    /// </summary>
    private static readonly TimeSpan RegexTijd = TimeSpan.FromSeconds(30);

    /// <summary>Pages walked per identity; a detail page of one kind is visited once.</summary>
    private const int MaxPaginas = 100;

    private static readonly string[] RefusedTekens = ["%00", "a%00b", "%01", "%1B%5B31m", "%7F", "%C2%85", "x%0By"];

    private static readonly string[] RandDatums = ["0001-01-01", "9999-12-31", "0001-01-01T00:00", "9999-12-31T23:59", "0000-00-00", "2026-02-30"];

    private static readonly string[] KeuzeWaarden = ["-1", "7", "99999999999", "0x1", "1e309", "NaN", " ", "%00", "vrouw, man"];

    private enum Soort { Tekens, Groot, Sleutel, Keuze, Datum, Weg, Inhoudstype, Token }

    private sealed record Veld(string Naam, string Waarde, string Tag, string? Type, List<string> Opties);

    private sealed record Formulier(string Identiteit, string Bron, string Actie, string Sjabloon, bool Multipart, List<Veld> Velden);

    [Fact]
    public async Task Geen_paginaformulier_geeft_een_5xx_of_slaat_vijandige_invoer_op()
    {
        var klok = System.Diagnostics.Stopwatch.StartNew();
        var sjablonen = await PostPaginasAsync();
        var identiteiten = new Dictionary<string, HttpClient> { ["bezoeker"] = Client() };
        foreach (var demo in DemoAccounts.Alle)
        {
            identiteiten[demo.Rol] = await factory.AlsAsync(demo.Rol, Client());
        }
        // Halfway through signing in: the password is given, the second step is asked.
        var halverwege = Client();
        var demoAccount = DemoAccounts.Alle[0];
        await Aanmelden.PostFormAsync(halverwege, "/inloggen", new() { ["Email"] = demoAccount.Email, ["Wachtwoord"] = DemoAccounts.Wachtwoord });
        identiteiten["tweede stap"] = halverwege;
        var aangemeld = klok.Elapsed;
        var direct = await GegevensAsync(identiteiten);
        var gezaaid = klok.Elapsed;

        var formulieren = new List<Formulier>();
        foreach (var (naam, http) in identiteiten)
        {
            var start = naam switch { "bezoeker" => "/", "tweede stap" => "/inloggen/tweestaps", _ => "/werkplek" };
            formulieren.AddRange(await WandelAsync(naam, http, [.. direct.GetValueOrDefault(naam) ?? [], start], sjablonen));
        }
        // One form per page, identity and set of fields: the walk finds the same form on many pages.
        formulieren = [.. formulieren.GroupBy(f => (f.Identiteit, f.Sjabloon, f.Actie.Split('?').ElementAtOrDefault(1),
            string.Join(',', f.Velden.Select(v => v.Naam).Order(StringComparer.Ordinal)))).Select(g => g.First())];
        var bereikt = formulieren.Select(f => f.Sjabloon).ToHashSet(StringComparer.Ordinal);
        var ontbreekt = sjablonen.Keys.Where(s => !bereikt.Contains(s) && !NietBereikbaar.ContainsKey(s)).ToList();
        // A browser sends only what the form itself holds: a form without its own token is refused for everyone, whatever
        // token another form on the page carries (which is how a test that takes the page's first token misses it).
        var zonderToken = formulieren.Where(f => f.Velden.All(v => v.Naam != "__RequestVerificationToken"))
            .Select(f => $"{f.Actie} (op {f.Bron} als {f.Identiteit})").Distinct(StringComparer.Ordinal).ToList();
        uitvoer.WriteLine($"{sjablonen.Count} pagina's met OnPost, {formulieren.Count} formulieren bereikt op {bereikt.Count} pagina's");
        var gewandeld = klok.Elapsed;

        var v = new Vijandig(Zaad + 2);
        var fouten = new List<string>();
        var statussen = new SortedDictionary<string, int>(StringComparer.Ordinal);
        // Round robin over the forms, so each one gets its share of every kind of change.
        var volgorde = formulieren.OrderBy(f => f.Identiteit, StringComparer.Ordinal).ThenBy(f => f.Actie, StringComparer.Ordinal).ToList();
        for (var i = 0; i < Aantal; i++)
        {
            var basis = volgorde[i % volgorde.Count];
            var http = identiteiten[basis.Identiteit];
            var formulier = await VersAsync(http, basis) ?? basis;
            var soort = (Soort)v.Kans.Next(Enum.GetValues<Soort>().Length);
            var (inhoud, beschrijving, mag3xx, moet4xx) = Maak(formulier, soort, v);
            using var antwoord = await http.PostAsync(Pad(formulier.Actie), inhoud);
            var status = (int)antwoord.StatusCode;
            var sleutel = $"{soort}:{status}";
            statussen[sleutel] = statussen.GetValueOrDefault(sleutel) + 1;
            var geval = $"#{i} {soort} als {basis.Identiteit} op {formulier.Actie} (van {formulier.Bron}): {Kort(beschrijving)}";
            if (status >= 500 && !(status == 503 && antwoord.Headers.RetryAfter is not null))
            {
                fouten.Add($"{status} bij {geval}");
            }
            else if (!mag3xx && status is >= 300 and < 400)
            {
                fouten.Add($"{status} naar {antwoord.Headers.Location} (opgeslagen?) bij {geval}");
            }
            else if (moet4xx && status is < 400 or >= 500)
            {
                fouten.Add($"{status} in plaats van 4xx bij {geval}");
            }
        }
        uitvoer.WriteLine($"seed {Zaad + 2}, {Aantal} gevallen: " + string.Join(", ", statussen.Select(s => $"{s.Key}×{s.Value}")));
        // Where the time goes (the suite's budget): signing in, making the data, walking, posting the cases.
        uitvoer.WriteLine($"tijd: aanmelden {aangemeld.TotalSeconds:0.0} s, gegevens {(gezaaid - aangemeld).TotalSeconds:0.0} s, "
            + $"wandelingen {(gewandeld - gezaaid).TotalSeconds:0.0} s, gevallen {(klok.Elapsed - gewandeld).TotalSeconds:0.0} s");
        Assert.True(fouten.Count == 0, $"seed {Zaad + 2}, {fouten.Count} van {Aantal} gevallen fout:\n" + string.Join('\n', fouten.Take(20)));
        Assert.True(ontbreekt.Count == 0, "Pagina's met OnPost die geen wandeling als formulier bereikt: " + string.Join(", ", ontbreekt));
        Assert.True(zonderToken.Count == 0, "Formulieren zonder eigen formuliertoken: " + string.Join(", ", zonderToken));
    }

    private HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Every page route with an OnPost handler, as a pattern for the paths it answers.</summary>
    private async Task<Dictionary<string, Regex>> PostPaginasAsync()
    {
        var beschrijvingen = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>();
        var lader = factory.Services.GetRequiredService<PageLoader>();
        var uitkomst = new Dictionary<string, Regex>(StringComparer.Ordinal);
        foreach (var pagina in beschrijvingen)
        {
            var compiled = await lader.LoadAsync(pagina, new Microsoft.AspNetCore.Http.EndpointMetadataCollection());
            if (!compiled.HandlerMethods.Any(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            var sjabloon = "/" + (pagina.AttributeRouteInfo?.Template ?? pagina.ViewEnginePath.TrimStart('/'));
            uitkomst[sjabloon] = Patroon(sjabloon);
        }
        return uitkomst;
    }

    private static Regex Patroon(string sjabloon)
    {
        var delen = sjabloon.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(d =>
            d.StartsWith('{') ? (d.Contains('?', StringComparison.Ordinal) ? "(?:/[^/]+)?" : "/[^/]+") : "/" + Regex.Escape(d));
        return new Regex("^" + string.Concat(delen) + "/?$", RegexOptions.IgnoreCase, RegexTijd);
    }

    /// <summary>
    /// Walks the site as one identity from its start pages (the seeded detail pages first, then the home page) and returns
    /// every POST form to a page. The start pages count against the page budget like any other.
    /// </summary>
    private async Task<List<Formulier>> WandelAsync(string identiteit, HttpClient http, List<string> starts, Dictionary<string, Regex> sjablonen)
    {
        var formulieren = new List<Formulier>();
        var wachtrij = new Queue<string>(starts);
        var gezien = new HashSet<string>(starts, StringComparer.OrdinalIgnoreCase);
        var perSoort = new Dictionary<string, int>(StringComparer.Ordinal);
        var bezocht = 0;
        while (wachtrij.Count > 0 && bezocht < MaxPaginas)
        {
            var pagina = wachtrij.Dequeue();
            using var antwoord = await http.GetAsync(Pad(pagina));
            if (antwoord.StatusCode != HttpStatusCode.OK || antwoord.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            bezocht++;
            var html = await antwoord.Content.ReadAsStringAsync();
            foreach (var f in Formulieren(html, pagina, identiteit, sjablonen))
            {
                formulieren.Add(f);
            }
            foreach (Match m in LinkRegex().Matches(html))
            {
                var link = WebUtility.HtmlDecode(m.Groups["href"].Value).Split('#')[0];
                var pad = link.Split('?')[0];
                if (!IsTeVolgen(pad) || !gezien.Add(link))
                {
                    continue;
                }
                var soort = IdRegex().Replace(pad, "*");
                if ((perSoort[soort] = perSoort.GetValueOrDefault(soort) + 1) <= 1)
                {
                    wachtrij.Enqueue(link);
                }
            }
        }
        return formulieren;
    }

    private static bool IsTeVolgen(string pad) =>
        pad.StartsWith('/') && !pad.StartsWith("//", StringComparison.Ordinal)
        && !pad.StartsWith("/api", StringComparison.OrdinalIgnoreCase)
        && !pad.StartsWith("/Error", StringComparison.OrdinalIgnoreCase)
        && !pad.StartsWith("/lib/", StringComparison.OrdinalIgnoreCase)
        && !pad.StartsWith("/css/", StringComparison.OrdinalIgnoreCase)
        && !pad.StartsWith("/js/", StringComparison.OrdinalIgnoreCase)
        && !BestandRegex().IsMatch(pad);

    private static IEnumerable<Formulier> Formulieren(string html, string pagina, string identiteit, Dictionary<string, Regex> sjablonen)
    {
        foreach (Match m in FormulierRegex().Matches(html))
        {
            var kop = m.Groups["kop"].Value;
            if (!string.Equals(Attribuut(kop, "method"), "post", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var actie = Attribuut(kop, "action") is { Length: > 0 } a ? WebUtility.HtmlDecode(a) : pagina;
            if (!actie.StartsWith('/') || actie.StartsWith("/api", StringComparison.OrdinalIgnoreCase)
                || actie.StartsWith("/uitloggen", StringComparison.OrdinalIgnoreCase))
            {
                // Signing out ends the walk's session; its form has nothing but the token.
                continue;
            }
            // The most literal template that matches: "/beheer/indicatoren/nieuw" is its own page, not "/beheer/indicatoren/{code}".
            var sjabloon = sjablonen.Where(s => s.Value.IsMatch(actie.Split('?')[0]))
                .OrderBy(s => s.Key.Count(c => c == '{')).ThenBy(s => s.Key, StringComparer.Ordinal).FirstOrDefault().Key;
            if (sjabloon is null)
            {
                // A POST to a minimal endpoint (the language switch): covered by the API's and the public forms' fuzz.
                continue;
            }
            yield return new Formulier(identiteit, pagina, actie, sjabloon,
                Attribuut(kop, "enctype")?.Contains("multipart", StringComparison.OrdinalIgnoreCase) == true, Velden(m.Groups["inhoud"].Value));
        }
    }

    private static List<Veld> Velden(string inhoud)
    {
        var velden = new List<Veld>();
        foreach (Match m in VeldRegex().Matches(inhoud))
        {
            var tag = m.Groups["tag"].Value.ToLowerInvariant();
            var kop = m.Value;
            if (Attribuut(kop, "name") is not { } naam || Attribuut(kop, "disabled") is not null && kop.Contains(" disabled", StringComparison.Ordinal))
            {
                continue;
            }
            naam = WebUtility.HtmlDecode(naam);
            var type = Attribuut(kop, "type")?.ToLowerInvariant();
            if (type is "checkbox" or "radio" && !Regex.IsMatch(kop, "\\bchecked\\b", RegexOptions.None, RegexTijd))
            {
                // Not sent by a browser unless chosen; a radio group's other values are its choices.
                velden.Add(new Veld(naam, WebUtility.HtmlDecode(Attribuut(kop, "value") ?? "on"), tag, type + "-uit", []));
                continue;
            }
            if (tag == "select")
            {
                var opties = OptieRegex().Matches(m.Groups["binnen"].Value).Select(o => WebUtility.HtmlDecode(o.Groups["w"].Value)).ToList();
                var gekozen = OptieRegex().Matches(m.Groups["binnen"].Value).FirstOrDefault(o => o.Value.Contains("selected", StringComparison.Ordinal));
                velden.Add(new Veld(naam, gekozen is null ? opties.FirstOrDefault() ?? "" : WebUtility.HtmlDecode(gekozen.Groups["w"].Value), tag, "select", opties));
                continue;
            }
            var waarde = tag == "textarea" ? WebUtility.HtmlDecode(m.Groups["binnen"].Value) : WebUtility.HtmlDecode(Attribuut(kop, "value") ?? "");
            velden.Add(new Veld(naam, waarde, tag, type, []));
        }
        return velden;
    }

    /// <summary>The same form on a freshly loaded page (a new one-time form token), or null when it is gone.</summary>
    private static async Task<Formulier?> VersAsync(HttpClient http, Formulier basis)
    {
        using var antwoord = await http.GetAsync(Pad(basis.Bron));
        if (antwoord.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }
        var html = await antwoord.Content.ReadAsStringAsync();
        var namen = string.Join(',', basis.Velden.Select(v => v.Naam).Order(StringComparer.Ordinal));
        var sjablonen = new Dictionary<string, Regex>(StringComparer.Ordinal) { [basis.Sjabloon] = Patroon(basis.Sjabloon) };
        return Formulieren(html, basis.Bron, basis.Identiteit, sjablonen).FirstOrDefault(f => f.Actie == basis.Actie
            && string.Join(',', f.Velden.Select(v => v.Naam).Order(StringComparer.Ordinal)) == namen);
    }

    /// <summary>The post with one hostile change; whether a redirect (something stored) is acceptable for it.</summary>
    private static (HttpContent Inhoud, string Beschrijving, bool Mag3xx, bool Moet4xx) Maak(Formulier formulier, Soort soort, Vijandig v)
    {
        // As a browser sends it: values percent-encoded, unchosen boxes left out.
        var velden = formulier.Velden.Where(f => f.Type is not ("checkbox-uit" or "radio-uit"))
            .Select(f => (f.Naam, Waarde: Uri.EscapeDataString(f.Waarde))).ToList();
        var invoer = formulier.Velden.Where(f => f.Naam != "__RequestVerificationToken" && f.Type is not ("hidden" or "submit")).ToList();
        var gewoon = invoer.Count > 0 ? invoer : formulier.Velden.Where(f => f.Naam != "__RequestVerificationToken").ToList();
        string? contentType = null;
        var mag3xx = true;
        void Zet(string naam, string waarde)
        {
            velden.RemoveAll(x => x.Naam == naam);
            velden.Add((naam, waarde));
        }
        switch (soort)
        {
            case Soort.Tekens when gewoon.Count > 0:
                var doel = v.Kies(gewoon);
                Zet(doel.Naam, Uri.EscapeDataString(doel.Waarde.Length > 0 ? doel.Waarde : "tekst") + v.Kies(RefusedTekens));
                mag3xx = false;
                break;
            case Soort.Groot when gewoon.Count > 0:
                // Above every field's limit (Invoerlengte): refused with the message next to the field or the 400 page, never stored.
                Zet(v.Kies(gewoon).Naam, new string('x', 1024 * 1024));
                mag3xx = false;
                break;
            case Soort.Sleutel:
                velden.Add((new string('k', 2049 + v.Kans.Next(100)), "1"));
                break;
            case Soort.Keuze:
                var keuzes = formulier.Velden.Where(f => f.Type is "select" or "radio" or "radio-uit" or "checkbox" or "checkbox-uit").ToList();
                var keuze = keuzes.Count > 0 ? v.Kies(keuzes) : gewoon.Count > 0 ? v.Kies(gewoon) : null;
                if (keuze is not null)
                {
                    if (v.Keer(0.3) && keuze.Opties.Count > 1)
                    {
                        // Two choices for one field where one is asked.
                        Zet(keuze.Naam, Uri.EscapeDataString(keuze.Opties[0]));
                        velden.Add((keuze.Naam, Uri.EscapeDataString(keuze.Opties[^1])));
                    }
                    else
                    {
                        Zet(keuze.Naam, v.Kies(KeuzeWaarden).Replace(" ", "%20", StringComparison.Ordinal));
                    }
                }
                break;
            case Soort.Datum:
                var datums = formulier.Velden.Where(f => f.Type is "date" or "datetime-local" or "month").ToList();
                if (datums.Count > 0)
                {
                    var datum = v.Kies(datums);
                    var rand = v.Kies(RandDatums);
                    Zet(datum.Naam, datum.Type == "month" ? rand[..7] : datum.Type == "date" ? rand[..Math.Min(10, rand.Length)] : rand);
                    // 2026-02-30 and 0000-00-00 are no dates at all; the others are dates outside what anyone means.
                    mag3xx = false;
                }
                else if (gewoon.Count > 0)
                {
                    Zet(v.Kies(gewoon).Naam, v.Kies(RandDatums));
                }
                break;
            case Soort.Weg:
                if (v.Keer(0.5) && gewoon.Count > 0)
                {
                    var weg = v.Kies(gewoon).Naam;
                    velden.RemoveAll(x => x.Naam == weg);
                }
                else
                {
                    velden = [.. velden.Select(x => x.Naam == "__RequestVerificationToken" ? x : (x.Naam, ""))];
                }
                break;
            case Soort.Inhoudstype:
                contentType = v.Kies(new[] { "application/json", "text/plain", "multipart/form-data", "application/x-www-form-urlencoded; charset=bogus", "application/xml" });
                mag3xx = contentType.EndsWith("bogus", StringComparison.Ordinal);
                break;
            case Soort.Token:
                var token = v.Kies(new[] { "", "vervalst", "%00", new string('A', 4000) });
                velden.RemoveAll(x => x.Naam == "__RequestVerificationToken");
                if (token.Length > 0 || v.Keer(0.5))
                {
                    velden.Add(("__RequestVerificationToken", token));
                }
                mag3xx = false;
                break;
        }
        var tekst = string.Join('&', velden.Select(f => $"{Uri.EscapeDataString(f.Naam)}={f.Waarde}"));
        HttpContent inhoud;
        if (contentType is null && formulier.Multipart && v.Keer(0.7))
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (naam, waarde) in velden)
            {
                multipart.Add(new ByteArrayContent(WebUtility.UrlDecodeToBytes(Encoding.ASCII.GetBytes(waarde), 0, waarde.Length)), naam);
            }
            inhoud = multipart;
        }
        else
        {
            inhoud = new ByteArrayContent(Encoding.ASCII.GetBytes(tekst));
            inhoud.Headers.TryAddWithoutValidation("Content-Type", contentType ?? "application/x-www-form-urlencoded");
        }
        // A form with an unknown charset label is read as UTF-8 or refused, never a 500; every other wrong type, and a
        // missing or forged form token, is refused.
        var bogus = contentType?.EndsWith("bogus", StringComparison.Ordinal) == true;
        if (bogus)
        {
            mag3xx = true;
        }
        return (inhoud, $"[{contentType ?? inhoud.Headers.ContentType?.MediaType}] {tekst}", mag3xx, soort is Soort.Token || (soort is Soort.Inhoudstype && !bogus));
    }

    private static string Pad(string pad) => pad;

    private static string? Attribuut(string tag, string naam)
    {
        var m = Regex.Match(tag, $"\\s{naam}=\"(?<w>[^\"]*)\"", RegexOptions.IgnoreCase, RegexTijd);
        return m.Success ? m.Groups["w"].Value : Regex.IsMatch(tag, $"\\s{naam}[\\s>/]", RegexOptions.IgnoreCase, RegexTijd) ? "" : null;
    }

    private static string Kort(string tekst) => tekst.Length > 300 ? tekst[..300] + "…" : tekst;

    [GeneratedRegex("<form\\b(?<kop>[^>]*)>(?<inhoud>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormulierRegex();

    [GeneratedRegex("<(?<tag>input|button)\\b[^>]*>|<(?<tag>textarea|select)\\b[^>]*>(?<binnen>.*?)</(textarea|select)>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex VeldRegex();

    [GeneratedRegex("<option\\b[^>]*?value=\"(?<w>[^\"]*)\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex OptieRegex();

    [GeneratedRegex("<a\\b[^>]*?\\shref=\"(?<href>/[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex LinkRegex();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\\d+")]
    private static partial Regex IdRegex();

    [GeneratedRegex("\\.(css|js|png|svg|ico|pdf|xlsx|csv|json|ics|woff2?)$|/(pdf|xlsx|csv)(/|$)|certificaat", RegexOptions.IgnoreCase)]
    private static partial Regex BestandRegex();
}

public sealed class PaginaFormulierFuzzTestsSqlite(FuzzSqliteFactory f, ITestOutputHelper o) : PaginaFormulierFuzzTests(f, o), IClassFixture<FuzzSqliteFactory>;

public sealed class PaginaFormulierFuzzTestsPostgres(FuzzPostgresFactory f, ITestOutputHelper o) : PaginaFormulierFuzzTests(f, o), IClassFixture<FuzzPostgresFactory>;
