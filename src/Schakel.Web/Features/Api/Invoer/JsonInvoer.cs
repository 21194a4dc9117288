using System.Text.Json;
using Schakel.Core.Invoer;

namespace Schakel.Web.Features.Api.Invoer;

/// <summary>
/// Reads a JSON body once, token by token, before any handler sees it: every string and property name must pass
/// <see cref="Invoertekst"/>. Works the same for typed binding and for the endpoints that read a JsonDocument
/// themselves, so no reader downstream meets a lone surrogate (which .NET refuses to turn into a string) or a NUL.
/// </summary>
internal static class JsonInvoer
{
    public sealed record Uitkomst(bool Leesbaar, Dictionary<string, string[]> Fouten);

    private sealed class Niveau(bool lijst, string pad)
    {
        public bool Lijst { get; } = lijst;
        public string Pad { get; } = pad;
        public int Index { get; set; } = -1;
        public string? Eigenschap { get; set; }
    }

    public static Uitkomst Controleer(ReadOnlySpan<byte> json)
    {
        var fouten = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var stapel = new Stack<Niveau>();
        var lezer = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (lezer.Read())
            {
                switch (lezer.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var niveau = stapel.Peek();
                        if (LeesTekst(ref lezer) is { } naam)
                        {
                            niveau.Eigenschap = naam;
                        }
                        else
                        {
                            niveau.Eigenschap = "?";
                            Voeg(fouten, niveau.Pad.Length == 0 ? "body" : niveau.Pad);
                        }
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        stapel.Push(new Niveau(lezer.TokenType == JsonTokenType.StartArray, VolgendPad(stapel)));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stapel.Pop();
                        break;
                    case JsonTokenType.String:
                        var pad = VolgendPad(stapel);
                        if (LeesTekst(ref lezer) is null)
                        {
                            Voeg(fouten, pad.Length == 0 ? "body" : pad);
                        }
                        break;
                    default:
                        VolgendPad(stapel);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: the endpoint answers that in its own words.
            return new Uitkomst(false, []);
        }
        return new Uitkomst(true, fouten.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The string, or null when it holds an unpaired surrogate, invalid UTF-8 or a refused control character.</summary>
    private static string? LeesTekst(ref Utf8JsonReader lezer)
    {
        try
        {
            var tekst = lezer.GetString();
            return Invoertekst.IsToegestaan(tekst) ? tekst : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The path of the value that starts at the current token, as a client names it: regels[0].code.</summary>
    private static string VolgendPad(Stack<Niveau> stapel)
    {
        if (!stapel.TryPeek(out var ouder))
        {
            return "";
        }
        if (ouder.Lijst)
        {
            ouder.Index++;
            return $"{ouder.Pad}[{ouder.Index}]";
        }
        return ouder.Pad.Length == 0 ? ouder.Eigenschap ?? "" : $"{ouder.Pad}.{ouder.Eigenschap}";
    }

    private static void Voeg(Dictionary<string, List<string>> fouten, string veld)
    {
        if (!fouten.TryGetValue(veld, out var lijst))
        {
            fouten[veld] = lijst = [];
        }
        if (lijst.Count == 0)
        {
            lijst.Add(Invoertekst.Melding);
        }
    }
}
