using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;
using Schakel.Core.Teksten;

namespace Schakel.Core.Tests.Opvang;

/// <summary>Domain messages carry a code and their arguments next to the unchanged Dutch text.</summary>
public sealed class OpvangberichtenTests
{
    [Fact]
    public void Een_bericht_vult_het_Nederlands_met_de_Nederlandse_woorden_van_zijn_argumenten()
    {
        var b = Bericht.Van(Opvangberichten.VormenNiet, "neemt geen slachtoffers van {0} op",
            new Opsomming([Bericht.Woord(Uitbuitingsvorm.Arbeid, "arbeidsuitbuiting"), Bericht.Woord(Uitbuitingsvorm.Crimineel, "criminele uitbuiting")], En: false));

        Assert.Equal("neemt geen slachtoffers van arbeidsuitbuiting of criminele uitbuiting op", b.Nederlands);
        Assert.Equal("woord.Uitbuitingsvorm.Arbeid", ((Bericht)((Opsomming)b.Argumenten[0]).Delen[0]).Code);
    }

    [Fact]
    public void Kilometers_staan_in_het_Nederlands_met_een_komma_en_als_getal_in_het_argument()
    {
        var b = Bericht.Van(Opvangberichten.OpAfstand, "op {0} km", 49.74);

        Assert.Equal("op 49,7 km", b.Nederlands);
        Assert.Equal(49.74, Assert.IsType<double>(Assert.Single(b.Argumenten)));
    }
}
