using System.Numerics;

namespace Schakel.Core.Tests.Monitor;

/// <summary>
/// The test's own exact linear algebra, independent of the production code: Gauss–Jordan elimination over the
/// rationals (numerator and denominator as BigInteger). A hidden cell can be computed from the published ones
/// exactly when adding its vector does not raise the rank of the published vectors.
/// </summary>
internal static class Rangtoets
{
    public static int Rang(IEnumerable<int[]> rijen)
    {
        var m = rijen.Select(r => r.Select(x => new Breuk(x, 1)).ToArray()).ToList();
        if (m.Count == 0)
        {
            return 0;
        }

        var kolommen = m[0].Length;
        var rang = 0;
        for (var k = 0; k < kolommen && rang < m.Count; k++)
        {
            var pivot = -1;
            for (var r = rang; r < m.Count; r++)
            {
                if (!m[r][k].IsNul)
                {
                    pivot = r;
                    break;
                }
            }

            if (pivot < 0)
            {
                continue;
            }

            (m[rang], m[pivot]) = (m[pivot], m[rang]);
            for (var r = 0; r < m.Count; r++)
            {
                if (r == rang || m[r][k].IsNul)
                {
                    continue;
                }

                var factor = m[r][k] / m[rang][k];
                for (var j = k; j < kolommen; j++)
                {
                    m[r][j] = m[r][j] - factor * m[rang][j];
                }
            }

            rang++;
        }

        return rang;
    }

    public static bool Afleidbaar(IReadOnlyList<int[]> gepubliceerd, int[] verborgen) =>
        Rang(gepubliceerd) == Rang(gepubliceerd.Append(verborgen));

    private readonly record struct Breuk
    {
        public Breuk(BigInteger teller, BigInteger noemer)
        {
            if (noemer.Sign < 0)
            {
                teller = -teller;
                noemer = -noemer;
            }

            var g = BigInteger.GreatestCommonDivisor(teller, noemer);
            if (!g.IsZero && !g.IsOne)
            {
                teller /= g;
                noemer /= g;
            }

            Teller = teller;
            Noemer = noemer;
        }

        public BigInteger Teller { get; }
        public BigInteger Noemer { get; }
        public bool IsNul => Teller.IsZero;

        public static Breuk operator -(Breuk a, Breuk b) => new(a.Teller * b.Noemer - b.Teller * a.Noemer, a.Noemer * b.Noemer);
        public static Breuk operator *(Breuk a, Breuk b) => new(a.Teller * b.Teller, a.Noemer * b.Noemer);
        public static Breuk operator /(Breuk a, Breuk b) => new(a.Teller * b.Noemer, a.Noemer * b.Teller);
    }
}
