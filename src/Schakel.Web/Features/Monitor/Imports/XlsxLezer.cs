using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Schakel.Core.Monitor;

namespace Schakel.Web.Features.Monitor.Imports;

/// <summary>
/// Reads the first sheet of a filled template (XLSX) into rows by column name with DocumentFormat.OpenXml: shared and
/// inline strings, numbers, booleans and dates. A date (a number in a date format, an ISO date cell, or a number in the
/// "datum" column) becomes yyyy-MM-dd, the form the template asks for. Formulas are read as their cached value; a
/// missing cell is an empty one.
/// </summary>
public static class XlsxLezer
{
    public static (List<IReadOnlyDictionary<string, string?>> Rijen, List<ImportFout> Fouten) Lees(Stream stroom)
    {
        try
        {
            // The package reader needs to seek; an uploaded form file may not.
            using var kopie = new MemoryStream();
            stroom.CopyTo(kopie);
            kopie.Position = 0;
            using var document = SpreadsheetDocument.Open(kopie, false);
            var werkboek = document.WorkbookPart ?? throw new InvalidDataException();
            var tabel = Tabel(werkboek);
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
                if (rij.TryGetValue("datum", out var d) && double.TryParse(d, NumberStyles.Float, CultureInfo.InvariantCulture, out var serieel)
                    && serieel is > 0 and < 2958466)
                {
                    rij["datum"] = Datum(serieel);
                }

                if (rij.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
                {
                    rijen.Add(rij);
                }
            }

            return (rijen, fouten);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException
            or System.Xml.XmlException or ArgumentException or OverflowException or InvalidOperationException)
        {
            return ([], [new ImportFout(0, "bestand", "Dit is geen leesbaar XLSX-bestand.")]);
        }
    }

    /// <summary>Every row of the first sheet as cells by column number (1 = A), in sheet order.</summary>
    private static List<Dictionary<int, string?>> Tabel(WorkbookPart werkboek)
    {
        var eerste = werkboek.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()?.Id?.Value;
        var blad = eerste is null ? werkboek.WorksheetParts.FirstOrDefault() : (WorksheetPart)werkboek.GetPartById(eerste);
        if (blad?.Worksheet.GetFirstChild<SheetData>() is not { } gegevens)
        {
            return [];
        }

        var gedeeld = werkboek.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(si => si.InnerText).ToList() ?? [];
        var datumStijlen = DatumStijlen(werkboek);
        var tabel = new List<Dictionary<int, string?>>();
        foreach (var rij in gegevens.Elements<Row>())
        {
            var cellen = new Dictionary<int, string?>();
            var kolom = 0;
            foreach (var cel in rij.Elements<Cell>())
            {
                // Writers may leave out the cell reference; then position counts.
                kolom = cel.CellReference?.Value is { } r ? Kolom(r) : kolom + 1;
                cellen[kolom] = Waarde(cel, gedeeld, datumStijlen);
            }

            tabel.Add(cellen);
        }

        return tabel;
    }

    private static int Kolom(string verwijzing) =>
        verwijzing.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, c) => (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1));

    private static string? Waarde(Cell cel, List<string> gedeeld, HashSet<uint> datumStijlen)
    {
        var tekst = cel.CellValue?.Text;
        if (cel.DataType?.Value is { } soort)
        {
            if (soort == CellValues.SharedString)
            {
                return int.TryParse(tekst, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < gedeeld.Count ? gedeeld[i] : null;
            }

            if (soort == CellValues.InlineString)
            {
                return cel.InlineString?.InnerText;
            }

            if (soort == CellValues.Boolean)
            {
                return tekst == "1" ? "ja" : tekst == "0" ? "nee" : tekst;
            }

            if (soort == CellValues.Date)
            {
                return DateTime.TryParse(tekst, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso)
                    ? iso.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : tekst;
            }

            if (soort != CellValues.Number)
            {
                return tekst;
            }
        }

        return cel.StyleIndex?.Value is { } stijl && datumStijlen.Contains(stijl)
            && double.TryParse(tekst, NumberStyles.Float, CultureInfo.InvariantCulture, out var serieel) && serieel is > 0 and < 2958466
            ? Datum(serieel)
            : tekst;
    }

    private static string Datum(double serieel) =>
        DateOnly.FromDateTime(DateTime.FromOADate(serieel)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The cell styles that show a number as a date: the built-in date formats (14–22, 45–47) and custom formats with a
    /// day, month or year part outside quotes and brackets.
    /// </summary>
    private static HashSet<uint> DatumStijlen(WorkbookPart werkboek)
    {
        var opmaak = werkboek.WorkbookStylesPart?.Stylesheet;
        if (opmaak?.CellFormats is null)
        {
            return [];
        }

        var eigen = opmaak.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && IsDatumCode(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var stijlen = new HashSet<uint>();
        uint index = 0;
        foreach (var formaat in opmaak.CellFormats.Elements<CellFormat>())
        {
            var id = formaat.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 45 and <= 47 || eigen.Contains(id))
            {
                stijlen.Add(index);
            }

            index++;
        }

        return stijlen;
    }

    private static bool IsDatumCode(string? code)
    {
        if (code is null)
        {
            return false;
        }

        var buiten = true;
        var haak = false;
        foreach (var c in code)
        {
            switch (c)
            {
                case '"': buiten = !buiten; break;
                case '[' when buiten: haak = true; break;
                case ']' when buiten: haak = false; break;
                default:
                    if (buiten && !haak && char.ToLowerInvariant(c) is 'd' or 'm' or 'y' or 'j')
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }
}
