using Schakel.Core.Monitor;

namespace Schakel.Core.Tests.Monitor;

/// <summary>
/// The row space the suppression's exact check rests on, against the test's own rank test (<see cref="Rangtoets"/>):
/// whether a vector lies in the space must not depend on the order the rows were added in, nor on a copy.
/// </summary>
public class ExacteRijruimteTests
{
    [Fact]
    public void Een_rij_met_zijn_spil_na_een_kolom_zonder_rij_blijft_in_de_ruimte()
    {
        // The second row reduces against the first (pivot in column 1, entry 2) while column 0 has no row yet: the
        // whole remainder must be scaled, or the stored row is a vector outside the space.
        var ruimte = new ExacteRijruimte(3);
        Assert.True(ruimte.Voegtoe([0, 2, 1]));
        Assert.True(ruimte.Voegtoe([1, 1, 0]));
        Assert.True(ruimte.Bevat([1, 1, 0]));
        Assert.True(ruimte.Bevat([1, 3, 1]));
        Assert.False(ruimte.Bevat([0, 0, 1]));
        Assert.Equal(2, ruimte.Rang);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Bevat_is_gelijk_aan_de_eigen_rangtoets_in_elke_volgorde_en_na_een_kopie(int zaad)
    {
        var kans = new Random(zaad);
        var verschillen = new List<string>();
        for (var geval = 0; geval < 60; geval++)
        {
            var lengte = kans.Next(3, 24);
            var rijen = Enumerable.Range(0, kans.Next(1, 28))
                .Select(_ => Enumerable.Range(0, lengte).Select(_ => kans.Next(0, 4) == 0 ? kans.Next(1, 3) : 0).ToArray()).ToList();
            var opVolgorde = Bouw(lengte, rijen);
            var omgekeerd = Bouw(lengte, Enumerable.Reverse(rijen));
            var gekopieerd = Bouw(lengte, rijen.Take(rijen.Count / 2)).Kopie();
            foreach (var rij in rijen.Skip(rijen.Count / 2))
            {
                gekopieerd.Voegtoe(rij);
            }

            var rang = Rangtoets.Rang(rijen);
            if (opVolgorde.Rang != rang || omgekeerd.Rang != rang || gekopieerd.Rang != rang)
            {
                verschillen.Add($"zaad {zaad} geval {geval}: rang {opVolgorde.Rang}/{omgekeerd.Rang}/{gekopieerd.Rang}, verwacht {rang}");
            }

            for (var t = 0; t < 20; t++)
            {
                // Half are sums of two rows (always in the space), half random.
                var vector = t % 2 == 0
                    ? rijen[kans.Next(rijen.Count)].Zip(rijen[kans.Next(rijen.Count)], (x, y) => x + y).ToArray()
                    : Enumerable.Range(0, lengte).Select(_ => kans.Next(0, 3) == 0 ? 1 : 0).ToArray();
                var verwacht = Rangtoets.Afleidbaar(rijen, vector);
                if (opVolgorde.Bevat(vector) != verwacht || omgekeerd.Bevat(vector) != verwacht || gekopieerd.Bevat(vector) != verwacht)
                {
                    verschillen.Add($"zaad {zaad} geval {geval} vector {t}: verwacht {verwacht}");
                }
            }
        }

        Assert.Empty(verschillen);
    }

    private static ExacteRijruimte Bouw(int lengte, IEnumerable<int[]> rijen)
    {
        var ruimte = new ExacteRijruimte(lengte);
        foreach (var rij in rijen)
        {
            ruimte.Voegtoe(rij);
        }

        return ruimte;
    }
}
