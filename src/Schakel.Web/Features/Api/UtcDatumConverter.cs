using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schakel.Web.Features.Api;

/// <summary>Dates leave the API as ISO 8601 in UTC with a Z, whatever offset they were stored with.</summary>
public sealed class UtcDatumConverter : JsonConverter<DateTimeOffset>
{
    public const string Formaat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(Formaat, CultureInfo.InvariantCulture));
}

/// <summary>
/// The same for <see cref="DateTime"/>: Schakel keeps every moment in UTC, so a value without a kind (as a
/// provider may read it back) is UTC too; without this it would leave the API with no zone at all.
/// </summary>
public sealed class UtcDatumTijdConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTime();

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        var utc = value.Kind switch
        {
            DateTimeKind.Local => value.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
            _ => value,
        };
        writer.WriteStringValue(utc.ToString(UtcDatumConverter.Formaat, CultureInfo.InvariantCulture));
    }
}
