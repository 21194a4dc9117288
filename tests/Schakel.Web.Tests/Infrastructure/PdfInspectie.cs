using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Schakel.Web.Tests.Infrastructure;

/// <summary>
/// What an accessible PDF must carry, read from the file itself: the structure tree and MarkInfo (tagged), the
/// catalog's language, the title, every Figure's alternative text, and the text a reader extracts.
/// </summary>
public sealed record PdfInspectie(bool Getagd, string? Taal, string? Titel, bool TitelTonen, IReadOnlyList<string?> FiguurAlternatieven, string Tekst)
{
    public static PdfInspectie Lees(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var catalogus = document.Structure.Catalog.CatalogDictionary;
        var getagd = catalogus.ContainsKey(NameToken.Create("StructTreeRoot"))
            && Opgelost(document, catalogus, "MarkInfo") is DictionaryToken mark
            && Opgelost(document, mark, "Marked") is BooleanToken { Data: true };
        var taal = (Opgelost(document, catalogus, "Lang") as StringToken)?.Data;
        var titelTonen = Opgelost(document, catalogus, "ViewerPreferences") is DictionaryToken voorkeur
            && Opgelost(document, voorkeur, "DisplayDocTitle") is BooleanToken { Data: true };

        var figuren = new List<string?>();
        foreach (var referentie in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (document.Structure.GetObject(referentie).Data is DictionaryToken d
                && Opgelost(document, d, "S") is NameToken { Data: "Figure" })
            {
                figuren.Add((Opgelost(document, d, "Alt") as StringToken)?.Data);
            }
        }
        var tekst = string.Join("\n", document.GetPages().Select(p => p.Text));
        return new PdfInspectie(getagd, taal, document.Information.Title, titelTonen, figuren, tekst);
    }

    private static IToken? Opgelost(PdfDocument document, DictionaryToken d, string sleutel)
    {
        if (!d.TryGet(NameToken.Create(sleutel), out var token))
        {
            return null;
        }
        return token is IndirectReferenceToken r ? document.Structure.GetObject(r.Data).Data : token;
    }
}
