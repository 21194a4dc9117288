using System.Text.Json;

namespace Schakel.Web.Tests.Features.Api.Invoer;

/// <summary>Bodies shaped by the operation's JSON schema, with hostile values mixed in at every level.</summary>
internal sealed class SchemaGenerator(JsonElement document, Vijandig v, IReadOnlyList<string> veldnamen)
{
    private const int MaxDiepte = 5;

    public string Waarde(JsonElement schema, int diepte)
    {
        if (diepte > MaxDiepte || v.Keer(0.2))
        {
            return v.JsonWaarde();
        }
        schema = Los(schema);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return v.JsonWaarde();
        }
        if (schema.TryGetProperty("enum", out var opties) && opties.GetArrayLength() > 0)
        {
            return opties[v.Kans.Next(opties.GetArrayLength())].GetRawText();
        }
        foreach (var keuze in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema.TryGetProperty(keuze, out var lijst) && lijst.GetArrayLength() > 0)
            {
                return Waarde(lijst[v.Kans.Next(lijst.GetArrayLength())], diepte);
            }
        }
        return Type(schema) switch
        {
            "object" => Object(schema, diepte),
            "array" => Lijst(schema, diepte),
            "string" => Tekst(schema),
            "integer" => v.Kies(new[] { "0", "1", "2", "5", "-1", "100" }),
            "number" => v.Kies(new[] { "0", "0.5", "52.07", "4.3", "-1", "250" }),
            "boolean" => v.Keer(0.5) ? "true" : "false",
            _ => v.JsonWaarde(),
        };
    }

    public string WillekeurigObject(int diepte)
    {
        var velden = Enumerable.Range(0, v.Kans.Next(1, 6))
            .Select(_ => $"{Vijandig.JsonTekst(v.Kies(veldnamen))}:{(v.Keer(0.2) && diepte < MaxDiepte ? WillekeurigObject(diepte + 1) : v.JsonWaarde())}");
        return "{" + string.Join(',', velden) + "}";
    }

    private string Object(JsonElement schema, int diepte)
    {
        if (!schema.TryGetProperty("properties", out var eigenschappen))
        {
            return WillekeurigObject(diepte + 1);
        }
        var velden = eigenschappen.EnumerateObject().Where(_ => v.Keer(0.8))
            .Select(p => $"{Vijandig.JsonTekst(p.Name)}:{Waarde(p.Value, diepte + 1)}").ToList();
        if (v.Keer(0.1))
        {
            velden.Add($"{Vijandig.JsonTekst(v.Kies(veldnamen))}:{v.JsonWaarde()}");
        }
        return "{" + string.Join(',', velden) + "}";
    }

    private string Lijst(JsonElement schema, int diepte)
    {
        var items = schema.TryGetProperty("items", out var i) ? i : default;
        var elementen = Enumerable.Range(0, v.Kans.Next(0, 4))
            .Select(_ => v.Keer(0.15) || items.ValueKind == JsonValueKind.Undefined ? "null" : Waarde(items, diepte + 1));
        return "[" + string.Join(',', elementen) + "]";
    }

    private string Tekst(JsonElement schema) => (schema.TryGetProperty("format", out var f) ? f.GetString() : null) switch
    {
        "date" => Vijandig.JsonTekst($"{v.Kans.Next(1990, 2030):0000}-{v.Kans.Next(1, 13):00}-{v.Kans.Next(1, 29):00}"),
        "date-time" => Vijandig.JsonTekst($"{v.Kans.Next(1990, 2030):0000}-{v.Kans.Next(1, 13):00}-{v.Kans.Next(1, 29):00}T12:00:00Z"),
        "uuid" => Vijandig.JsonTekst(Guid.NewGuid().ToString()),
        _ => Vijandig.JsonTekst(v.Kies(new[] { "nl", "GM0518", "vrouw", "acuut", "tekst", "Een omschrijving van wat ik zag.", "1234567890123456", "x" })),
    };

    private static string? Type(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var t))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : null;
        }
        return t.ValueKind == JsonValueKind.Array
            ? t.EnumerateArray().Select(x => x.GetString()).FirstOrDefault(x => x != "null")
            : t.GetString();
    }

    private JsonElement Los(JsonElement schema)
    {
        for (var i = 0; i < 8 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var r); i++)
        {
            var naam = r.GetString()!.Split('/')[^1];
            if (!document.GetProperty("components").GetProperty("schemas").TryGetProperty(naam, out schema))
            {
                return default;
            }
        }
        return schema;
    }
}
