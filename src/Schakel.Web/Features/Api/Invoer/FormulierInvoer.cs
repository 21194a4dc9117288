using System.Text;
using Schakel.Core.Invoer;

namespace Schakel.Web.Features.Api.Invoer;

/// <summary>
/// Reads a URL-encoded form body as text before ASP.NET's form reader does. That reader refuses the whole body for
/// a decoded NUL or a key over 2,048 characters, and then no field is known: an endpoint could only answer a bare
/// 400 and a page could not show its form again. Here the API gets the field's name; a page gets a body without
/// the refused characters plus the names of the fields that held them (<see cref="PaginaInvoerFilter"/>).
/// </summary>
internal static class FormulierInvoer
{
    /// <summary>Larger forms are left to the form reader and its own limits.</summary>
    private const int MaxTekst = 1024 * 1024;

    /// <summary>ASP.NET's form reader refuses longer keys (FormOptions.KeyLengthLimit).</summary>
    private const int MaxSleutel = 2048;

    private sealed record Veld(string Sleutel, string Waarde);

    /// <summary>The fields that break the text rule, named; the body stays buffered for the reader that follows.</summary>
    public static async Task<Dictionary<string, string[]>> ControleerAsync(HttpContext context)
    {
        var fouten = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var veld in await LeesAsync(context) ?? [])
        {
            if (veld.Sleutel.Length > MaxSleutel || !Invoertekst.IsToegestaan(veld.Sleutel))
            {
                fouten["formulier"] = [veld.Sleutel.Length > MaxSleutel ? $"Een veldnaam is hoogstens {MaxSleutel} tekens." : Invoertekst.Melding];
            }
            else if (!Invoertekst.IsToegestaan(veld.Waarde))
            {
                fouten[veld.Sleutel] = [Invoertekst.Melding];
            }
        }
        return fouten;
    }

    /// <summary>
    /// For a page: when a field breaks the text rule, the body is replaced by one without the refused characters and
    /// the cleaned names of those fields are returned (empty when every field passed; the body is then untouched).
    /// </summary>
    public static async Task<List<string>> SchoonAsync(HttpContext context)
    {
        var velden = await LeesAsync(context);
        if (velden is null || velden.All(v => Invoertekst.IsToegestaan(v.Sleutel) && Invoertekst.IsToegestaan(v.Waarde)))
        {
            return [];
        }
        var ongeldig = velden.Where(v => !Invoertekst.IsToegestaan(v.Sleutel) || !Invoertekst.IsToegestaan(v.Waarde))
            .Select(v => Invoertekst.Schoon(v.Sleutel)).Distinct(StringComparer.Ordinal).ToList();
        var schoon = Encoding.UTF8.GetBytes(string.Join('&', velden.Select(v =>
            $"{Uri.EscapeDataString(Invoertekst.Schoon(v.Sleutel))}={Uri.EscapeDataString(Invoertekst.Schoon(v.Waarde))}")));
        context.Request.Body = new MemoryStream(schoon);
        context.Request.ContentLength = schoon.Length;
        return ongeldig;
    }

    /// <summary>The decoded fields, or null when the body is no URL-encoded form of a size read here.</summary>
    private static async Task<List<Veld>?> LeesAsync(HttpContext context)
    {
        var verzoek = context.Request;
        var urlEncoded = verzoek.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
        // Browsers send a form with its length. On the API (the token endpoint) a chunked one from a hand-made client is
        // read the same way, up to the same bound, so its refused field is named too; pages leave it to the form reader.
        if (!urlEncoded || verzoek.ContentLength > MaxTekst || (verzoek.ContentLength is null && !ApiConventies.IsApi(verzoek.Path)))
        {
            return null;
        }
        verzoek.EnableBuffering();
        using var buffer = new MemoryStream();
        var blok = new byte[8 * 1024];
        int gelezen;
        try
        {
            while ((gelezen = await verzoek.Body.ReadAsync(blok, context.RequestAborted)) > 0)
            {
                if (buffer.Length + gelezen > MaxTekst)
                {
                    verzoek.Body.Position = 0;
                    return null;
                }
                buffer.Write(blok, 0, gelezen);
            }
        }
        catch (BadHttpRequestException)
        {
            // A malformed chunked body: the form reader that follows meets the same error, which is mapped to Kestrel's 400.
            verzoek.Body.Position = 0;
            return null;
        }
        verzoek.Body.Position = 0;

        var velden = new List<Veld>();
        foreach (var paar in Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var gelijk = paar.IndexOf('=');
            velden.Add(new Veld(Decodeer(gelijk < 0 ? paar : paar[..gelijk]), gelijk < 0 ? "" : Decodeer(paar[(gelijk + 1)..])));
        }
        return velden;
    }

    private static string Decodeer(string deel) => Uri.UnescapeDataString(deel.Replace('+', ' '));
}
