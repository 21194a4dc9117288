using Schakel.Core.Doorverwijzing;

namespace Schakel.Core.Tests.Doorverwijzing;

public class TerugkoppelingTests
{
    [Theory]
    [InlineData(MeldingStatus.Ontvangen, MelderStatus.Ontvangen)]
    [InlineData(MeldingStatus.InTriage, MelderStatus.InBehandeling)]
    [InlineData(MeldingStatus.Doorverwezen, MelderStatus.Doorgezet)]
    [InlineData(MeldingStatus.InBehandeling, MelderStatus.Doorgezet)]
    [InlineData(MeldingStatus.Afgerond, MelderStatus.Afgerond)]
    [InlineData(MeldingStatus.NietOntvankelijk, MelderStatus.Afgerond)]
    [InlineData(MeldingStatus.Samengevoegd, MelderStatus.InBehandeling)]
    [InlineData(MeldingStatus.Heropend, MelderStatus.InBehandeling)]
    public void Melder_ziet_een_eenvoudige_status(MeldingStatus status, MelderStatus verwacht)
    {
        Assert.Equal(verwacht, Terugkoppeling.MelderStatusVan(status));
    }

    [Fact]
    public void Ontvangstbevestiging_in_de_taal_van_de_melder()
    {
        var sjabloon = Terugkoppeling.Ontvangst("pl");

        Assert.Equal(new TerugkoppelingSjabloon(Terugkoppeling.SleutelOntvangen, "pl", MelderStatus.Ontvangen), sjabloon);
    }

    [Theory]
    [InlineData(MeldingStatus.Ontvangen, MeldingStatus.InTriage, Terugkoppeling.SleutelInBehandeling)]
    [InlineData(MeldingStatus.InTriage, MeldingStatus.Doorverwezen, Terugkoppeling.SleutelDoorgezet)]
    [InlineData(MeldingStatus.InBehandeling, MeldingStatus.Afgerond, Terugkoppeling.SleutelAfgerond)]
    [InlineData(MeldingStatus.InTriage, MeldingStatus.NietOntvankelijk, Terugkoppeling.SleutelNietOntvankelijk)]
    [InlineData(MeldingStatus.InTriage, MeldingStatus.Samengevoegd, Terugkoppeling.SleutelSamengevoegd)]
    [InlineData(MeldingStatus.Afgerond, MeldingStatus.Heropend, Terugkoppeling.SleutelHeropend)]
    public void Statuswijziging_kiest_het_sjabloon(MeldingStatus van, MeldingStatus naar, string sleutel)
    {
        Assert.Equal(sleutel, Terugkoppeling.BijStatuswijziging(van, naar, "nl")?.Sleutel);
    }

    [Theory]
    [InlineData(MeldingStatus.Doorverwezen, MeldingStatus.InBehandeling)]
    [InlineData(MeldingStatus.Heropend, MeldingStatus.InTriage)]
    public void Geen_bericht_als_de_melder_geen_verschil_ziet(MeldingStatus van, MeldingStatus naar)
    {
        Assert.Null(Terugkoppeling.BijStatuswijziging(van, naar, "nl"));
    }

    [Fact]
    public void Elke_sleutel_is_een_vaste_tekst_zonder_plaatshouder_voor_namen()
    {
        Assert.All(Terugkoppeling.AlleSleutels, s => Assert.Matches("^terugkoppeling\\.[a-z-]+$", s));
        Assert.Equal(["Sleutel", "Taal", "MelderStatus"], typeof(TerugkoppelingSjabloon).GetProperties().Select(p => p.Name));
    }

    [Theory]
    [InlineData(null, "nl")]
    [InlineData("", "nl")]
    [InlineData("en-GB", "en")]
    [InlineData("RO", "ro")]
    [InlineData("nl-b1", "nl-B1")]
    [InlineData("bg_BG", "bg")]
    [InlineData("de", "nl")]
    public void Taal_valt_terug_op_een_ondersteunde_taal(string? gevraagd, string verwacht)
    {
        Assert.Equal(verwacht, Terugkoppeling.KiesTaal(gevraagd));
    }

    [Fact]
    public void Partnernamen_in_een_bericht_worden_gevonden()
    {
        var genoemd = Terugkoppeling.GenoemdePartners(
            "We hebben uw melding doorgegeven aan de Politie en aan Stichting Voorbeeldhulp.",
            ["Stichting Voorbeeldhulp", "RIEC Den Haag"]);

        Assert.Equal(["Stichting Voorbeeldhulp", "politie"], genoemd);
    }

    [Fact]
    public void Gewone_woorden_zijn_geen_partnernamen()
    {
        Assert.Empty(Terugkoppeling.GenoemdePartners(
            "Dank voor uw melding over de shop om de hoek; we nemen contact op als dat nodig is.", ["Gemeente Delft"]));
    }
}
