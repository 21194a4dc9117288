using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Schakel.Web.Features.Documenten;

/// <summary>
/// One table as CSV (RFC 4180, comma, UTF-8 with byte-order mark so spreadsheet programs read the accents). Numbers
/// are written invariantly. A text cell that a spreadsheet would run as a formula gets a leading apostrophe
/// (CSV injection).
/// </summary>
public static class CsvSchrijver
{
    public static byte[] Schrijf(Tabel tabel)
    {
        using var geheugen = new MemoryStream();
        using (var schrijver = new StreamWriter(geheugen, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(schrijver, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }))
        {
            foreach (var kolom in tabel.Kolommen)
            {
                csv.WriteField(Veilig(kolom));
            }
            csv.NextRecord();
            foreach (var rij in tabel.Rijen)
            {
                foreach (var waarde in rij)
                {
                    csv.WriteField(Tekst(waarde));
                }
                csv.NextRecord();
            }
        }
        return geheugen.ToArray();
    }

    private static string Tekst(object? waarde) => waarde switch
    {
        null => "",
        string s => Veilig(s),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        bool b => b ? "ja" : "nee",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Veilig(waarde.ToString() ?? ""),
    };

    private static string Veilig(string s) => s.Length > 0 && "=+-@\t\r".Contains(s[0]) ? "'" + s : s;
}
