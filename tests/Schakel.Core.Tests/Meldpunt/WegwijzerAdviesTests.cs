using Schakel.Core.Meldpunt;
using Schakel.Core.Meldpunt.Wegwijzer;

namespace Schakel.Core.Tests.Meldpunt;

public class WegwijzerAdviesTests
{
    private static readonly WegwijzerVragen Burger = new(
        AcuutGevaar: false, Over: Over.EenAnder, Professional: false, Sector: Sector.Geen,
        Minderjarig: JaNeeOnbekend.Nee, Situatie: Situatie.WeetIkNiet, Doel: Doel.Melden, Anoniem: false, GemeenteCode: null);

    private static List<Loket> Loketten(WegwijzerVragen v) => [.. WegwijzerAdvies.Bepaal(v).Select(x => x.Loket)];

    [Fact]
    public void Acuut_gevaar_zet_112_altijd_vooraan()
    {
        var uit = WegwijzerAdvies.Bepaal(Burger with { AcuutGevaar = true, Doel = Doel.HulpEnOpvang });
        Assert.Equal(Loket.Alarmnummer112, uit[0].Loket);
        Assert.Equal([Reden.AcuutGevaar], uit[0].Redenen);
    }

    [Fact]
    public void Zonder_acuut_gevaar_geen_112()
    {
        Assert.DoesNotContain(Loket.Alarmnummer112, Loketten(Burger));
    }

    [Theory]
    [InlineData(Sector.Zorg)]
    [InlineData(Sector.Onderwijs)]
    [InlineData(Sector.Kinderopvang)]
    [InlineData(Sector.MaatschappelijkeOndersteuning)]
    [InlineData(Sector.Jeugdhulp)]
    [InlineData(Sector.Justitie)]
    public void Professional_onder_de_meldcode_gaat_naar_Veilig_Thuis_ook_bij_een_volwassene(Sector sector)
    {
        var uit = WegwijzerAdvies.Bepaal(Burger with { Professional = true, Sector = sector, Minderjarig = JaNeeOnbekend.Nee, Doel = Doel.Advies });
        Assert.Equal(Loket.VeiligThuis, uit[0].Loket);
        Assert.Contains(Reden.Meldcode, uit[0].Redenen);
    }

    [Fact]
    public void Professional_buiten_de_meldcode_krijgt_advies_van_het_meldpunt_en_niet_Veilig_Thuis()
    {
        var l = Loketten(Burger with { Professional = true, Sector = Sector.Anders, Doel = Doel.Advies });
        Assert.DoesNotContain(Loket.VeiligThuis, l);
        Assert.Contains(Loket.Meldpunt, l);
        Assert.Contains(Loket.CoMensha, l);
    }

    [Fact]
    public void Een_minderjarige_gaat_naar_Veilig_Thuis_met_die_reden()
    {
        var uit = WegwijzerAdvies.Bepaal(Burger with { Minderjarig = JaNeeOnbekend.Ja });
        var vt = Assert.Single(uit, x => x.Loket == Loket.VeiligThuis);
        Assert.Equal([Reden.Minderjarige], vt.Redenen);
    }

    [Fact]
    public void Een_huiselijke_situatie_gaat_naar_Veilig_Thuis()
    {
        Assert.Contains(Loket.VeiligThuis, Loketten(Burger with { Situatie = Situatie.Thuis }));
    }

    [Fact]
    public void Burger_die_hulp_wil_voor_een_slachtoffer_gaat_naar_de_zorgcoordinator()
    {
        var uit = WegwijzerAdvies.Bepaal(Burger with { Doel = Doel.HulpEnOpvang });
        Assert.Equal(Loket.Zorgcoordinatie, uit[0].Loket);
        Assert.Equal([Reden.HulpEnOpvang], uit[0].Redenen);
        Assert.DoesNotContain(Loket.CoMensha, uit.Select(x => x.Loket));
    }

    [Fact]
    public void Slachtoffer_zelf_dat_hulp_wil_krijgt_ook_CoMensha()
    {
        Assert.Equal([Loket.Zorgcoordinatie, Loket.CoMensha], Loketten(Burger with { Over = Over.Mijzelf, Doel = Doel.HulpEnOpvang }));
    }

    [Fact]
    public void Aangifte_gaat_naar_de_politie_maar_anoniem_naar_Meld_Misdaad_Anoniem()
    {
        Assert.Equal([Loket.Politie], Loketten(Burger with { Doel = Doel.Aangifte }));
        Assert.Equal([Loket.MeldMisdaadAnoniem], Loketten(Burger with { Doel = Doel.Aangifte, Anoniem = true }));
    }

    [Fact]
    public void Anoniem_melden_van_criminele_uitbuiting_noemt_ook_Meld_Misdaad_Anoniem()
    {
        Assert.Equal([Loket.Meldpunt, Loket.MeldMisdaadAnoniem],
            Loketten(Burger with { Doel = Doel.Melden, Anoniem = true, Situatie = Situatie.Crimineel }));
    }

    [Fact]
    public void Met_een_gemeente_krijgt_een_professional_de_aandachtsfunctionaris()
    {
        Assert.Contains(Loket.GemeenteAandachtsfunctionaris, Loketten(Burger with { Professional = true, Sector = Sector.Anders, GemeenteCode = "GM0518" }));
        Assert.DoesNotContain(Loket.GemeenteAandachtsfunctionaris, Loketten(Burger with { Professional = true, Sector = Sector.Anders }));
    }

    [Fact]
    public void Een_loket_komt_een_keer_voor_met_al_zijn_redenen()
    {
        var uit = WegwijzerAdvies.Bepaal(Burger with { Professional = true, Sector = Sector.Zorg, Minderjarig = JaNeeOnbekend.Ja, Situatie = Situatie.Thuis });
        var vt = Assert.Single(uit, x => x.Loket == Loket.VeiligThuis);
        Assert.Equal([Reden.Meldcode, Reden.Minderjarige, Reden.HuiselijkeSituatie], vt.Redenen);
    }

    [Fact]
    public void Er_is_altijd_een_loket_naast_112()
    {
        var l = Loketten(Burger with { AcuutGevaar = true, Doel = Doel.Melden });
        Assert.Equal([Loket.Alarmnummer112, Loket.Meldpunt], l);
    }
}
