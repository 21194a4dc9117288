using System.Text.Json;
using Schakel.Core.Doorverwijzing;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>Reads a rule from the API body or the beheer form's JSON fields; every problem at once.</summary>
public static class RegelInvoerLezer
{
    public static (RegelInvoer? Invoer, Dictionary<string, string[]> Fouten) Lees(string code, JsonElement body)
    {
        var fouten = new Dictionary<string, string[]>();
        if (body.ValueKind != JsonValueKind.Object)
        {
            fouten[""] = ["Verwacht een JSON-object."];
            return (null, fouten);
        }
        var nummer = body.TryGetProperty("nummer", out var n) && n.ValueKind == JsonValueKind.Number && n.TryGetInt32(out var i) ? i : 0;
        var naam = body.TryGetProperty("naam", out var na) && na.ValueKind == JsonValueKind.String ? na.GetString()! : "";
        var actief = !body.TryGetProperty("actief", out var a) || a.ValueKind != JsonValueKind.False;
        var reden = body.TryGetProperty("reden", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        var voorwaarden = body.TryGetProperty("voorwaarden", out var v) && v.ValueKind != JsonValueKind.Null
            ? LeesJson<RegelVoorwaarden>(v.GetRawText(), "voorwaarden", fouten)
            : new RegelVoorwaarden();
        var uitkomsten = body.TryGetProperty("uitkomsten", out var u)
            ? LeesJson<List<RegelUitkomst>>(u.GetRawText(), "uitkomsten", fouten)
            : [];
        return fouten.Count > 0 || voorwaarden is null || uitkomsten is null
            ? (null, fouten)
            : (new RegelInvoer(code, nummer, naam, actief, voorwaarden, uitkomsten, reden), fouten);
    }

    /// <summary>A JSON field of a rule, with a Dutch message that names the field when it cannot be read.</summary>
    public static T? LeesJson<T>(string json, string veld, Dictionary<string, string[]> fouten) where T : class
    {
        try
        {
            return MeldrouteJson.Deserialiseer<T>(json);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException or InvalidOperationException)
        {
            fouten[veld] = [$"Geen geldige JSON voor {veld}: {Kort(e.Message)}"];
            return null;
        }
    }

    private static string Kort(string bericht) => bericht.Length > 200 ? bericht[..200] + "…" : bericht;
}
