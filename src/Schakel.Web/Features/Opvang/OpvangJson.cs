using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Schakel.Web.Features.Opvang;

/// <summary>
/// Criteria, needs and rules are domain records that are always read and written whole, so they are
/// stored as one JSON column each instead of a dozen join tables.
/// </summary>
internal static class OpvangJson
{
    public static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static ValueConverter<T, string> Converter<T>() where T : class => new(
        v => JsonSerializer.Serialize(v, Opties),
        s => JsonSerializer.Deserialize<T>(s, Opties)!);

    /// <summary>
    /// Compares by the stored JSON and snapshots by a round trip, so a change inside a list (a rule added or edited in
    /// place) is seen as a change, which a reference comparison of the list would miss.
    /// </summary>
    public static ValueComparer<T> Comparer<T>() where T : class => new(
        (a, b) => JsonSerializer.Serialize(a, Opties) == JsonSerializer.Serialize(b, Opties),
        v => JsonSerializer.Serialize(v, Opties).GetHashCode(StringComparison.Ordinal),
        v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Opties), Opties)!);
}
