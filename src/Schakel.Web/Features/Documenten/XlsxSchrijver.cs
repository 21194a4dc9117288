using System.Globalization;
using SpreadCheetah;

namespace Schakel.Web.Features.Documenten;

/// <summary>
/// Writes a <see cref="Werkmap"/> as XLSX: a cover sheet, then one sheet per table with a single header row and no
/// merged cells, so the file reads straight into a statistics package or a screen reader's table mode.
/// </summary>
public static class XlsxSchrijver
{
    public static async Task SchrijfAsync(Stream uit, Werkmap werkmap, CancellationToken ct = default)
    {
        await using var boek = await Spreadsheet.CreateNewAsync(uit, cancellationToken: ct);
        var vet = boek.AddStyle(new SpreadCheetah.Styling.Style { Font = { Bold = true } });

        await boek.StartWorksheetAsync("Toelichting", token: ct);
        await boek.AddRowAsync([new Cell(werkmap.Titel, vet)], ct);
        await boek.AddRowAsync([new Cell("Bron"), new Cell(werkmap.Bron)], ct);
        if (!string.IsNullOrWhiteSpace(werkmap.Toelichting))
        {
            await boek.AddRowAsync([new Cell("Toelichting"), new Cell(werkmap.Toelichting)], ct);
        }
        await boek.AddRowAsync([new Cell("Gemaakt op"), new Cell(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))], ct);
        await boek.AddRowAsync([new Cell("Tabbladen", vet)], ct);
        var namen = Bladnamen(werkmap.Tabellen);
        for (var i = 0; i < werkmap.Tabellen.Count; i++)
        {
            await boek.AddRowAsync([new Cell(namen[i]), new Cell(werkmap.Tabellen[i].Titel)], ct);
        }

        for (var i = 0; i < werkmap.Tabellen.Count; i++)
        {
            var tabel = werkmap.Tabellen[i];
            await boek.StartWorksheetAsync(namen[i], token: ct);
            await boek.AddRowAsync([.. tabel.Kolommen.Select(k => new Cell(k, vet))], ct);
            foreach (var rij in tabel.Rijen)
            {
                await boek.AddRowAsync([.. rij.Select(Cel)], ct);
            }
        }
        await boek.FinishAsync(ct);
    }

    private static Cell Cel(object? waarde) => waarde switch
    {
        null => new Cell((string?)null),
        string s => new Cell(s),
        int n => new Cell(n),
        long n => new Cell(n),
        decimal d => new Cell(d),
        double d => new Cell(d),
        DateOnly d => new Cell(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTimeOffset d => new Cell(d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        bool b => new Cell(b ? "ja" : "nee"),
        _ => new Cell(Convert.ToString(waarde, CultureInfo.InvariantCulture)),
    };

    /// <summary>Sheet names: at most 31 characters, none of []:*?/\, unique regardless of case.</summary>
    internal static IReadOnlyList<string> Bladnamen(IReadOnlyList<Tabel> tabellen)
    {
        var gebruikt = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Toelichting" };
        var uit = new List<string>();
        foreach (var tabel in tabellen)
        {
            var basis = new string([.. tabel.Naam.Where(c => !"[]:*?/\\'".Contains(c))]).Trim();
            basis = string.IsNullOrEmpty(basis) ? "Tabel" : basis[..Math.Min(basis.Length, 28)];
            var naam = basis;
            for (var n = 2; !gebruikt.Add(naam); n++)
            {
                naam = $"{basis}{n}";
            }
            uit.Add(naam);
        }
        return uit;
    }
}
