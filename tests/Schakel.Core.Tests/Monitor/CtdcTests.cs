using Schakel.Core.Meldpunt;
using Schakel.Core.Monitor;

namespace Schakel.Core.Tests.Monitor;

/// <summary>The CTDC dataset is k-anonymous on its quasi-identifiers for any input: checked on generated data.</summary>
public class CtdcTests
{
    private static List<CtdcSlachtoffer> Genereer(int seed, int aantal)
    {
        var random = new Random(seed);
        T? Kies<T>(params T?[] waarden) => waarden[random.Next(waarden.Length)];
        return Enumerable.Range(0, aantal).Select(_ => new CtdcSlachtoffer(
            Kies("Female", "Male", null),
            Kies(Ctdc.AgeMinderjarig, Ctdc.AgeMeerderjarig, null),
            Kies(Ctdc.CitizenshipBuitenland, null),
            2015 + random.Next(11),
            Kies<bool?>(true, false, null), Kies<bool?>(true, false, null), Kies<bool?>(true, false),
            Ctdc.MiddelenKolommen.Where(_ => random.Next(4) == 0).ToHashSet())).ToList();
    }

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 400)]
    [InlineData(3, 3000)]
    [InlineData(4, 12)]
    [InlineData(5, 5)]
    public void Elke_combinatie_van_quasi_identificerende_kenmerken_komt_minstens_k_keer_voor(int seed, int aantal)
    {
        var bron = Genereer(seed, aantal);
        var uit = Ctdc.Anonimiseer(bron);

        Assert.Equal(Ctdc.StandaardK, uit.K);
        Assert.All(uit.Rijen.GroupBy(r => Ctdc.Sleutel(r, uit.Niveau)), g => Assert.True(g.Count() >= uit.K, $"{g.Key}: {g.Count()}"));
        Assert.Equal(aantal, uit.Rijen.Count + uit.RijenOnderdrukt);
        Assert.Equal(aantal, uit.Bronrijen);
        // Deterministic: the same input gives the same dataset.
        Assert.Equal(uit.Rijen.Select(r => Ctdc.Sleutel(r, uit.Niveau)), Ctdc.Anonimiseer(bron).Rijen.Select(r => Ctdc.Sleutel(r, uit.Niveau)));
    }

    [Fact]
    public void Een_grote_gelijke_groep_blijft_ongemoeid_en_een_kleine_uitschieter_wordt_weggelaten()
    {
        var gelijk = Enumerable.Range(0, 50).Select(_ => new CtdcSlachtoffer(null, Ctdc.AgeMeerderjarig, null, 2024, true, false, false, new HashSet<string>())).ToList();
        var uitschieter = new CtdcSlachtoffer(null, Ctdc.AgeMinderjarig, Ctdc.CitizenshipBuitenland, 2024, false, true, false, new HashSet<string>());
        var uit = Ctdc.Anonimiseer([.. gelijk, uitschieter]);

        Assert.Equal(0, uit.Niveau);
        Assert.Equal(50, uit.Rijen.Count);
        Assert.Equal(1, uit.RijenOnderdrukt);
        Assert.Equal(0, uit.CellenGegeneraliseerd);
        Assert.Equal("2024", Ctdc.Cellen(uit.Rijen[0], uit.Niveau)[3]);
    }

    [Fact]
    public void Een_melding_wordt_een_rij_met_middelen_van_dwang_uit_de_signalen()
    {
        var rij = Ctdc.VanMelding(2025, JaNeeOnbekend.Onbekend, [Uitbuitingsvorm.Arbeid], ["AFH-08", "VRH-03", "KWB-03", "KWB-01"]);

        Assert.Equal((null, Ctdc.AgeMinderjarig, Ctdc.CitizenshipBuitenland, 2025), (rij.Gender, rij.AgeBroad, rij.Citizenship, rij.YearOfRegistration));
        Assert.Equal((true, false, false), (rij.IsForcedLabour!.Value, rij.IsSexualExploit!.Value, rij.IsOtherExploit!.Value));
        Assert.Equal(["meansOfControlDebtBondage", "meansOfControlWithholdsDocuments"], rij.MiddelenVanDwang.Order(StringComparer.Ordinal));
        Assert.Equal(("2025--2027", "2022--2024"), (Ctdc.Jaarblok(2025), Ctdc.Jaarblok(2024)));
        Assert.Equal(Ctdc.Kolommen.Count, Ctdc.Cellen(rij, 0).Count);
    }
}
