using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Schakel.Web.Features.Api;

/// <summary>
/// What the middleware and the framework do to every operation, written into the document once instead of on each
/// endpoint: the API-Version header on every response, problem+json for every error, and the error statuses that
/// follow from how an endpoint is mapped (400 for parameters and bodies, 401/403 behind a role, 404 for a path
/// parameter, 415 for a body; 406 and 503 everywhere). Paths are relative to the server URL /api/v1, operation ids follow from method and
/// path. Endpoints themselves declare their success types and the errors of their own rules (409, 429, ...).
/// </summary>
internal static class OpenApiConventies
{
    public const string ServerUrl = ApiRoutes.Basis;
    private const string ProbleemSchema = "ProblemDetails";
    private const string ProbleemType = "application/problem+json";

    public static OpenApiOptions AddOpenApiConventies(this OpenApiOptions o)
    {
        o.AddOperationTransformer((operatie, context, _) =>
        {
            Vul(operatie, context);
            return Task.CompletedTask;
        });
        o.AddDocumentTransformer((document, _, _) =>
        {
            Herschrijf(document);
            return Task.CompletedTask;
        });
        return o;
    }

    public static bool IsBeveiligd(IList<object> metadata) =>
        (metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<AuthorizationPolicy>().Any()) && !metadata.OfType<IAllowAnonymous>().Any();

    private static void Vul(OpenApiOperation operatie, OpenApiOperationTransformerContext context)
    {
        var beschrijving = context.Description;
        var pad = "/" + (beschrijving.RelativePath ?? "").Split('?')[0];
        operatie.OperationId ??= OperatieId(beschrijving.HttpMethod ?? "GET", pad);

        var parameters = beschrijving.ParameterDescriptions;
        var heeftBody = operatie.RequestBody is not null || parameters.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form);
        var heeftParameters = operatie.Parameters is { Count: > 0 } || parameters.Any(p => p.Source == BindingSource.Path || p.Source == BindingSource.Query || p.Source == BindingSource.Header);
        var heeftPadParameter = pad.Contains('{', StringComparison.Ordinal);

        operatie.Responses ??= [];
        if (heeftBody || heeftParameters)
        {
            Probleem(operatie, context, StatusCodes.Status400BadRequest);
        }
        if (IsBeveiligd(beschrijving.ActionDescriptor.EndpointMetadata))
        {
            Probleem(operatie, context, StatusCodes.Status401Unauthorized);
            Probleem(operatie, context, StatusCodes.Status403Forbidden);
        }
        if (heeftPadParameter)
        {
            Probleem(operatie, context, StatusCodes.Status404NotFound);
        }
        if (heeftBody)
        {
            Probleem(operatie, context, StatusCodes.Status415UnsupportedMediaType);
        }
        // Every API path: an Accept header that rules out JSON is refused before the endpoint (ApiConventies), and a
        // saturated node answers 503 with Retry-After instead of queueing (Belasting/Overbelasting).
        Probleem(operatie, context, StatusCodes.Status406NotAcceptable);
        Probleem(operatie, context, StatusCodes.Status503ServiceUnavailable);

        foreach (var (status, antwoord) in operatie.Responses.ToList())
        {
            if (antwoord is not OpenApiResponse a)
            {
                continue;
            }
            if (string.IsNullOrEmpty(a.Description))
            {
                a.Description = Beschrijving(status);
            }
            a.Headers ??= new Dictionary<string, IOpenApiHeader>();
            a.Headers[ApiVersie.Header] = new OpenApiHeader
            {
                Description = "De volledige versie van de API (semantic versioning).",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Example = System.Text.Json.Nodes.JsonValue.Create(ApiVersie.Volledig),
            };
            if (status == "503")
            {
                a.Headers["Retry-After"] = new OpenApiHeader
                {
                    Description = "Na hoeveel seconden het verzoek opnieuw kan.",
                    Required = true,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                };
            }
            if (status.Length == 3 && status[0] is '4' or '5')
            {
                // The middleware turns every error into problem+json, whatever the endpoint declared.
                var schema = a.Content?.Values.Select(c => c.Schema).FirstOrDefault(s => s is not null)
                    ?? new OpenApiSchemaReference(ProbleemSchema, context.Document);
                a.Content = new Dictionary<string, OpenApiMediaType> { [ProbleemType] = new OpenApiMediaType { Schema = schema } };
            }
        }
        operatie.Responses = Gesorteerd(operatie.Responses);
    }

    private static void Probleem(OpenApiOperation operatie, OpenApiOperationTransformerContext context, int status)
    {
        var sleutel = status.ToString(CultureInfo.InvariantCulture);
        if (operatie.Responses!.ContainsKey(sleutel))
        {
            return;
        }
        operatie.Responses[sleutel] = new OpenApiResponse
        {
            Description = Beschrijving(sleutel),
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProbleemType] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProbleemSchema, context.Document) },
            },
        };
    }

    private static string Beschrijving(string status) => status switch
    {
        "200" => "Gelukt.",
        "201" => "Aangemaakt.",
        "204" => "Gelukt, zonder inhoud.",
        "409" => "Conflict met de huidige toestand.",
        _ when int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s >= 400 => ApiProblemen.Tekst(s).Titel + ".",
        _ => "Antwoord.",
    };

    private static OpenApiResponses Gesorteerd(OpenApiResponses antwoorden)
    {
        var uit = new OpenApiResponses();
        foreach (var (status, antwoord) in antwoorden.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            uit[status] = antwoord;
        }
        return uit;
    }

    /// <summary>
    /// Method plus the path's words in camelCase, parameters as "Id" and the like, e.g. POST
    /// /plaatsingsverzoeken/{id}/nachten-zonder-plek is postPlaatsingsverzoekenIdNachtenZonderPlek: unique, and stable
    /// as long as the path is.
    /// </summary>
    public static string OperatieId(string methode, string pad)
    {
        var id = new StringBuilder(methode.ToLowerInvariant());
        var relatief = pad.StartsWith(ServerUrl + "/", StringComparison.OrdinalIgnoreCase) ? pad[ServerUrl.Length..] : pad;
        foreach (var segment in relatief.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var woorden = segment.Trim('{', '}', '_').Split(':')[0].Split('-', StringSplitOptions.RemoveEmptyEntries);
            foreach (var woord in woorden)
            {
                id.Append(char.ToUpperInvariant(woord[0])).Append(woord.AsSpan(1));
            }
        }
        return id.ToString();
    }

    /// <summary>The server URL carries /api/v1 (NL API rule: the major version in the URI); paths are relative to it.</summary>
    private static void Herschrijf(Microsoft.OpenApi.OpenApiDocument document)
    {
        document.Servers = [new OpenApiServer { Url = ServerUrl, Description = "Schakel API, versie 1" }];
        var paden = new OpenApiPaths();
        foreach (var (pad, item) in document.Paths)
        {
            paden[pad.StartsWith(ServerUrl + "/", StringComparison.OrdinalIgnoreCase) ? pad[ServerUrl.Length..] : pad] = item;
        }
        document.Paths = paden;

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(ProbleemSchema))
        {
            document.Components.Schemas[ProbleemSchema] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "status", "title", "detail" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                    ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                    ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                },
            };
        }
    }
}
