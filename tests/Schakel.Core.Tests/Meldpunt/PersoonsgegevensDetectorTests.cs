using Schakel.Core.Meldpunt;

namespace Schakel.Core.Tests.Meldpunt;

public class PersoonsgegevensDetectorTests
{
    private static IReadOnlyList<PersoonsgegevensSoort> Soorten(string tekst) =>
        [.. PersoonsgegevensDetector.Controleer(tekst).Select(w => w.Soort)];

    [Theory]
    [InlineData("Bel de werkgever op 06-12345678.")]
    [InlineData("Zijn nummer is 0612345678")]
    [InlineData("Vast nummer 070 123 45 67")]
    [InlineData("Pools nummer +48 601 234 567")]
    [InlineData("Belgisch nummer 0032 470 12 34 56")]
    [InlineData("via +31 (0)6 1234 5678")]
    public void Vindt_telefoonnummers(string tekst) => Assert.Contains(PersoonsgegevensSoort.Telefoonnummer, Soorten(tekst));

    [Theory]
    [InlineData("Schrijf naar baas@bedrijf.nl voor werk")]
    [InlineData("contact: j.de.vries+werk@voorbeeld.co.uk")]
    public void Vindt_emailadressen(string tekst) => Assert.Contains(PersoonsgegevensSoort.Email, Soorten(tekst));

    [Theory]
    [InlineData("Een busje met kenteken VX-123-B")]
    [InlineData("auto 12-ABC-3 stond er")]
    [InlineData("kenteken 1-ABC-23")]
    [InlineData("het busje GH-12-KL")]
    [InlineData("kenteken 99XXZ9 genoteerd")]
    [InlineData("kenteken vx-123-b in kleine letters")]
    public void Vindt_kentekens_op_sidecode(string tekst) => Assert.Contains(PersoonsgegevensSoort.Kenteken, Soorten(tekst));

    [Theory]
    [InlineData("Ik sprak gisteren met Jan Jansen over zijn werk.")]
    [InlineData("De jongen heet Mohammed en werkt in de kas.")]
    [InlineData("Naam: Kowalski, werkt in een kas.")]
    [InlineData("Het gaat om Anna van der Berg uit de buurt.")]
    [InlineData("mevrouw Petrova werkt 70 uur")]
    public void Vindt_namen(string tekst) => Assert.Contains(PersoonsgegevensSoort.Naam, Soorten(tekst));

    [Theory]
    [InlineData("Een cliënt werkt zeven dagen per week in een kas in het Westland en krijgt geen loon.")]
    [InlineData("In Den Haag zie ik sinds maart 2024 steeds dezelfde busjes.")]
    [InlineData("Tussen 2023-2024 woonden er 12 mensen in één woning.")]
    [InlineData("De Poolse arbeiders werken van 06:00 tot 22:00 uur.")]
    [InlineData("Op 12-03-2024 zag ik het voor het eerst, om 14.30 uur.")]
    [InlineData("")]
    public void Laat_gewone_tekst_met_rust(string tekst) => Assert.Empty(Soorten(tekst));

    [Fact]
    public void Geeft_positie_en_lengte_maar_niet_de_gevonden_tekst()
    {
        const string tekst = "Mail baas@bedrijf.nl nu";
        var w = Assert.Single(PersoonsgegevensDetector.Controleer(tekst));
        Assert.Equal("baas@bedrijf.nl", tekst.Substring(w.Positie, w.Lengte));
        Assert.DoesNotContain("baas", w.Uitleg, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_nummer_telt_een_keer()
    {
        Assert.Single(PersoonsgegevensDetector.Controleer("bel 06-12345678"));
    }
}
