using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;
using Schakel.Core.Organisaties;

namespace Schakel.Core.Tests.Opvang;

public class PlaatsingsbevoegdheidTests
{
    private static readonly Aanvrager CoMensha = new(OrganisatieType.CoMensha, []);
    private static readonly Aanvrager Zorgcoordinatie = new(OrganisatieType.Zorgcoordinatie, ["GM0518"]);
    private static readonly Aanvrager GemeenteDenHaag = new(OrganisatieType.Gemeente, ["GM0518"]);
    private static readonly Aanvrager GemeenteDelft = new(OrganisatieType.Gemeente, ["GM0503"]);
    private static readonly Plaatsingsbevoegdheid Regels = Plaatsingsbevoegdheid.Standaard;

    [Fact]
    public void Zonder_bevoegdheid_geen_cosm_plek_en_de_uitleg_noemt_coMensha()
    {
        var cosm = Maak.Pool(type: Opvangtype.COSM);

        var oordeel = Regels.Beoordeel(Zorgcoordinatie, cosm, Maak.Vrouw());

        Assert.False(oordeel.Toegestaan);
        Assert.Equal("U mag niet plaatsen in deze plekkenpool (COSM). Plaatsen mag: CoMensha.", oordeel.Uitleg);
        Assert.Equal(OrganisatieType.CoMensha, Assert.Single(oordeel.Bevoegden).Type);
    }

    [Fact]
    public void CoMensha_plaatst_in_cosm()
    {
        var oordeel = Regels.Beoordeel(CoMensha, Maak.Pool(type: Opvangtype.COSM), Maak.Vrouw());

        Assert.True(oordeel.Toegestaan);
        Assert.False(oordeel.SamenMetGemeente);
    }

    [Fact]
    public void CoMensha_plaatst_bij_arbeidsuitbuiting_ook_buiten_cosm()
    {
        var mo = Maak.Pool(type: Opvangtype.MaatschappelijkeOpvang);
        var arbeid = Maak.Man() with { Uitbuitingsvormen = [Uitbuitingsvorm.Arbeid] };

        Assert.True(Regels.Beoordeel(CoMensha, mo, arbeid).Toegestaan);
        Assert.False(Regels.Beoordeel(CoMensha, mo, Maak.Man() with { Uitbuitingsvormen = [Uitbuitingsvorm.Seksueel] }).Toegestaan);
    }

    [Fact]
    public void Omm_plaatst_coMensha_samen_met_de_gemeente()
    {
        var omm = Maak.Pool(type: Opvangtype.OMM);

        var coMensha = Regels.Beoordeel(CoMensha, omm, Maak.Vrouw());
        var gemeente = Regels.Beoordeel(GemeenteDenHaag, omm, Maak.Vrouw());

        Assert.True(coMensha.Toegestaan);
        Assert.True(coMensha.SamenMetGemeente);
        Assert.Equal("U mag plaatsen in deze plekkenpool (OMM), samen met de gemeente.", coMensha.Uitleg);
        Assert.False(gemeente.Toegestaan);
        Assert.Equal("U mag niet plaatsen in deze plekkenpool (OMM). Plaatsen mag: CoMensha samen met de gemeente.", gemeente.Uitleg);
    }

    [Fact]
    public void Bij_omm_en_arbeidsuitbuiting_mag_coMensha_zonder_voorwaarde_en_wordt_maar_eens_genoemd()
    {
        var oordeel = Regels.Beoordeel(GemeenteDelft, Maak.Pool(type: Opvangtype.OMM), Maak.Man() with { Uitbuitingsvormen = [Uitbuitingsvorm.Arbeid] });

        Assert.Equal("U mag niet plaatsen in deze plekkenpool (OMM). Plaatsen mag: CoMensha.", oordeel.Uitleg);
    }

    [Theory]
    [InlineData(Opvangtype.Vrouwenopvang)]
    [InlineData(Opvangtype.MaatschappelijkeOpvang)]
    public void De_gemeente_van_de_locatie_plaatst_in_haar_eigen_opvang_een_andere_gemeente_niet(Opvangtype type)
    {
        var pool = Maak.Pool(type: type);

        Assert.True(Regels.Beoordeel(GemeenteDenHaag, pool, Maak.Vrouw()).Toegestaan);
        var delft = Regels.Beoordeel(GemeenteDelft, pool, Maak.Vrouw());
        Assert.False(delft.Toegestaan);
        Assert.EndsWith("Plaatsen mag: de gemeente Den Haag via haar toegang.", delft.Uitleg, StringComparison.Ordinal);
        Assert.False(Regels.Beoordeel(CoMensha, pool, Maak.Vrouw()).Toegestaan);
    }

    [Fact]
    public void De_toegang_van_een_centrumgemeente_plaatst_ook()
    {
        var pool = Maak.Pool(type: Opvangtype.Vrouwenopvang, gemeente: "GM0503", gemeenteNaam: "Delft") with
        {
            ToegangGemeenteCode = "GM0518",
            ToegangGemeenteNaam = "Den Haag",
        };

        Assert.True(Regels.Beoordeel(GemeenteDenHaag, pool, Maak.Vrouw()).Toegestaan);
        Assert.True(Regels.Beoordeel(GemeenteDelft, pool, Maak.Vrouw()).Toegestaan);
        Assert.EndsWith(
            "Plaatsen mag: de gemeente Delft of de gemeente Den Haag via haar toegang.",
            Regels.Beoordeel(Zorgcoordinatie, pool, Maak.Vrouw()).Uitleg,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Regels_zijn_aanpasbaar()
    {
        var regels = new Plaatsingsbevoegdheid(
        [
            .. Plaatsingsbevoegdheid.Standaardregels,
            new Plaatsingsregel { Type = Opvangtype.COSM, Organisatietypen = [OrganisatieType.Zorgcoordinatie] },
        ]);

        var oordeel = regels.Beoordeel(Zorgcoordinatie, Maak.Pool(type: Opvangtype.COSM), Maak.Vrouw());

        Assert.True(oordeel.Toegestaan);
        Assert.Equal([OrganisatieType.CoMensha, OrganisatieType.Zorgcoordinatie], oordeel.Bevoegden.Select(b => b.Type));
    }

    [Fact]
    public void Zonder_regel_mag_niemand_en_zegt_de_uitleg_dat()
    {
        var oordeel = new Plaatsingsbevoegdheid([]).Beoordeel(CoMensha, Maak.Pool(type: Opvangtype.COSM), Maak.Vrouw());

        Assert.False(oordeel.Toegestaan);
        Assert.Empty(oordeel.Bevoegden);
        Assert.Contains("geen plaatsingsbevoegdheid vastgelegd", oordeel.Uitleg, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_regel_zonder_partij_is_ongeldig()
    {
        Assert.NotEmpty(new Plaatsingsregel { Type = Opvangtype.OMM }.Valideer());
        Assert.All(Plaatsingsbevoegdheid.Standaardregels, r => Assert.Empty(r.Valideer()));
    }
}
