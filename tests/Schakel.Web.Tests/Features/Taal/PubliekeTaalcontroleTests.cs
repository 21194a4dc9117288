using System.Xml.Linq;

namespace Schakel.Web.Tests.Features.Taal;

/// <summary>
/// Wrong or clumsy public strings found in a reading of every public language, kept from coming back: each case names
/// the resx, the key and a wording that must not return (with why in a comment).
/// </summary>
public class PubliekeTaalcontroleTests
{
    private static readonly string Publiek = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..",
        "src", "Schakel.Web", "Features", "Meldpunt", "Publiek"));

    private static string Waarde(string bestand, string sleutel) =>
        XDocument.Load(Path.Combine(Publiek, bestand)).Root!.Elements("data")
            .Single(d => (string?)d.Attribute("name") == sleutel).Element("value")!.Value;

    public static TheoryData<string, string, string> Verkeerd => new()
    {
        // Bulgarian "сигнал" is a report ("подайте сигнал"); the signs on the list are "признаци".
        { "PubliekTeksten.bg.resx", "SignalenTitel", "сигнал" },
        { "PubliekTeksten.bg.resx", "Signalen", "сигнал" },
        { "PubliekTeksten.bg.resx", "LinkSignalen", "сигнал" },
        { "PubliekTeksten.bg.resx", "VormSignalenKop", "Сигнал" },
        // Polish: not only the masculine form for every reader.
        { "FormulierTeksten.pl.resx", "TeVeelCodeGetypt", "wpisałeś" },
        { "PubliekTeksten.pl.resx", "Melder_betrokkene", "dzieje się mnie" },
        // Romanian calques.
        { "PubliekTeksten.ro.resx", "Melder_burger", "privată" },
        { "PubliekTeksten.ro.resx", "Loket_GemeenteAandachtsfunctionaris", "Responsabilul" },
        // English: "Past bij" means it applies to a form, not that it points somewhere.
        { "PubliekTeksten.en.resx", "PastBij", "Points to" },
        // Easy Dutch says "(hoeft niet)" for optional questions everywhere, and needs the comma.
        { "PubliekTeksten.resx", "Vormen_B1", "niet verplicht" },
        { "PubliekTeksten.resx", "AdviesTelefoon_B1", "niet verplicht" },
    };

    [Theory]
    [MemberData(nameof(Verkeerd))]
    public void Een_verbeterde_tekst_komt_niet_terug(string bestand, string sleutel, string verkeerd)
    {
        Assert.DoesNotContain(verkeerd, Waarde(bestand, sleutel), StringComparison.Ordinal);
    }

    [Fact]
    public void Wie_bent_u_wordt_in_het_bulgaars_met_een_persoon_beantwoord()
    {
        Assert.Equal("Друго лице", Waarde("PubliekTeksten.bg.resx", "Melder_anders"));
    }
}
