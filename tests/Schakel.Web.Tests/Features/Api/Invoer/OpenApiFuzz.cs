using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Schakel.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Features.Api.Invoer;

/// <summary>
/// Walks every operation of /api/v1/openapi.json and every public form with seeded hostile input, signed in as
/// the demo clients (so protected operations are reached past 401), and fails on any 5xx, or any 4xx of the API
/// that is not problem+json. SCHAKEL_FUZZ_CASES sets the number of API cases per database (forms get a quarter),
/// SCHAKEL_FUZZ_SEED the seed; a failure names the seed and the case so it can be replayed.
/// </summary>
public abstract partial class OpenApiFuzzTests(SchakelFactory factory, ITestOutputHelper uitvoer)
{
    private static readonly string[] Clients = [Beheerder, Zorgcoordinator, InvoerTests.Gemeente, InvoerTests.Opvang, "demo-politie-den-haag"];

    private static readonly string[] PubliekePaginas = ["/melden", "/advies", "/opvolgen", "/wegwijzer", "/inloggen", "/informatie",
        $"/bewustwording/sessies/{Schakel.Web.Features.Bewustwording.DemoAanbod.CoMenshaSessie}/aanmelden"];

    /// <summary>Field names the hand-read endpoints take (not in the document's schemas).</summary>
    private static readonly string[] BekendeVelden =
    [
        "soort", "omschrijving", "ontvangstcode", "tekst", "reden", "zijde", "urgentie", "indicatoren", "uitbuitingsvormen",
        "gemeenteCode", "betrokkenen", "contact", "taal", "kanaal", "acuutGevaar", "regels", "ontvangers", "code", "doel",
    ];

    private static int Aantal => int.TryParse(Environment.GetEnvironmentVariable("SCHAKEL_FUZZ_CASES"), out var n) && n > 0 ? n : 600;

    private static int Zaad => int.TryParse(Environment.GetEnvironmentVariable("SCHAKEL_FUZZ_SEED"), out var z) ? z : 13;

