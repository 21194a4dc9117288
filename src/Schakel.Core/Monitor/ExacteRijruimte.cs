using System.Numerics;

namespace Schakel.Core.Monitor;

/// <summary>
/// The row space of a set of integer vectors, kept in echelon form with exact integer arithmetic (each row divided
/// by the gcd of its entries, so entries stay small). Answers whether a vector is a linear combination of the rows:
/// exactly, never by floating point, because a published figure either determines a hidden one or it does not.
/// </summary>
public sealed class ExacteRijruimte
{
    private readonly int _lengte;
    private readonly List<(int Pivot, BigInteger[] Rij)> _rijen = [];

    public ExacteRijruimte(int lengte) => _lengte = lengte;

    /// <summary>A copy that can grow on its own. Rows are never changed once added, so the copy shares them.</summary>
    public ExacteRijruimte Kopie()
    {
        var kopie = new ExacteRijruimte(_lengte);
        kopie._rijen.AddRange(_rijen);
        return kopie;
    }

    public int Rang => _rijen.Count;

    /// <summary>Adds a row; false when it was already in the space.</summary>
    public bool Voegtoe(IReadOnlyList<int> vector)
    {
        var rest = Reduceer(vector);
        var pivot = Array.FindIndex(rest, x => !x.IsZero);
        if (pivot < 0)
        {
            return false;
        }

        if (rest[pivot].Sign < 0)
        {
            for (var i = 0; i < rest.Length; i++)
            {
                rest[i] = -rest[i];
            }
        }

        var index = _rijen.FindIndex(r => r.Pivot > pivot);
        _rijen.Insert(index < 0 ? _rijen.Count : index, (pivot, rest));
        return true;
    }

    public bool Bevat(IReadOnlyList<int> vector) => Reduceer(vector).All(x => x.IsZero);

    private BigInteger[] Reduceer(IReadOnlyList<int> vector)
    {
        if (vector.Count != _lengte)
        {
            throw new ArgumentException("Vector heeft de verkeerde lengte.", nameof(vector));
        }

        var rest = new BigInteger[_lengte];
        for (var i = 0; i < _lengte; i++)
        {
            rest[i] = vector[i];
        }

        // Rows are sorted by pivot and each row is zero before its pivot, so one pass in pivot order clears every
        // pivot column of the remainder.
        foreach (var (pivot, rij) in _rijen)
        {
            if (rest[pivot].IsZero)
            {
                continue;
            }

            var a = rij[pivot];
            var b = rest[pivot];
            // The whole remainder is scaled, also before the pivot: the row is zero there, but the remainder need not
            // be where a column has no row yet. Scaling only from the pivot on made the remainder a vector outside the
            // space, so the answer depended on the order the rows came in.
            if (!a.IsOne)
            {
                for (var i = 0; i < pivot; i++)
                {
                    rest[i] *= a;
                }
            }

            for (var i = pivot; i < _lengte; i++)
            {
                rest[i] = rest[i] * a - rij[i] * b;
            }

            Normaliseer(rest);
        }

        return rest;
    }

    private static void Normaliseer(BigInteger[] rij)
    {
        var g = BigInteger.Zero;
        foreach (var x in rij)
        {
            if (!x.IsZero)
            {
                g = BigInteger.GreatestCommonDivisor(g, x);
                if (g.IsOne)
                {
                    return;
                }
            }
        }

        if (g > BigInteger.One)
        {
            for (var i = 0; i < rij.Length; i++)
            {
                rij[i] /= g;
            }
        }
    }
}
