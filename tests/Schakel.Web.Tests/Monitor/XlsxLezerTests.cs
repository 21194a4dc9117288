using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Schakel.Core.Monitor;
using Schakel.Web.Features.Monitor.Imports;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// The import's XLSX reader on a workbook written the way Excel writes one: text in the shared-string table, a date
/// as a serial number in a date style, a cell left out in the middle of a row and the sheet not called sheet1.
/// </summary>
public sealed class XlsxLezerTests
{
    private static byte[] Werkboek(params object?[][] rijen)
    {
        using var uit = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(uit, SpreadsheetDocumentType.Workbook))
        {
            var boek = doc.AddWorkbookPart();
            boek.Workbook = new Workbook();
            var stijlen = boek.AddNewPart<WorkbookStylesPart>();
            stijlen.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd\\-mm\\-yyyy" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 2 });
            var gedeeld = boek.AddNewPart<SharedStringTablePart>();
            gedeeld.SharedStringTable = new SharedStringTable();
            var teksten = new List<string>();
            var gegevens = new SheetData();
            for (var r = 0; r < rijen.Length; r++)
            {
                var rij = new Row { RowIndex = (uint)(r + 1) };
                for (var k = 0; k < rijen[r].Length; k++)
                {
                    var verwijzing = $"{(char)('A' + k)}{r + 1}";
                    switch (rijen[r][k])
                    {
                        case null:
                            break; // Excel writes no cell for an empty one.
                        case string s:
                            if (!teksten.Contains(s))
                            {
                                teksten.Add(s);
                                gedeeld.SharedStringTable.AppendChild(new SharedStringItem(new Text(s)));
                            }

                            rij.AppendChild(new Cell { CellReference = verwijzing, DataType = CellValues.SharedString, CellValue = new CellValue(teksten.IndexOf(s)) });
                            break;
                        case DateOnly d:
                            rij.AppendChild(new Cell { CellReference = verwijzing, StyleIndex = 1, CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate()) });
                            break;
                        case int n:
                            rij.AppendChild(new Cell { CellReference = verwijzing, CellValue = new CellValue(n) });
                            break;
                    }
                }

                gegevens.AppendChild(rij);
            }

            var blad = boek.AddNewPart<WorksheetPart>("rIdCijfers");
            blad.Worksheet = new Worksheet(gegevens);
            boek.Workbook.AppendChild(new Sheets(new Sheet { Id = "rIdCijfers", SheetId = 1, Name = "Cijfers" }));
        }

        return uit.ToArray();
    }

    [Fact]
    public void Gedeelde_teksten_datums_en_een_lege_cel_worden_gelezen_zoals_het_sjabloon_vraagt()
    {
        var bestand = Werkboek(
            [.. PartnerRijen.Kolommen],
            ["riec-slachtoffers", "GM0637", "2023-K2", null, 4, "RIEC Dashboard Ondermijning", null, new DateOnly(2023, 7, 14), "ja"],
            [null, null, null, null, null, null, null, null, null],
            ["riec-slachtoffers", "GM1916", 2023, null, 0, "RIEC Dashboard Ondermijning", "Mensenhandel", new DateOnly(2024, 1, 31), "nee"]);

        var (rijen, fouten) = XlsxLezer.Lees(new MemoryStream(bestand));

        Assert.Empty(fouten);
        Assert.Equal(2, rijen.Count);
        Assert.Equal("riec-slachtoffers", rijen[0]["maatstaf"]);
        Assert.Equal("GM0637", rijen[0]["gebied"]);
        Assert.Null(rijen[0]["uitbuitingsvorm"]);
        Assert.Null(rijen[0]["sectie"]);
        Assert.Equal("4", rijen[0]["waarde"]);
        Assert.Equal("2023-07-14", rijen[0]["datum"]);
        Assert.Equal("ja", rijen[0]["gepubliceerd"]);
        Assert.Equal(("2023", "0", "Mensenhandel", "2024-01-31"), (rijen[1]["periode"], rijen[1]["waarde"], rijen[1]["sectie"], rijen[1]["datum"]));
    }

    [Fact]
    public void Een_ontbrekende_kolom_en_een_kapot_bestand_worden_benoemd()
    {
        var (_, fouten) = XlsxLezer.Lees(new MemoryStream(Werkboek(["maatstaf", "gebied"], ["riec-slachtoffers", "GM0637"])));
        Assert.Contains(fouten, f => f.Kolom == "waarde" && f.Regel == 0);

        var (rijen, kapot) = XlsxLezer.Lees(new MemoryStream("geen zip"u8.ToArray()));
        Assert.Empty(rijen);
        Assert.Equal("bestand", Assert.Single(kapot).Kolom);
    }
}
