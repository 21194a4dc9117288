using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Net.Http.Headers;
using Schakel.Core.Invoer;

namespace Schakel.Web.Features.Api.Invoer;

/// <summary>
/// Input hygiene at the edge, after routing (it needs to know the endpoint), for every request:
/// the path and the query string must pass <see cref="Invoertekst"/>; an API body must be UTF-8 JSON (415
/// otherwise; the OAuth token endpoint takes its form by standard) and its strings must pass the rule; a form
/// posted to an endpoint outside Razor Pages must too. Razor Pages clean their forms in
/// <see cref="PaginaInvoerFilter"/>, so the message stands next to the field.
/// </summary>
public static class InvoerHygiene
{
    /// <summary>Larger JSON bodies are refused; the largest the API takes is a report of 64 kB.</summary>
    public const int MaxJson = 1024 * 1024;

    /// <summary>Set when the body was well-formed JSON, so a later type error is not called unreadable JSON.</summary>
    internal const string JsonLeesbaar = "schakel.invoer.json-leesbaar";

    /// <summary>The JSON body as received, for checks that need the text the binder no longer shows (InvoerFilter).</summary>
    internal const string JsonTekst = "schakel.invoer.json-tekst";

    private static readonly string[] FormulierTypen = ["application/x-www-form-urlencoded", "multipart/form-data"];

