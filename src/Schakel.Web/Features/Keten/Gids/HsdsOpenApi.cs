using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Schakel.Web.Features.Keten.Gids;

/// <summary>
/// The HSDS endpoints answer with <see cref="Hsds.Json"/> (snake_case, as the standard spells its fields), while the
/// document is generated with the API's camelCase options. This renames the properties of the HSDS schemas so the
/// document names what the responses hold. Names already given explicitly (the schakel_ profile fields) keep theirs.
/// </summary>
internal static class HsdsOpenApi
{
    public static OpenApiOptions AddHsdsNamen(this OpenApiOptions o)
    {
        // On the finished document: the component schemas of the HSDS types (HsdsService, HsdsPaginaOfHsdsService, ...).
        o.AddDocumentTransformer((document, _, _) =>
        {
            foreach (var (naam, s) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (naam.StartsWith("Hsds", StringComparison.Ordinal) && s is OpenApiSchema schema)
                {
                    Hernoem(schema);
                }
            }
            return Task.CompletedTask;
        });
        return o;
    }

    private static void Hernoem(OpenApiSchema schema)
    {
        if (schema.Properties is { Count: > 0 } eigenschappen)
        {
            var hernoemd = eigenschappen.ToList();
            eigenschappen.Clear();
            foreach (var (naam, waarde) in hernoemd)
            {
                eigenschappen[Naam(naam)] = waarde;
            }
        }
        if (schema.Required is { Count: > 0 } verplicht)
        {
            var namen = verplicht.Select(Naam).ToList();
            verplicht.Clear();
            foreach (var n in namen)
            {
                verplicht.Add(n);
            }
        }
    }

    public static string Naam(string naam) => naam.Contains('_', StringComparison.Ordinal) ? naam : JsonNamingPolicy.SnakeCaseLower.ConvertName(naam);
}
