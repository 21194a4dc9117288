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
        // Browsers send a form with its length; a hand-made client may send it chunked (no length). Both are read the
        // same way, up to the same bound, so a refused field is named (API) or shown next to the field (page) either way.
        if (!urlEncoded || verzoek.ContentLength > MaxTekst)
        {
            return null;
        }
        verzoek.EnableBuffering();
        using var buffer = new MemoryStream();
        var blok = new byte[8 * 1024];
        int gelezen;
        // A malformed chunked body or one that comes too slowly throws Kestrel's BadHttpRequestException here; it is
        // not caught: a second reader of the half-buffered body would meet another error (a 500), while this one is
        // mapped to Kestrel's own status (InvoerHygiene for pages, InvoerFouten for the API).
        while ((gelezen = await LeesBlokAsync(verzoek.Body, blok, context.RequestAborted)) > 0)
        {
            if (buffer.Length + gelezen > MaxTekst)
            {
                verzoek.Body.Position = 0;
                return null;
            }
            buffer.Write(blok, 0, gelezen);
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

    /// <summary>
    /// One read of the request body. Kestrel reports most broken bodies as BadHttpRequestException, but a chunk size
    /// too large for a number as a bare IOException ("Bad chunk size data"): either is the client's 400, never a 500.
    /// </summary>
    internal static async Task<int> LeesBlokAsync(Stream body, byte[] blok, CancellationToken ct)
    {
        try
        {
            return await body.ReadAsync(blok, ct);
        }
        catch (IOException fout) when (fout is not BadHttpRequestException)
        {
            throw new BadHttpRequestException("De body kon niet worden gelezen.", StatusCodes.Status400BadRequest, fout);
        }
    }

    private static string Decodeer(string deel) => Uri.UnescapeDataString(deel.Replace('+', ' '));
}
