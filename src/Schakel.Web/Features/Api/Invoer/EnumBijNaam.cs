using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schakel.Web.Features.Api.Invoer;

/// <summary>
/// Enums in the API only by the name of a defined member (camelCase, case-insensitive). The framework's converter,
/// even without integer values, still takes "vrouw, man" and turns it into whatever member the bits add up to;
/// a number (-1) would be stored as a value no code knows (issue 13: one stored -1 broke the overview for all).
/// </summary>
public sealed class EnumBijNaam : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    /// <summary>A message meant for the client (it names no input), shown as the field's error.</summary>
    public sealed class OngeldigeKeuze(string melding) : JsonException(melding);

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly FrozenDictionary<string, T> Namen = Enum.GetValues<T>()
            .DistinctBy(w => Naam(w), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(Naam, w => w, StringComparer.OrdinalIgnoreCase);

        private static string Naam(T waarde) => JsonNamingPolicy.CamelCase.ConvertName(waarde.ToString());

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } tekst && Namen.TryGetValue(tekst, out var waarde))
            {
                return waarde;
            }
            throw new OngeldigeKeuze($"Kies een van: {string.Join(", ", Namen.Keys.Order(StringComparer.Ordinal))}.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Naam(value));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(Naam(value));
    }
}
