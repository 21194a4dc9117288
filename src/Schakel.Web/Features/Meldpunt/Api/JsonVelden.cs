using System.Text.Json;

namespace Schakel.Web.Features.Meldpunt.Api;

/// <summary>
/// Reads fields of a JSON object one by one, noting a type error per field instead of failing on the first,
/// so a 400 can list every invalid field.
/// </summary>
internal sealed class JsonVelden(JsonElement obj, string voorvoegsel, Dictionary<string, List<string>> fouten)
{
    public bool Heeft(string naam) => obj.TryGetProperty(naam, out var w) && w.ValueKind != JsonValueKind.Null;

    public string? Tekst(string naam)
    {
        if (!obj.TryGetProperty(naam, out var w) || w.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (w.ValueKind == JsonValueKind.String)
        {
            return w.GetString();
        }
        Fout(naam, "Verwacht een tekst.");
        return null;
    }

    public bool Waarheid(string naam)
    {
        if (!obj.TryGetProperty(naam, out var w) || w.ValueKind == JsonValueKind.Null)
        {
            return false;
        }
        if (w.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return w.GetBoolean();
        }
        Fout(naam, "Verwacht true of false.");
        return false;
    }

    public int? Getal(string naam)
    {
        if (!obj.TryGetProperty(naam, out var w) || w.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (w.ValueKind == JsonValueKind.Number && w.TryGetInt32(out var i))
        {
            return i;
        }
        Fout(naam, "Verwacht een geheel getal.");
        return null;
    }

    public IReadOnlyList<string>? Teksten(string naam, int max)
    {
        if (!obj.TryGetProperty(naam, out var w) || w.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (w.ValueKind != JsonValueKind.Array || w.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            Fout(naam, "Verwacht een lijst met teksten.");
            return null;
        }
        if (w.GetArrayLength() > max)
        {
            Fout(naam, $"Hoogstens {max} waarden.");
            return null;
        }
        return [.. w.EnumerateArray().Select(e => e.GetString()!)];
    }

    public JsonVelden? Object(string naam)
    {
        if (!obj.TryGetProperty(naam, out var w) || w.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (w.ValueKind == JsonValueKind.Object)
        {
            return new JsonVelden(w, Pad(naam) + ".", fouten);
        }
        Fout(naam, "Verwacht een object.");
        return null;
    }

    public void Fout(string naam, string melding)
    {
        var pad = Pad(naam);
        if (!fouten.TryGetValue(pad, out var lijst))
        {
            fouten[pad] = lijst = [];
        }
        lijst.Add(melding);
    }

    private string Pad(string naam) => voorvoegsel + naam;
}
