using Schakel.Core.Meldpunt;

namespace Schakel.Core.Tests.Meldpunt;

public class MeldingValidatieTests
{
    private static readonly MeldingInvoer Geldig = new() { MelderType = "burger", Omschrijving = "Iets gezien." };

    [Fact]
    public void Minimale_melding_is_geldig_met_verstandige_standaarden()
    {
        var u = MeldingValidatie.Valideer(Geldig);
        Assert.True(u.IsGeldig);
        Assert.Equal(MeldingSoort.Melding, u.Melding!.Soort);
        Assert.Equal("nl", u.Melding.Taal);
        Assert.Equal(JaNeeOnbekend.Onbekend, u.Melding.MinderjarigBetrokken);
        Assert.False(u.Melding.Urgent);
    }

    [Fact]
    public void Alle_fouten_komen_tegelijk()
    {
        var u = MeldingValidatie.Valideer(new MeldingInvoer
        {
            Soort = "1",
            MelderType = null,
            Omschrijving = new string('x', MeldingLimieten.Omschrijving + 1),
            GemeenteCode = "0518",
            Uitbuitingsvormen = ["seksueel", "onzin"],
            MinderjarigBetrokken = "soms",
            Taal = "de",
            Contact = new ContactInvoer { Telefoon = "bel me", Toestemming = true },
        });
        Assert.False(u.IsGeldig);
        Assert.Equal(
            new[] { "contact.telefoon", "gemeenteCode", "melderType", "minderjarigBetrokken", "omschrijving", "soort", "taal", "uitbuitingsvormen" },
            u.Fouten.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Contactgegevens_vragen_toestemming()
    {
        var zonder = MeldingValidatie.Valideer(Geldig with { Contact = new ContactInvoer { Email = "a@b.nl" } });
        Assert.Contains("contact.toestemming", zonder.Fouten.Keys);
        var met = MeldingValidatie.Valideer(Geldig with { Contact = new ContactInvoer { Email = "a@b.nl", Toestemming = true } });
        Assert.Equal("a@b.nl", met.Melding!.Contact!.Email);
        var leeg = MeldingValidatie.Valideer(Geldig with { Contact = new ContactInvoer() });
        Assert.Null(leeg.Melding!.Contact);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(false, "ja", true)]
    [InlineData(false, "nee", false)]
    public void Acuut_gevaar_of_een_minderjarige_maakt_urgent(bool acuut, string? minderjarig, bool urgent)
    {
        var u = MeldingValidatie.Valideer(Geldig with { AcuutGevaar = acuut, MinderjarigBetrokken = minderjarig });
        Assert.Equal(urgent, u.Melding!.Urgent);
    }

    [Fact]
    public void Dubbele_vormen_en_signalen_tellen_een_keer()
    {
        var u = MeldingValidatie.Valideer(Geldig with { Uitbuitingsvormen = ["arbeid", "Arbeid"], Indicatoren = ["A1", "A1 "] });
        Assert.Equal([Uitbuitingsvorm.Arbeid], u.Melding!.Uitbuitingsvormen);
        Assert.Equal(["A1"], u.Melding.Indicatoren);
    }

    [Fact]
    public void Reactie_vraagt_tekst_of_een_bijlage()
    {
        Assert.Contains("tekst", MeldingValidatie.ValideerReactie(" ", 0).Keys);
        Assert.Empty(MeldingValidatie.ValideerReactie(null, 1));
        Assert.Contains("tekst", MeldingValidatie.ValideerReactie(new string('x', MeldingLimieten.Reactie + 1), 0).Keys);
    }
}
