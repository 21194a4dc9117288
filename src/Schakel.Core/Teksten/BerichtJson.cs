using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Schakel.Core.Teksten;

/// <summary>
/// Stores messages as their codes and arguments, so a stored explanation can be said in any reader's language
/// later. Each message is <c>{"c": code, "t": Dutch fallback, "a": [arguments]}</c>; an argument is a string
/// (data such as an organisation's name), a number, a nested message, or <c>{"o": [parts], "en": bool}</c> for a
/// list. A message with code <c>""</c> is text kept as it was written (for example an old row that matched no code).
/// The Dutch text is kept only as the fallback for a code that has lost its text.
/// </summary>
public static class BerichtJson
{
    public static string Serialiseer(IEnumerable<Bericht> berichten) =>
        new JsonArray([.. berichten.Select(Knoop)]).ToJsonString();

    /// <summary>The messages of a stored value; unreadable input gives one literal message with the input itself.</summary>
    public static IReadOnlyList<Bericht> Deserialiseer(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            return JsonNode.Parse(json) is JsonArray lijst ? [.. lijst.Select(n => LeesBericht(n!))] : [Letterlijk(json)];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return [Letterlijk(json)];
        }
    }

    /// <summary>Text kept as written: no code, never translated.</summary>
    public static Bericht Letterlijk(string tekst) => new("", tekst, []);

    private static JsonObject Knoop(Bericht b)
    {
        var o = new JsonObject { ["c"] = b.Code, ["t"] = b.Nederlands };
        if (b.Argumenten.Count > 0)
        {
            o["a"] = new JsonArray([.. b.Argumenten.Select(Argument)]);
        }
        return o;
    }

    private static JsonNode? Argument(object a) => a switch
    {
        Bericht b => Knoop(b),
        Opsomming o => new JsonObject { ["o"] = new JsonArray([.. o.Delen.Select(Argument)]), ["en"] = o.En },
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        decimal m => JsonValue.Create(m),
        IFormattable f => JsonValue.Create(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(a.ToString() ?? ""),
    };

    private static Bericht LeesBericht(JsonNode n) => n switch
    {
        JsonObject o when o.ContainsKey("c") => new Bericht(
            o["c"]?.GetValue<string>() ?? "", o["t"]?.GetValue<string>() ?? "",
            o["a"] is JsonArray a ? [.. a.Select(x => LeesArgument(x!))] : []),
        _ => Letterlijk(n.ToJsonString()),
    };

    private static object LeesArgument(JsonNode n) => n switch
    {
        JsonObject o when o.ContainsKey("o") => new Opsomming(
            o["o"] is JsonArray d ? [.. d.Select(x => LeesArgument(x!))] : [], o["en"]?.GetValue<bool>() ?? true),
        JsonObject => LeesBericht(n),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.TryGetValue<int>(out var i) ? i : v.GetValue<double>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => n.ToJsonString(),
    };
}
