using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schakel.Web.Features.Api;

/// <summary>Dates leave the API as ISO 8601 in UTC with a Z, whatever offset they were stored with.</summary>
public sealed class UtcDatumConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
