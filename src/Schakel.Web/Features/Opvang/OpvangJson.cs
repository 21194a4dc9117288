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
}
