using Schakel.Core.Monitor;

namespace Schakel.Core.Tests.Monitor;

public class IndelingTests
{
    internal static Indeling DenHaag() => new(
        [("DH", "Eenheid Den Haag")],
        [
            new("DH-A", "A", "Den Haag-Centrum", "DH"), new("DH-B", "B", "Den Haag-West", "DH"),
            new("DH-C", "C", "Den Haag-Zuid", "DH"), new("DH-E", "E", "Westland - Delft", "DH"),
        ],
        [
            new("GM0518", "'s-Gravenhage", "DH", ["DH-A", "DH-B", "DH-C"]),
            new("GM0503", "Delft", "DH", ["DH-E"]),
            new("GM0603", "Rijswijk", "DH", ["DH-E"]),
        ],
        [new("DH-A1", "DH-A"), new("DH-B2", "DH-B"), new("DH-E3", "DH-E")]);

    [Fact]
    public void Den_Haag_telt_op_het_district_van_het_basisteam_en_anders_onder_A_tot_C()
    {
        var indeling = DenHaag();

        Assert.Equal("DH-B", indeling.Toewijzen("GM0518", "DH-B2", null)!.DistrictId);
        Assert.Equal("DH-ABC", indeling.Toewijzen("GM0518", null, null)!.DistrictId);
        // A base team outside the municipality is no evidence: never split by guess.
        Assert.Equal("DH-ABC", indeling.Toewijzen("GM0518", "DH-E3", null)!.DistrictId);
        Assert.Equal("Den Haag (A–C)", indeling.DistrictNaam("DH-ABC"));
        Assert.Equal("DH-E", indeling.Toewijzen("GM0503", null, null)!.DistrictId);
    }

    [Fact]
    public void Zonder_gemeente_telt_alleen_voor_de_eenheid()
    {
        var indeling = DenHaag();
        var t = indeling.Toewijzen(null, null, "DH")!;
        var regio = Indeling.EenheidAlsRegio(indeling, "DH");

        Assert.Null(t.GemeenteCode);
        Assert.Null(t.DistrictId);
        Assert.True(indeling.Telt(t, new Gebied(GebiedSoort.Eenheid, "DH", "")));
        Assert.True(Indeling.InRegio(t, regio));
        Assert.False(indeling.Telt(t, new Gebied(GebiedSoort.District, "DH-ABC", "")));
        Assert.False(Indeling.InRegio(t, new Regiodefinitie("R", "R", null, ["GM0503", "GM0603"])));
        Assert.Null(indeling.Toewijzen(null, null, null));
    }

    [Fact]
    public void Een_district_is_de_som_van_zijn_gemeenten_en_de_regio_van_alles()
    {
        var indeling = DenHaag();
        var regio = Indeling.EenheidAlsRegio(indeling, "DH");
        var eenheden = indeling.Toewijzingseenheden(regio);
        long Tel(Toewijzing e, Periode p, string c) => (e.GemeenteCode, e.DistrictId) switch
        {
            ("GM0503", _) => 7 * p.Nummer,
            ("GM0603", _) => 2,
            ("GM0518", "DH-ABC") => 10,
            ("GM0518", "DH-A") => 1,
            (null, _) => 3,
            _ => 0,
        };
        var tabel = Margetabel.Bouw(indeling, regio, 2026, Periode.VanJaar(2026).Kwartalen(), [Uitsplitsing.Totaal], false, Tel);

        Assert.Equal(7 + 2, tabel.Cel("district:DH-E", "2026-K1", "totaal")!.Waarde);
        Assert.Equal(7 * 10 + 2 * 4, tabel.Cel("district:DH-E", "2026", "totaal")!.Waarde);
        Assert.Equal(11, tabel.Cel("gemeente:GM0518", "2026-K2", "totaal")!.Waarde);
        Assert.Equal(10, tabel.Cel("district:DH-ABC", "2026-K2", "totaal")!.Waarde);
        Assert.Equal(1, tabel.Cel("district:DH-A", "2026-K2", "totaal")!.Waarde);
        Assert.Equal(7 * 3 + 2 + 11 + 3, tabel.Cel("regio:DH", "2026-K3", "totaal")!.Waarde);
        Assert.Contains(eenheden, e => e.GemeenteCode is null);
    }

    [Theory]
    [InlineData("2026", true)]
    [InlineData("2026-K3", true)]
    [InlineData("2026-07", true)]
    [InlineData("2026-K5", false)]
    [InlineData("2026-13", false)]
    [InlineData("26", false)]
    public void Perioden_lezen(string tekst, bool geldig)
    {
        Assert.Equal(geldig, Periode.TryParse(tekst, out var p));
        if (geldig)
        {
            Assert.Equal(tekst, p.ToString());
        }
    }

    [Fact]
    public void Een_lopend_kwartaal_is_niet_afgerond_en_de_grens_is_Nederlandse_tijd()
    {
        var k4 = Periode.VanKwartaal(2026, 4);
        Assert.False(k4.IsAfgerond(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero)));
        Assert.True(Periode.VanKwartaal(2026, 3).IsAfgerond(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero)));
        // 31 March 22:30 UTC is 1 April 00:30 in Amsterdam (summer time): second quarter.
        Assert.Equal(2, Periode.KwartaalVan(new DateTimeOffset(2026, 3, 31, 22, 30, 0, TimeSpan.Zero)).Nummer);
    }
}
