using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// JSON form of routes, rules and conditions, so the web layer can store conditions and outcomes
/// as JSON columns and a beheerder can export and import a route. Enums are written as camelCase names,
/// never numbers, so reordering an enum cannot silently change a stored rule.
/// </summary>
public static class MeldrouteJson
{
    public static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public static string Serialiseer<T>(T waarde) => JsonSerializer.Serialize(waarde, Opties);

    public static T Deserialiseer<T>(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        return JsonSerializer.Deserialize<T>(json, Opties)
            ?? throw new JsonException($"Lege JSON voor {typeof(T).Name}.");
    }
}
