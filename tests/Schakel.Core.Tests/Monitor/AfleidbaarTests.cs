using Schakel.Core.Monitor;

namespace Schakel.Core.Tests.Monitor;

/// <summary>
/// The recheck of a pattern as it was published (<see cref="Suppressie.Afleidbaar"/>), against the tests' own rank test
/// (<see cref="Rangtoets"/>): it names exactly the hidden cells the published ones give away, and none of a pattern the
/// suppression chose itself.
/// </summary>
public class AfleidbaarTests
{
    private static (List<SuppressieCel> Cellen, List<Vergelijking> Vergelijkingen) Brug()
    {
        // Two 2×2 blocks of small numbers linked by a third one: every row and column holds two hidden cells, so the rule
        // of thumb is content, yet the linking cell follows from the margins.
        int[,] w =
        {
            { 1, 1, 9, 9 },
            { 1, 1, 1, 9 },
            { 9, 9, 1, 1 },
            { 9, 9, 1, 1 },
        };
        var cellen = new List<SuppressieCel>();
        var vergelijkingen = new List<Vergelijking>();
        for (var r = 0; r < 4; r++)
        {
            for (var k = 0; k < 4; k++)
            {
                cellen.Add(new SuppressieCel($"c{r}{k}", w[r, k]));
            }

            cellen.Add(new SuppressieCel($"r{r}", Enumerable.Range(0, 4).Sum(k => w[r, k])));
            vergelijkingen.Add(new Vergelijking($"r{r}", Enumerable.Range(0, 4).Select(k => $"c{r}{k}").ToList()));
        }

        for (var k = 0; k < 4; k++)
        {
            cellen.Add(new SuppressieCel($"k{k}", Enumerable.Range(0, 4).Sum(r => w[r, k])));
            vergelijkingen.Add(new Vergelijking($"k{k}", Enumerable.Range(0, 4).Select(r => $"c{r}{k}").ToList()));
        }

        return (cellen, vergelijkingen);
    }

    private static List<string> VolgensRangtoets(List<SuppressieCel> cellen, List<Vergelijking> vergelijkingen, IReadOnlySet<string> verborgen)
    {
        var vectoren = Suppressie.Vectoren(cellen, vergelijkingen, out _);
        var gepubliceerd = cellen.Where(c => !verborgen.Contains(c.Sleutel)).Select(c => vectoren[c.Sleutel]).ToList();
        return cellen.Select(c => c.Sleutel).Where(s => verborgen.Contains(s) && Rangtoets.Afleidbaar(gepubliceerd, vectoren[s]))
            .Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Een_patroon_met_alleen_de_vuistregel_geeft_de_brugcel_prijs()
    {
        var (cellen, vergelijkingen) = Brug();
        // Only the small numbers hidden, as a check by rule of thumb would have left it.
        var verborgen = cellen.Where(c => c.Waarde < 5).Select(c => c.Sleutel).ToHashSet(StringComparer.Ordinal);

        var afleidbaar = Suppressie.Afleidbaar(cellen.Select(c => c.Sleutel).ToList(), verborgen, vergelijkingen);

        Assert.Contains("c12", afleidbaar);
        Assert.Equal(VolgensRangtoets(cellen, vergelijkingen, verborgen), afleidbaar);
    }

    [Fact]
    public void Een_enkele_verborgen_cel_naast_haar_gepubliceerde_totaal_is_afleidbaar_twee_of_met_het_totaal_niet()
    {
        var cellen = new[] { "t", "a", "b", "c" };
        var vergelijkingen = new[] { new Vergelijking("t", ["a", "b", "c"]) };

        Assert.Equal(["a"], Suppressie.Afleidbaar(cellen, new HashSet<string>(["a"], StringComparer.Ordinal), vergelijkingen));
        Assert.Empty(Suppressie.Afleidbaar(cellen, new HashSet<string>(["a", "b"], StringComparer.Ordinal), vergelijkingen));
        // The total hidden too: then "a" alone gives nothing away either.
        Assert.Empty(Suppressie.Afleidbaar(cellen, new HashSet<string>(["t", "a"], StringComparer.Ordinal), vergelijkingen));
    }

    [Fact]
    public void Een_patroon_van_de_suppressie_zelf_geeft_niets_prijs()
    {
        var (cellen, vergelijkingen) = Brug();
        var patroon = Suppressie.Bepaal(cellen, vergelijkingen, 5);
        var verborgen = patroon.Verborgen.Keys.ToHashSet(StringComparer.Ordinal);

        Assert.Empty(Suppressie.Afleidbaar(cellen.Select(c => c.Sleutel).ToList(), verborgen, vergelijkingen));
        Assert.Empty(VolgensRangtoets(cellen, vergelijkingen, verborgen));
    }
}
