using System.Text.Json;
using Json.Schema;

namespace Schakel.Web.Tests.Keten;

/// <summary>The official HSDS 3 schemas (Keten/Hsds/schema, CC BY-SA 4.0), built once with their relative $refs resolved.</summary>
internal static class HsdsSchemas
{
    private static readonly Uri Basis = new("https://schakel.example/hsds/schema/");
    private static readonly Lazy<IReadOnlyDictionary<string, JsonSchema>> Alle = new(Bouw);

    public static JsonSchema Voor(string bestand) => Alle.Value[bestand];

    public static IReadOnlyList<string> Fouten(string bestand, JsonElement item)
    {
        var uitkomst = Voor(bestand).Evaluate(item, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return uitkomst.IsValid ? [] : [.. (uitkomst.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))];
    }

    private static Dictionary<string, JsonSchema> Bouw()
    {
        var map = Path.Combine(AppContext.BaseDirectory, "Keten", "Hsds", "schema");
        var opties = new BuildOptions { Dialect = Dialect.Draft202012, SchemaRegistry = new SchemaRegistry() };
        var open = Directory.GetFiles(map, "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        var klaar = new Dictionary<string, JsonSchema>();
        // The files refer to each other by relative name and carry no $id: build until every reference resolves.
        for (var ronde = 0; ronde < open.Count && klaar.Count < open.Count; ronde++)
        {
            foreach (var (naam, tekst) in open.Where(o => !klaar.ContainsKey(o.Key)))
            {
                try
                {
                    klaar[naam] = JsonSchema.FromText(tekst, opties, new Uri(Basis, naam));
                }
                catch (Exception) when (ronde < open.Count - 1)
                {
                    // A file it refers to is not built yet; the next round has it.
                }
            }
        }
        return klaar;
    }
}