    private HttpClient Http() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Geen_operatie_van_de_api_geeft_een_5xx_of_een_4xx_zonder_problem_json()
    {
        var v = new Vijandig(Zaad);
        var anoniem = Http();
        var document = await anoniem.GetFromJsonAsync<JsonElement>(Pad("/api/v1/openapi.json"));
        var tokens = new List<string?> { null };
        foreach (var c in Clients)
        {
            tokens.Add(await TokenAsync(anoniem, c));
        }
        var operaties = Operaties(document).ToList();
        var bekend = await OogstAsync(operaties, tokens);
        var schemas = new SchemaGenerator(document, v, [.. BekendeVelden, .. Veldnamen(document)]);

        var fouten = new List<string>();
        var statussen = new SortedDictionary<int, int>();
        // Every operation once first, so a new endpoint is always reached; then seeded picks.
        for (var i = 0; i < Math.Max(Aantal, operaties.Count); i++)
        {
            var (pad, methode, operatie) = i < operaties.Count ? operaties[i] : v.Kies(operaties);
            var verzoek = new HttpRequestMessage(new HttpMethod(methode.ToUpperInvariant()), Pad(Url(pad, operatie, v, bekend)));
            if (v.Kies(tokens) is { } token)
            {
                verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            if (methode is "post" or "put" or "patch")
            {
                verzoek.Content = pad == "/api/v1/oauth/token" ? Formulier(v) : JsonBody(operatie, schemas, v);
            }
            var beschrijving = $"{methode.ToUpperInvariant()} {verzoek.RequestUri} {(verzoek.Content is null ? "" : Encoding.UTF8.GetString(await verzoek.Content.ReadAsByteArrayAsync()))}";
            using var antwoord = await anoniem.SendAsync(verzoek);
            var status = (int)antwoord.StatusCode;
            statussen[status] = statussen.GetValueOrDefault(status) + 1;
            if (status >= 500)
            {
                fouten.Add($"{status} op {Kort(beschrijving)}");
            }
            else if (status >= 400 && antwoord.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                fouten.Add($"{status} zonder problem+json ({antwoord.Content.Headers.ContentType}) op {Kort(beschrijving)}");
            }
        }
        uitvoer.WriteLine($"seed {Zaad}, {Aantal} gevallen: " + string.Join(", ", statussen.Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(fouten.Count == 0, $"seed {Zaad}, {fouten.Count} van {Aantal} gevallen fout:\n" + string.Join('\n', fouten.Distinct().Take(15)));
        // The cases must reach the handlers, not stop at the door: some succeed, some are refused field by field.
        Assert.True(statussen.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value) > 0, "geen enkel geval slaagde");
        Assert.True(statussen.GetValueOrDefault(400) > Aantal / 10, "te weinig gevallen kwamen tot de validatie");
    }

    [Fact]
    public async Task Geen_publiek_formulier_geeft_een_5xx()
    {
        var v = new Vijandig(Zaad + 1);
        var fouten = new List<string>();
        var aantal = Math.Max(PubliekePaginas.Length, Aantal / 4);
        var perPagina = aantal / PubliekePaginas.Length;
        foreach (var pagina in PubliekePaginas)
        {
            var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            var html = await http.GetStringAsync(Pad(pagina));
            var formulieren = FormulierRegex().Matches(html).Select(m => Lees(m, pagina)).Where(f => f.Post).ToList();
            Assert.NotEmpty(formulieren);
            for (var i = 0; i < perPagina; i++)
            {
                var formulier = v.Kies(formulieren);
                var velden = formulier.Velden.Select(f => (Naam: f.Naam, Waarde: f.Naam == "__RequestVerificationToken" && v.Keer(0.9)
                    ? Uri.EscapeDataString(f.Waarde)
                    : v.Keer(0.6) ? v.FormulierWaarde() : Uri.EscapeDataString(f.Waarde))).ToList();
                if (v.Keer(0.1))
                {
                    velden.Add((v.Keer(0.5) ? new string('k', 2100) : "x%00", "1"));
                }
                var verzoek = new HttpRequestMessage(HttpMethod.Post, Pad(formulier.Actie))
                {
                    Content = formulier.Multipart && v.Keer(0.8) ? Multipart(velden) : UrlEncoded(velden),
                };
                var beschrijving = $"POST {formulier.Actie} ({pagina}) {Encoding.UTF8.GetString(await verzoek.Content.ReadAsByteArrayAsync())}";
                using var antwoord = await http.SendAsync(verzoek);
                if ((int)antwoord.StatusCode >= 500)
                {
                    fouten.Add($"{(int)antwoord.StatusCode} op {Kort(beschrijving)}");
                }
            }
        }
        Assert.True(fouten.Count == 0, $"seed {Zaad + 1}, {fouten.Count} gevallen fout:\n" + string.Join('\n', fouten.Distinct().Take(15)));
    }

    /// <summary>The paths in the document are relative to its first server (/api/v1).</summary>
    public static string Basis(JsonElement document) =>
        document.TryGetProperty("servers", out var s) && s.GetArrayLength() > 0 && s[0].GetProperty("url").GetString() is { } url
            && url.StartsWith('/') ? url.TrimEnd('/') : "";

    public static string VulPad(string sjabloon, Func<string, string> waarde) =>
        PadParameter().Replace(sjabloon, m => waarde(m.Groups["naam"].Value));

    private static IEnumerable<(string Pad, string Methode, JsonElement Operatie)> Operaties(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()
            .Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete")
            .Select(o => (Basis(document) + p.Name, o.Name, o.Value)));

    /// <summary>Ids and codes the demo data already has, so some cases reach past 404 into the handlers.</summary>
    private async Task<List<string>> OogstAsync(List<(string Pad, string Methode, JsonElement Operatie)> operaties, List<string?> tokens)
    {
        var gevonden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (pad, _, _) in operaties.Where(o => o.Methode == "get" && !o.Pad.Contains('{', StringComparison.Ordinal)))
        {
            foreach (var token in tokens.OfType<string>())
            {
                var verzoek = new HttpRequestMessage(HttpMethod.Get, Pad(pad));
                verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var antwoord = await Http().SendAsync(verzoek);
                if (antwoord.IsSuccessStatusCode && antwoord.Content.Headers.ContentType?.MediaType == "application/json")
                {
                    Verzamel(await antwoord.Content.ReadFromJsonAsync<JsonElement>(), gevonden, null);
                }
            }
        }
        return [.. gevonden.Take(200)];
    }

    private static void Verzamel(JsonElement e, HashSet<string> gevonden, string? naam)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Verzamel(p.Value, gevonden, p.Name);
                }
                break;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray())
                {
                    Verzamel(x, gevonden, naam);
                }
                break;
            case JsonValueKind.String when naam is not null && (naam == "id" || naam == "code" || naam.EndsWith("Id", StringComparison.Ordinal)):
                gevonden.Add(e.GetString()!);
                break;
        }
    }

    private static IEnumerable<string> Veldnamen(JsonElement document) =>
        document.TryGetProperty("components", out var c) && c.TryGetProperty("schemas", out var s)
            ? s.EnumerateObject().SelectMany(x => x.Value.TryGetProperty("properties", out var p) ? p.EnumerateObject().Select(y => y.Name) : [])
                .Distinct(StringComparer.Ordinal)
            : [];

    private static string Url(string sjabloon, JsonElement operatie, Vijandig v, List<string> bekend)
    {
        var url = VulPad(sjabloon, _ => v.PadWaarde(bekend));
        var query = new List<string>();
        if (operatie.TryGetProperty("parameters", out var parameters))
        {
            foreach (var p in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"))
            {
                if (v.Keer(0.6))
                {
                    query.Add($"{p.GetProperty("name").GetString()}={v.QueryWaarde()}");
                }
            }
        }
        if (v.Keer(0.1))
        {
            query.Add($"{v.Kies(new[] { "%00", "a%01", "%ED%A0%80", "x" })}={v.QueryWaarde()}");
        }
        return query.Count == 0 ? url : url + "?" + string.Join('&', query);
    }

    private static HttpContent JsonBody(JsonElement operatie, SchemaGenerator schemas, Vijandig v)
    {
        JsonElement? schema = operatie.TryGetProperty("requestBody", out var rb) && rb.TryGetProperty("content", out var c)
            && c.TryGetProperty("application/json", out var j) && j.TryGetProperty("schema", out var s) ? s : null;
        var tekst = v.Keer(0.05) ? "{\"kapot\":" : schema is { } sch ? schemas.Waarde(sch, 0) : schemas.WillekeurigObject(0);
        var inhoud = new ByteArrayContent(Encoding.UTF8.GetBytes(tekst));
        var type = v.Keer(0.9) ? "application/json" : v.Kies(new[] { "text/plain", "application/json; charset=bogus", "application/x-www-form-urlencoded", "application/json; charset=utf-16", "" });
        if (type.Length > 0)
        {
            inhoud.Headers.TryAddWithoutValidation("Content-Type", type);
        }
        return inhoud;
    }

    private static HttpContent Formulier(Vijandig v)
    {
        var velden = new List<(string, string)>
        {
            ("grant_type", v.Keer(0.7) ? "client_credentials" : v.FormulierWaarde()),
            ("client_id", v.Keer(0.5) ? v.Kies(Clients) : v.FormulierWaarde()),
            ("client_secret", v.FormulierWaarde()),
        };
        if (v.Keer(0.1))
        {
            velden.Add((new string('k', 2100), "1"));
        }
        return UrlEncoded(velden);
    }

    private static ByteArrayContent UrlEncoded(IEnumerable<(string Naam, string Waarde)> velden)
    {
        var inhoud = new ByteArrayContent(Encoding.ASCII.GetBytes(string.Join('&', velden.Select(f => $"{Uri.EscapeDataString(f.Naam)}={f.Waarde}"))));
        inhoud.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return inhoud;
    }

    /// <summary>Each value as the raw bytes its percent-encoding stands for, invalid UTF-8 included.</summary>
    private static MultipartFormDataContent Multipart(IEnumerable<(string Naam, string Waarde)> velden)
    {
        var inhoud = new MultipartFormDataContent();
        foreach (var (naam, waarde) in velden)
        {
            inhoud.Add(new ByteArrayContent(WebUtility.UrlDecodeToBytes(Encoding.ASCII.GetBytes(waarde), 0, waarde.Length)), naam);
        }
        return inhoud;
    }

    private sealed record Veld(string Naam, string Waarde);

    private sealed record PaginaFormulier(string Actie, bool Post, bool Multipart, List<Veld> Velden);

    private static PaginaFormulier Lees(Match m, string pagina)
    {
        var kop = m.Groups["kop"].Value;
        var actie = Attribuut(kop, "action") is { Length: > 0 } a ? WebUtility.HtmlDecode(a) : pagina;
        var velden = VeldRegex().Matches(m.Groups["inhoud"].Value)
            .Select(v => (Naam: Attribuut(v.Value, "name"), Waarde: WebUtility.HtmlDecode(Attribuut(v.Value, "value") ?? "")))
            .Where(v => v.Naam is not null)
            .Select(v => new Veld(WebUtility.HtmlDecode(v.Naam!), v.Waarde))
            .ToList();
        return new PaginaFormulier(actie, string.Equals(Attribuut(kop, "method"), "post", StringComparison.OrdinalIgnoreCase),
            Attribuut(kop, "enctype")?.Contains("multipart", StringComparison.OrdinalIgnoreCase) == true, velden);
    }

    private static string? Attribuut(string tag, string naam)
    {
        var m = Regex.Match(tag, $"\\b{naam}=\"(?<w>[^\"]*)\"", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return m.Success ? m.Groups["w"].Value : null;
    }

    private static string Kort(string tekst) => tekst.Length > 300 ? tekst[..300] + "…" : tekst;

    [GeneratedRegex("\\{(?<naam>[^}:]+)(:[^}]*)?\\}")]
    private static partial Regex PadParameter();

    [GeneratedRegex("<form\\b(?<kop>[^>]*)>(?<inhoud>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormulierRegex();

    [GeneratedRegex("<(input|textarea|select|button)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex VeldRegex();
}

public sealed class FuzzSqliteFactory : SqliteFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => FuzzInstellingen.Ruim;
}

public sealed class FuzzPostgresFactory : PostgresFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => FuzzInstellingen.Ruim;
}

internal static class FuzzInstellingen
{
    /// <summary>Rate limits out of the way, so the cases reach the handlers instead of stopping at 429.</summary>
    public static readonly KeyValuePair<string, string>[] Ruim =
    [
        new("Limieten:Melden:Aantal", "100000"),
        new("Limieten:Code:Aantal", "100000"),
    ];
}

public sealed class OpenApiFuzzTestsSqlite(FuzzSqliteFactory f, ITestOutputHelper o) : OpenApiFuzzTests(f, o), IClassFixture<FuzzSqliteFactory>;

public sealed class OpenApiFuzzTestsPostgres(FuzzPostgresFactory f, ITestOutputHelper o) : OpenApiFuzzTests(f, o), IClassFixture<FuzzPostgresFactory>;
