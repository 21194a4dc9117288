using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;

namespace Schakel.Core.Tests.Opvang;

public class BehoefteTests
{
    [Fact]
    public void Een_gewone_behoefte_is_geldig()
    {
        Assert.Empty(Maak.Vrouw().Valideer());
    }

    [Fact]
    public void Alle_fouten_komen_tegelijk()
    {
        var behoefte = Maak.Vrouw() with
        {
            Minderjarig = true,
            Talen = ["Pools"],
            Veiligheid = new() { UitgeslotenGemeenten = ["Den Haag"], MinimaleAfstandKm = -5 },
            Zoeklocatie = new Coordinaat(91, 0),
        };

        Assert.Equal(
            ["minderjarig", "talen", "veiligheid.uitgeslotenGemeenten", "veiligheid.minimaleAfstandKm", "veiligheid.afstandVan", "zoeklocatie"],
            behoefte.Valideer().Select(f => f.Veld));
    }

    [Fact]
    public void Minderjarig_volgt_ook_uit_de_leeftijdscategorie()
    {
        Assert.True((Maak.Vrouw() with { Leeftijdscategorie = Leeftijdscategorie.Van16Tot17 }).IsMinderjarig);
        Assert.False(Maak.Vrouw().IsMinderjarig);
        Assert.True((Maak.Vrouw() with { Leeftijdscategorie = Leeftijdscategorie.Onbekend, Minderjarig = true }).IsMinderjarig);
    }

    [Theory]
    [InlineData(Geslacht.Vrouw, false, JaNeeOnbekend.Ja, true, new[] { Opvangtype.COSM, Opvangtype.OMM, Opvangtype.Vrouwenopvang, Opvangtype.MaatschappelijkeOpvang })]
    [InlineData(Geslacht.Man, false, JaNeeOnbekend.Onbekend, false, new[] { Opvangtype.Mannenopvang, Opvangtype.MaatschappelijkeOpvang })]
    [InlineData(Geslacht.Vrouw, true, JaNeeOnbekend.Nee, false, new[] { Opvangtype.JeugdBeschermdeOpvang, Opvangtype.MaatschappelijkeOpvang })]
    public void Passende_typen_voor_de_vervolgplaatsing(Geslacht geslacht, bool minderjarig, JaNeeOnbekend b8, bool multi, Opvangtype[] verwacht)
    {
        var behoefte = new Behoefte { Geslacht = geslacht, Minderjarig = minderjarig, BedenktijdB8 = b8, Multiproblematiek = multi };

        Assert.Equal(verwacht, behoefte.PassendeTypen());
    }

    [Fact]
    public void Poolcriteria_valideren()
    {
        Assert.Empty(new PlekkenpoolCriteria().Valideer());
        Assert.Equal(
            ["geslachten", "maximumLeeftijd", "minderjarigenToegelaten", "talen"],
            new PlekkenpoolCriteria { Geslachten = [], MaximumLeeftijd = 10, MinderjarigenToegelaten = true, Talen = ["NL"] }.Valideer().Select(f => f.Veld));
    }

    [Fact]
    public void Verantwoordelijke_gemeente_is_de_inschrijving_anders_de_vindplaats()
    {
        Assert.Equal(new VerantwoordelijkeGemeente("GM0363", GrondVerantwoordelijkheid.Inschrijving), VerantwoordelijkeGemeente.Bepaal("GM0363", "GM0518"));
        Assert.Equal(new VerantwoordelijkeGemeente("GM0518", GrondVerantwoordelijkheid.Vindplaats), VerantwoordelijkeGemeente.Bepaal(null, "GM0518"));
        Assert.Equal(new VerantwoordelijkeGemeente("GM0518", GrondVerantwoordelijkheid.Vindplaats), VerantwoordelijkeGemeente.Bepaal(" ", "GM0518"));
    }

    [Fact]
    public void Leeftijdscategorie_omschrijving_en_minderjarigheid()
    {
        Assert.Equal("16–17 jaar", Leeftijdscategorie.Van16Tot17.Omschrijving());
        Assert.Equal("65 jaar of ouder", Leeftijdscategorie.Van65EnOuder.Omschrijving());
        Assert.Null(Leeftijdscategorie.Onbekend.IsMinderjarig());
        Assert.All(Enum.GetValues<Leeftijdscategorie>().Skip(1), c => Assert.Equal(c.Bereik()!.Value.Min < 18, c.Bereik()!.Value.Max is < 18));
    }

    [Fact]
    public void Leeftijdscategorieen_hebben_dezelfde_grenzen_als_de_leeftijdsbanden_van_signalen()
    {
        var leeftijden = Enumerable.Range(0, 101).ToList();
        var categorie = (int leeftijd) => Enum.GetValues<Leeftijdscategorie>()
            .Single(c => c.Bereik() is { } b && leeftijd >= b.Min && (b.Max is not { } max || leeftijd <= max));

        var perCategorie = leeftijden.GroupBy(categorie).Select(g => g.ToList());
        var perBand = leeftijden.GroupBy(Schakel.Core.Doorverwijzing.Leeftijdsband.Van).Select(g => g.ToList());

        Assert.Equal(perBand, perCategorie);
    }

    [Fact]
    public void Plaatsing_verblijfsduur_en_ontslag()
    {
        var plaatsing = new Plaatsing(Maak.Nu);

        Assert.Equal(TimeSpan.FromDays(2), plaatsing.Verblijfsduur(Maak.Nu.AddDays(2)));
        var ontslagen = plaatsing.Ontslaan(Maak.Nu.AddDays(10), Uitstroom.TerugNaarLandVanHerkomst);
        Assert.Equal(TimeSpan.FromDays(10), ontslagen.Verblijfsduur(Maak.Nu.AddDays(30)));
        Assert.Throws<InvalidOperationException>(() => ontslagen.Ontslaan(Maak.Nu.AddDays(11), Uitstroom.Onbekend));
        Assert.Throws<ArgumentOutOfRangeException>(() => plaatsing.Ontslaan(Maak.Nu.AddDays(-1), Uitstroom.Onbekend));
    }

    [Fact]
    public void Afstand_tussen_Den_Haag_en_Amsterdam_klopt()
    {
        // One degree of latitude is 111.195 km on the mean-radius sphere; Den Haag–Amsterdam centre to centre about 52.7 km.
        Assert.Equal(111.195, new Coordinaat(52, 5).AfstandKm(new Coordinaat(53, 5)), 3);
        Assert.InRange(Maak.DenHaag.AfstandKm(Maak.Amsterdam), 52.2, 53.2);
        Assert.Equal(0, Maak.DenHaag.AfstandKm(Maak.DenHaag), 9);
    }
}