    public static IApplicationBuilder UseInvoerHygiene(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!await ControleerAsync(context))
        {
            return;
        }
        await next(context);
    });

    private static async Task<bool> ControleerAsync(HttpContext context)
    {
        var verzoek = context.Request;
        var api = ApiConventies.IsApi(verzoek.Path);

        var fouten = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!Invoertekst.IsToegestaan(verzoek.Path.Value))
        {
            fouten["pad"] = [Invoertekst.Melding];
        }
        foreach (var (sleutel, waarden) in verzoek.Query)
        {
            if (!Invoertekst.IsToegestaan(sleutel) || waarden.Any(w => !Invoertekst.IsToegestaan(w)))
            {
                fouten[Invoertekst.IsToegestaan(sleutel) ? sleutel : "query"] = [Invoertekst.Melding];
            }
        }
        if (fouten.Count > 0)
        {
            return await WeigerAsync(context, api, fouten);
        }

        var endpoint = context.GetEndpoint();
        // The error page re-executed for this request must not read its body again: a broken chunked body would throw
        // a second time, now inside the error page (a 500 in place of the 400 being shown).
        var herhaald = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null;
        if (endpoint is null || herhaald || !HeeftBody(context))
        {
            return true;
        }
        var neemtFormulier = endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>()
            .Any(a => a.ContentTypes.Any(t => FormulierTypen.Any(f => t.StartsWith(f, StringComparison.OrdinalIgnoreCase))));

        if (api && !neemtFormulier && MetBody(verzoek.Method) && VoertMethodeUit(endpoint, verzoek.Method))
        {
            if (!IsUtf8Json(verzoek.ContentType))
            {
                await ApiProblemen.SchrijfAsync(context, StatusCodes.Status415UnsupportedMediaType,
                    "Stuur de body als application/json in UTF-8.");
                return false;
            }
            return await ControleerJsonAsync(context);
        }

        var isPagina = endpoint.Metadata.GetMetadata<ActionDescriptor>() is not null;
        if (isPagina && verzoek.HasFormContentType)
        {
            // Before antiforgery reads the form: its reader would refuse a NUL for the whole form (a bare 400).
            try
            {
                PaginaInvoerFilter.Onthoud(context, await FormulierInvoer.SchoonAsync(context));
            }
            catch (BadHttpRequestException fout)
            {
                // A broken or too slow body: Kestrel's own status, and the page's status page explains.
                context.Response.StatusCode = fout.StatusCode;
                return false;
            }
            return true;
        }
        if (!isPagina && verzoek.HasFormContentType)
        {
            // A URL-encoded form is first read as text, so a refused character is named by its field.
            fouten = await FormulierInvoer.ControleerAsync(context);
            if (fouten.Count > 0)
            {
                return await WeigerAsync(context, api, fouten);
            }
            // Other form errors (a broken multipart body) throw here and are mapped to 400 (InvoerFouten).
            var formulier = await verzoek.ReadFormAsync(context.RequestAborted);
            foreach (var (sleutel, waarden) in formulier)
            {
                if (!Invoertekst.IsToegestaan(sleutel) || waarden.Any(w => !Invoertekst.IsToegestaan(w)))
                {
                    fouten[Invoertekst.IsToegestaan(sleutel) ? sleutel : "formulier"] = [Invoertekst.Melding];
                }
            }
            if (fouten.Count > 0)
            {
                return await WeigerAsync(context, api, fouten);
            }
        }
        return true;
    }

    private static async Task<bool> ControleerJsonAsync(HttpContext context)
    {
        var verzoek = context.Request;
        if (verzoek.ContentLength > MaxJson)
        {
            await ApiProblemen.SchrijfAsync(context, StatusCodes.Status413PayloadTooLarge, $"Een JSON-body is hoogstens {MaxJson / 1024} kB.");
            return false;
        }
        verzoek.EnableBuffering();
        using var buffer = new MemoryStream();
        var blok = new byte[16 * 1024];
        int gelezen;
        while ((gelezen = await FormulierInvoer.LeesBlokAsync(verzoek.Body, blok, context.RequestAborted)) > 0)
        {
            if (buffer.Length + gelezen > MaxJson)
            {
                await ApiProblemen.SchrijfAsync(context, StatusCodes.Status413PayloadTooLarge, $"Een JSON-body is hoogstens {MaxJson / 1024} kB.");
                return false;
            }
            buffer.Write(blok, 0, gelezen);
        }
        verzoek.Body.Position = 0;

        var uitkomst = JsonInvoer.Controleer(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        context.Items[JsonLeesbaar] = uitkomst.Leesbaar;
        if (uitkomst.Leesbaar)
        {
            context.Items[JsonTekst] = buffer.ToArray();
        }
        if (uitkomst.Fouten.Count > 0)
        {
            await Ongeldig(uitkomst.Fouten).ExecuteAsync(context);
            return false;
        }
        return true;
    }

    public static IResult Ongeldig(IDictionary<string, string[]> fouten) =>
        TypedResults.ValidationProblem(fouten, detail: "Een of meer velden zijn ongeldig; zie errors.", title: "Ongeldige invoer");

    private static async Task<bool> WeigerAsync(HttpContext context, bool api, Dictionary<string, string[]> fouten)
    {
        if (api)
        {
            await Ongeldig(fouten).ExecuteAsync(context);
        }
        else
        {
            // The page's status page (re-executed) explains; a query string or a hand-made form has no field to stand next to.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return false;
    }

    private static bool MetBody(string methode) => HttpMethods.IsPost(methode) || HttpMethods.IsPut(methode) || HttpMethods.IsPatch(methode);

    private static bool VoertMethodeUit(Endpoint endpoint, string methode) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(methode, StringComparer.OrdinalIgnoreCase) ?? false;

    private static bool HeeftBody(HttpContext context)
    {
        if (context.Request.ContentLength is { } lengte)
        {
            return lengte > 0;
        }
        return context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody
            ?? context.Request.Headers.TransferEncoding.Count > 0;
    }

    /// <summary>application/json or a +json type, in UTF-8 (the only charset RFC 8259 allows between systems).</summary>
    internal static bool IsUtf8Json(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type))
        {
            return false;
        }
        var json = type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.Type.Equals("application", StringComparison.OrdinalIgnoreCase) && type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
        var charset = type.Charset;
        return json && (!charset.HasValue || Encoding.UTF8.WebName.Equals(charset.Value?.Trim('"'), StringComparison.OrdinalIgnoreCase));
    }
}
