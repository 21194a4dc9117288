using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Schakel.Web.Features.Api.Invoer;

/// <summary>
/// Exceptions that are the client's doing, mapped to the status they mean instead of a 500: Kestrel's and the
/// binder's <see cref="BadHttpRequestException"/> carries its own status (400 for a malformed chunked body or a
/// body that arrives too slowly, 413, 415, ...); <see cref="InvalidDataException"/> is what the form reader throws
/// for a key over 2,048 characters or a broken multipart body. Pages get their status page; the API gets
/// problem+json, with the field named where the binder knows it.
/// </summary>
public sealed partial class InvoerFouten(ILogger<InvoerFouten> log) : IExceptionHandler
{
    public static int Status(Exception fout) => fout switch
    {
        BadHttpRequestException b => b.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The client's mistakes are no incident: no error log line (whose text could echo the input).</summary>
    public static bool IsClientfout(Exception fout) => Status(fout) < 500;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!ApiConventies.IsApi(context.Request.Path) || !IsClientfout(exception) || context.Response.HasStarted)
        {
            return false;
        }
        var status = Status(exception);
        // Only the kind of error: the message may quote the input.
        log.LogInformation("Verzoek geweigerd met {Status}: {Soort} ({Binnenste})", status, exception.GetType().Name, exception.InnerException?.GetType().Name);
        context.Response.StatusCode = status;
        if (exception.InnerException is JsonException json)
        {
            var leesbaar = context.Items.TryGetValue(InvoerHygiene.JsonLeesbaar, out var l) && l is true;
            if (!leesbaar)
            {
                await ApiProblemen.SchrijfAsync(context, status, "De body is geen geldige JSON.");
                return true;
            }
            // Readable JSON with a value of the wrong kind: a number for an enum, text for a number, null in a list.
            var veld = Veld(json.Path);
            await InvoerHygiene.Ongeldig(new Dictionary<string, string[]>
            {
                [veld] = ["Deze waarde heeft niet het verwachte type of is geen van de toegestane namen."],
            }).ExecuteAsync(context);
            return true;
        }
        if (BindFout().Match(exception.Message) is { Success: true } binding)
        {
            // The binder stops at the first parameter it cannot read; the others are named too, so a client learns every
            // mistake at once (pagina=abc&paginaGrootte=xyz names both).
            var fouten = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var naam in (string[])[binding.Groups["naam"].Value, .. OnleesbareQueryGetallen(context)])
            {
                fouten.TryAdd(naam, ["Deze parameter ontbreekt of heeft geen geldige waarde."]);
            }
            await InvoerHygiene.Ongeldig(fouten).ExecuteAsync(context);
            return true;
        }
        await ApiProblemen.SchrijfAsync(context, status, status == StatusCodes.Status400BadRequest
            ? "Het verzoek kon niet worden gelezen (bijvoorbeeld een afgebroken of te trage body, of een ongeldig formulier)."
            : null);
        return true;
    }

    /// <summary>The endpoint's numeric parameters whose value in the query string is not a number of their type.</summary>
    internal static IEnumerable<string> OnleesbareQueryGetallen(HttpContext context)
    {
        // The exception handler clears the request's endpoint; its feature keeps the one that failed.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<MethodInfo>() is not { } methode)
        {
            yield break;
        }
        foreach (var parameter in methode.GetParameters())
        {
            if (parameter.Name is not { } naam || !context.Request.Query.TryGetValue(naam, out var waarden))
            {
                continue;
            }
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            Func<string, bool>? leesbaar = type switch
            {
                _ when type == typeof(int) => w => int.TryParse(w, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
                _ when type == typeof(long) => w => long.TryParse(w, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
                _ when type == typeof(double) => w => double.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                _ when type == typeof(decimal) => w => decimal.TryParse(w, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
                _ => null,
            };
            if (leesbaar is not null && waarden.Any(w => !leesbaar(w ?? "")))
            {
                yield return naam;
            }
        }
    }

    /// <summary>"$.regels[0].code" becomes "regels[0].code"; the root becomes "body".</summary>
    internal static string Veld(string? pad)
    {
        var veld = (pad ?? "$").TrimStart('$').TrimStart('.');
        return veld.Length == 0 ? "body" : veld;
    }

    /// <summary>
    /// The binder's own words: Failed to bind parameter "Guid id" from "..." / Required parameter "int x" was not provided.
    /// The pattern stops at the first closing quote, before the client's value, so it reads only the parameter as the code
    /// declares it. No timeout: on a starved machine a timeout here would turn the client's 400 into a 500.
    /// </summary>
    [GeneratedRegex("^(?:Failed to bind parameter|Required parameter) \"[^\"]*?(?<naam>\\w+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex BindFout();
}
