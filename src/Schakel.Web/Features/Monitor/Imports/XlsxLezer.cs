using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using Schakel.Core.Monitor;

namespace Schakel.Web.Features.Monitor.Imports;

/// <summary>
/// Reads the first sheet of a filled template (XLSX) into rows by column name: shared and inline strings and
/// numbers, a date cell in the "datum" column as yyyy-MM-dd. Only what a template needs; formulas are read as their
/// cached value.
/// </summary>
public static class XlsxLezer
{
    private static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Pr = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static (List<IReadOnlyDictionary<string, string?>> Rijen, List<ImportFout> Fouten) Lees(Stream stroom)
    {
        try
        {
            using var zip = new ZipArchive(stroom, ZipArchiveMode.Read);
            var gedeeld = Laad(zip, "xl/sharedStrings.xml")?.Descendants(S + "si")
                .Select(si => string.Concat(si.Descendants(S + "t").Select(t => t.Value))).ToList() ?? [];
            var blad = Laad(zip, EersteBlad(zip)) ?? throw new InvalidDataException();
            var tabel = blad.Descendants(S + "row").Select(r => Cellen(r, gedeeld)).ToList();
            if (tabel.Count == 0)
            {
                return ([], [new ImportFout(0, "bestand", "Het werkblad is leeg.")]);
            }

            var kop = tabel[0].ToDictionary(k => k.Key, k => (k.Value ?? "").Trim().ToLowerInvariant());
            var fouten = PartnerRijen.Kolommen.Except(kop.Values)
                .Select(k => new ImportFout(0, k, "Deze kolom ontbreekt in de kopregel; gebruik het sjabloon.")).ToList();
            var rijen = new List<IReadOnlyDictionary<string, string?>>();
            foreach (var regel in tabel.Skip(1).Take(PartnerRijen.MaxRijen + 1))
            {
                var rij = kop.ToDictionary(k => k.Value, k => regel.GetValueOrDefault(k.Key), StringComparer.Ordinal);
                if (rij.TryGetValue("datum", out var d) && double.TryParse(d, NumberStyles.Float, CultureInfo.InvariantCulture, out var serieel))
                {
                    rij["datum"] = DateOnly.FromDateTime(DateTime.FromOADate(serieel)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }

                if (rij.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
                {
                    rijen.Add(rij);
                }
            }

            return (rijen, fouten);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or ArgumentException or OverflowException)
        {
            return ([], [new ImportFout(0, "bestand", "Dit is geen leesbaar XLSX-bestand.")]);
        }
    }

    private static string EersteBlad(ZipArchive zip)
    {
        var werkboek = Laad(zip, "xl/workbook.xml");
        var id = (string?)werkboek?.Descendants(S + "sheet").FirstOrDefault()?.Attribute(R + "id");
        var doel = (string?)Laad(zip, "xl/_rels/workbook.xml.rels")?.Descendants(Pr + "Relationship")
            .FirstOrDefault(r => (string?)r.Attribute("Id") == id)?.Attribute("Target");
        return doel is null ? "xl/worksheets/sheet1.xml" : doel.StartsWith('/') ? doel[1..] : "xl/" + doel;
    }

    private static XDocument? Laad(ZipArchive zip, string pad)
    {
        var deel = zip.GetEntry(pad);
        if (deel is null)
        {
            return null;
        }

        using var s = deel.Open();
        return XDocument.Load(s);
    }

    /// <summary>The cells of a row by column number; writers may leave out the cell reference, then position counts.</summary>
    private static Dictionary<int, string?> Cellen(XElement rij, List<string> gedeeld)
    {
        var cellen = new Dictionary<int, string?>();
        var kolom = 0;
        foreach (var c in rij.Elements(S + "c"))
        {
            kolom = (string?)c.Attribute("r") is { } r ? Kolom(r) : kolom + 1;
            cellen[kolom] = Waarde(c, gedeeld);
        }

        return cellen;
    }

    private static int Kolom(string verwijzing) =>
        verwijzing.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, c) => (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1));

    private static string? Waarde(XElement c, List<string> gedeeld) => (string?)c.Attribute("t") switch
    {
        "s" => int.TryParse(c.Element(S + "v")?.Value, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < gedeeld.Count ? gedeeld[i] : null,
        "inlineStr" => string.Concat(c.Descendants(S + "t").Select(t => t.Value)),
        _ => c.Element(S + "v")?.Value,
    };
}
