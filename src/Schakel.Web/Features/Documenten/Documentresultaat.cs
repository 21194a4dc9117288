using System.Text;

namespace Schakel.Web.Features.Documenten;

/// <summary>
/// Downloads of reports. File names are built from what the report is about (a year, a plan), never from personal data,
/// because they end up in download folders and browser histories.
/// </summary>
public static class Documentresultaat
{
    public const string PdfType = "application/pdf";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";

    public static IResult Pdf(byte[] pdf, string bestandsnaam) => Results.File(pdf, PdfType, Naam(bestandsnaam, ".pdf"));

    /// <summary>
    /// The PDF of a finished HTML document, or 503 problem+json with Retry-After when this node cannot print: the HTML
    /// edition stays available, so a missing printer is never a 500.
    /// </summary>
    public static async Task<IResult> PdfAsync(HttpContext http, PdfAfdrukker afdrukker, string html, string bestandsnaam, CancellationToken ct = default)
    {
        try
        {
            return Pdf(await afdrukker.DrukAfAsync(html, ct), bestandsnaam);
        }
        catch (PdfNietBeschikbaarException)
        {
            http.Response.Headers.RetryAfter = "60";
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF tijdelijk niet beschikbaar",
                detail: "Deze server kan nu geen PDF maken. De HTML-versie van het document is wel beschikbaar.");
        }
    }

    public static IResult Csv(Tabel tabel, string bestandsnaam) => Results.File(CsvSchrijver.Schrijf(tabel), CsvType, Naam(bestandsnaam, ".csv"));

    public static async Task<IResult> XlsxAsync(Werkmap werkmap, string bestandsnaam, CancellationToken ct = default)
    {
        var geheugen = new MemoryStream();
        await XlsxSchrijver.SchrijfAsync(geheugen, werkmap, ct);
        geheugen.Position = 0;
        return Results.File(geheugen, XlsxType, Naam(bestandsnaam, ".xlsx"));
    }

    /// <summary>Only letters, digits, '-' and '_' (no path, no header injection), with the extension.</summary>
    internal static string Naam(string basis, string extensie)
    {
        var schoon = new StringBuilder();
        foreach (var c in basis.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                schoon.Append(c);
            }
            else if (c is ' ' or '.')
            {
                schoon.Append('-');
            }
        }
        var naam = schoon.Length == 0 ? "schakel" : schoon.ToString();
        return (naam.Length > 80 ? naam[..80] : naam) + extensie;
    }
}
