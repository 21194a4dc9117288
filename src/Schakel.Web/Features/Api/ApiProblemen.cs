using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Schakel.Web.Features.Api;

/// <summary>
/// problem+json for the API: titles and details per status in the reader's language (nl, en by Accept-Language;
/// <see cref="ApiProblemTeksten"/>), so every error a client sees has the same shape whether a handler, the framework
/// or the authentication wrote the status.
/// </summary>
public static class ApiProblemen
{
    public static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl");
    private static readonly CultureInfo Engels = CultureInfo.GetCultureInfo("en");
    private static readonly ResourceManager Bron = new(typeof(ApiProblemTeksten));

    /// <summary>Dutch standard text → its key, so a Dutch title or detail a handler wrote can be said in another language.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Sleutels = new(() =>
        Bron.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .GroupBy(e => (string)e.Value!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (string)g.First().Key, StringComparer.Ordinal));

    /// <summary>Dutch: the committed OpenAPI document and callers without a request.</summary>
    public static (string Titel, string Detail) Tekst(int status) => Tekst(status, Nederlands);

    public static (string Titel, string Detail) Tekst(int status, CultureInfo taal)
    {
        var sleutel = status switch
        {
            400 or 401 or 403 or 404 or 405 or 406 or 415 or 429 => status.ToString(CultureInfo.InvariantCulture),
            >= 500 => "500",
            _ => "Overig",
        };
        return (Bron.GetString("Titel" + sleutel, taal)!, Bron.GetString("Detail" + sleutel, taal)!);
    }

    /// <summary>The detail of a 400 whose body was read but whose fields are wrong: the fields are in <c>errors</c>.</summary>
    public static string VeldenOngeldig(CultureInfo taal) => Bron.GetString("DetailVelden", taal)!;

    /// <summary>A Dutch standard title or detail in the reader's language; any other text (already translated, or data) unchanged.</summary>
    public static string? InTaal(string? tekst, CultureInfo taal) =>
        tekst is not null && taal.TwoLetterISOLanguageName != "nl" && Sleutels.Value.TryGetValue(tekst, out var sleutel)
            ? Bron.GetString(sleutel, taal) ?? tekst
            : tekst;

    /// <summary>
    /// The reader's language for an API answer: the request culture once localisation has run, else (problems written
    /// by middleware before it, such as 401 and 415) the first of nl and en the Accept-Language header asks for.
    /// </summary>
    public static CultureInfo Taal(HttpContext context)
    {
        if (context.Features.Get<IRequestCultureFeature>() is { } cultuur)
        {
            return cultuur.RequestCulture.UICulture;
        }
        if (StringWithQualityHeaderValue.TryParseList(context.Request.Headers.AcceptLanguage, out var talen))
        {
            foreach (var t in talen.OrderByDescending(t => t.Quality ?? 1))
            {
                var code = t.Value.Value ?? "";
                if (code.StartsWith("nl", StringComparison.OrdinalIgnoreCase))
                {
                    return Nederlands;
                }
                if (code.StartsWith("en", StringComparison.OrdinalIgnoreCase))
                {
                    return Engels;
                }
            }
        }
        return Nederlands;
    }

    public static ProblemDetails Maak(int status, string? detail = null)
    {
        var (titel, standaard) = Tekst(status, CultureInfo.CurrentUICulture);
        return new ProblemDetails { Status = status, Title = titel, Detail = detail ?? standaard };
    }

    public static IResult Resultaat(int status, string? detail = null) =>
        TypedResults.Problem(Maak(status, detail));

    /// <summary>
    /// Writes a problem directly, for middleware that ends the request itself. Through the result type,
    /// which still writes JSON when the client's Accept header rules it out (the 406 case).
    /// </summary>
    public static Task SchrijfAsync(HttpContext context, int status, string? detail = null) =>
        Resultaat(status, detail).ExecuteAsync(context);
}
