using Schakel.Core.Keten;

namespace Schakel.Core.Tests.Keten;

public sealed class OverlegtoetsTests
{
    private static readonly Dictionary<string, IReadOnlyCollection<string>> Districten = new()
    {
        ["A"] = ["GM0518"],
        ["E"] = ["GM0603", "GM0783", "GM0503", "GM1842"],
    };

    [Fact]
    public void Een_gemeente_van_een_district_is_te_weinig()
    {
        var tekort = Overlegtoets.Quorum(Quorumregel.TweeGemeentenPerDistrict, Districten, ["GM0518", "GM0503"]);

        var e = Assert.Single(tekort);
        Assert.Equal(new DistrictTekort("E", 1, 2), e);
    }

    [Fact]
    public void Twee_per_district_en_de_enige_van_een_kleiner_district_is_genoeg()
    {
        Assert.Empty(Overlegtoets.Quorum(Quorumregel.TweeGemeentenPerDistrict, Districten, ["GM0518", "GM0503", "GM1842"]));
    }

    [Fact]
    public void Zonder_quorumregel_geen_tekort()
    {
        Assert.Empty(Overlegtoets.Quorum(Quorumregel.Geen, Districten, []));
    }

    [Fact]
    public void Kwartaaloverleg_dat_langer_dan_een_kwartaal_niet_bijeenkwam_is_gemist()
    {
        var nu = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.True(Overlegtoets.FrequentieGemist(4, nu.AddDays(-100), nu.AddYears(-1), nu));
        Assert.False(Overlegtoets.FrequentieGemist(4, nu.AddDays(-80), nu.AddYears(-1), nu));
        Assert.False(Overlegtoets.FrequentieGemist(2, null, nu.AddDays(-100), nu));
        Assert.True(Overlegtoets.FrequentieGemist(2, null, nu.AddDays(-200), nu));
    }
}
