namespace Schakel.Core.Monitor;

/// <summary>A figure in a set of tables. Only counts from Schakel's own case data are <see cref="Gevoelig"/>.</summary>
public sealed record SuppressieCel(string Sleutel, long Waarde, bool Gevoelig = true);

/// <summary>A published relation between cells: <see cref="Totaal"/> is the sum of <see cref="Delen"/>.</summary>
public sealed record Vergelijking(string Totaal, IReadOnlyList<string> Delen);

public enum VerbergReden
{
    /// <summary>0 &lt; n &lt; T: a small number from case data.</summary>
    KleinAantal,
    /// <summary>Hidden so that a hidden cell cannot be computed from what is published.</summary>
    BeschermtAndereCel,
    /// <summary>The edition's previous version hid it; a correction never reveals it.</summary>
    EerderVerborgen,
}

public sealed record VerborgenCel(string Sleutel, VerbergReden Reden, string? Beschermt);

public sealed record Suppressiepatroon(int Drempel, IReadOnlyDictionary<string, VerborgenCel> Verborgen)
{
    public bool IsVerborgen(string sleutel) => Verborgen.ContainsKey(sleutel);
}

/// <summary>
/// Small-number suppression for tables that share margins (municipalities, districts, region; quarters and year;
/// categories and their total). Primary: every sensitive cell with 0 &lt; n &lt; T. Secondary: more cells until no
/// hidden cell is a linear combination of the published ones — checked exactly on the row space of the published
/// cells, not by a rule of thumb. Deterministic: the same input gives the same pattern (ties by key, ordinal).
/// </summary>
public static class Suppressie
{
    public const int StandaardDrempel = 5;

    public static Suppressiepatroon Bepaal(
        IReadOnlyList<SuppressieCel> cellen, IReadOnlyList<Vergelijking> vergelijkingen, int drempel,
        IReadOnlySet<string>? eerderVerborgen = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(drempel, 1);
        var perSleutel = cellen.ToDictionary(c => c.Sleutel, StringComparer.Ordinal);
        var vectoren = Vectoren(cellen, vergelijkingen, out var lengte);
        var verborgen = new Dictionary<string, VerborgenCel>(StringComparer.Ordinal);
        var volgorde = cellen.Select(c => c.Sleutel).Order(StringComparer.Ordinal).ToList();

        foreach (var sleutel in volgorde)
        {
            var cel = perSleutel[sleutel];
            if (cel.Gevoelig && cel.Waarde > 0 && cel.Waarde < drempel)
            {
                verborgen[sleutel] = new VerborgenCel(sleutel, VerbergReden.KleinAantal, null);
            }
            else if (eerderVerborgen?.Contains(sleutel) == true)
            {
                verborgen[sleutel] = new VerborgenCel(sleutel, VerbergReden.EerderVerborgen, null);
            }
        }

        var groepen = vergelijkingen
            .Select(v => (Leden: new[] { v.Totaal }.Concat(v.Delen.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList(), v.Totaal))
            .OrderBy(g => string.Join('\n', g.Leden), StringComparer.Ordinal)
            .ToList();
        var groepenVan = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < groepen.Count; i++)
        {
            foreach (var lid in groepen[i].Leden)
            {
                (groepenVan.TryGetValue(lid, out var l) ? l : groepenVan[lid] = []).Add(i);
            }
        }

        // The row space of the published cells, kept while the hidden set is the one it was built for: rebuilding it
        // is the expensive step, so the space built while choosing the last protecting cell is used again.
        ExacteRijruimte? ruimte = null;
        while (true)
        {
            // Fast pass: a relation with exactly one hidden member gives it away, so hide a second member.
            var veranderd = true;
            while (veranderd)
            {
                veranderd = false;
                foreach (var (leden, totaal) in groepen)
                {
                    var verborgenLeden = leden.Where(verborgen.ContainsKey).ToList();
                    if (verborgenLeden.Count != 1)
                    {
                        continue;
                    }

                    var kandidaat = Goedkoopste(leden.Where(l => !verborgen.ContainsKey(l)), totaal, perSleutel);
                    if (kandidaat is not null)
                    {
                        verborgen[kandidaat] = new VerborgenCel(kandidaat, VerbergReden.BeschermtAndereCel, verborgenLeden[0]);
                        veranderd = true;
                        ruimte = null;
                    }
                }
            }

            // Exact pass: a hidden cell in the row space of the published cells can be computed from them.
            ruimte ??= Ruimte(volgorde, verborgen, vectoren, lengte);
            var afleidbaar = volgorde.FirstOrDefault(s => verborgen.ContainsKey(s) && vectoren[s].Any(x => x != 0) && ruimte.Bevat(vectoren[s]));
            if (afleidbaar is null)
            {
                return new Suppressiepatroon(drempel, verborgen);
            }

            var (extra, zonderExtra) = KiesBescherming(afleidbaar, volgorde, verborgen, vectoren, lengte, groepen, groepenVan, perSleutel);
            verborgen[extra] = new VerborgenCel(extra, VerbergReden.BeschermtAndereCel, afleidbaar);
            ruimte = zonderExtra;
        }
    }

    /// <summary>
    /// The hidden cells of a pattern that can be computed from the published ones: those whose vector lies in the row
    /// space of the published cells. The same exact check <see cref="Bepaal"/> runs until it finds none, here run once on
    /// a pattern as it was published (an edition published before the check was exact may have one). Ordered by key.
    /// </summary>
    public static IReadOnlyList<string> Afleidbaar(
        IReadOnlyCollection<string> cellen, IReadOnlySet<string> verborgen, IReadOnlyList<Vergelijking> vergelijkingen)
    {
        var vectoren = Vectoren(cellen.Select(c => new SuppressieCel(c, 0)).ToList(), vergelijkingen, out var lengte);
        var volgorde = cellen.Order(StringComparer.Ordinal).ToList();
        var ruimte = new ExacteRijruimte(lengte);
        foreach (var s in volgorde.Where(s => !verborgen.Contains(s)))
        {
            ruimte.Voegtoe(vectoren[s]);
        }

        return volgorde.Where(s => verborgen.Contains(s) && vectoren[s].Any(x => x != 0) && ruimte.Bevat(vectoren[s])).ToList();
    }

    /// <summary>
    /// The vector of each cell over the base cells (those that are no total): a base cell is a unit vector, a total
    /// the sum of its parts' vectors.
    /// </summary>
    public static IReadOnlyDictionary<string, int[]> Vectoren(
        IReadOnlyList<SuppressieCel> cellen, IReadOnlyList<Vergelijking> vergelijkingen, out int lengte)
    {
        var eerste = new Dictionary<string, Vergelijking>(StringComparer.Ordinal);
        foreach (var v in vergelijkingen)
        {
            eerste.TryAdd(v.Totaal, v);
        }

        var basis = cellen.Select(c => c.Sleutel).Where(s => !eerste.ContainsKey(s)).Order(StringComparer.Ordinal).ToList();
        var index = basis.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        var n = basis.Count;
        lengte = n;
        var vectoren = new Dictionary<string, int[]>(StringComparer.Ordinal);

        int[] Vector(string sleutel, int diepte)
        {
            if (vectoren.TryGetValue(sleutel, out var klaar))
            {
                return klaar;
            }

            if (diepte > cellen.Count)
            {
                throw new ArgumentException("De vergelijkingen vormen een kring.", nameof(vergelijkingen));
            }

            var v = new int[n];
            if (index.TryGetValue(sleutel, out var i))
            {
                v[i] = 1;
            }
            else
            {
                foreach (var deel in eerste[sleutel].Delen)
                {
                    var d = Vector(deel, diepte + 1);
                    for (var j = 0; j < n; j++)
                    {
                        v[j] += d[j];
                    }
                }
            }

            vectoren[sleutel] = v;
            return v;
        }

        foreach (var c in cellen)
        {
            Vector(c.Sleutel, 0);
        }

        return vectoren;
    }

    private static ExacteRijruimte Ruimte(
        IEnumerable<string> volgorde, IReadOnlyDictionary<string, VerborgenCel> verborgen,
        IReadOnlyDictionary<string, int[]> vectoren, int lengte, IReadOnlySet<string>? zonder = null)
    {
        var ruimte = new ExacteRijruimte(lengte);
        foreach (var s in volgorde)
        {
            if (!verborgen.ContainsKey(s) && zonder?.Contains(s) != true)
            {
                ruimte.Voegtoe(vectoren[s]);
            }
        }

        return ruimte;
    }

    /// <summary>
    /// The published cell to hide so that <paramref name="afleidbaar"/> no longer follows: among the cells that share
    /// a relation with it, the cheapest one whose hiding breaks the derivation; failing that the cheapest of them (or
    /// of all); the loop in <see cref="Bepaal"/> then continues, so it ends at the latest when nothing is published.
    /// Also returns the row space of the published cells once the chosen one is hidden, when it was built.
    /// </summary>
    private static (string Kandidaat, ExacteRijruimte? Zonder) KiesBescherming(
        string afleidbaar, IReadOnlyList<string> volgorde, IReadOnlyDictionary<string, VerborgenCel> verborgen,
        IReadOnlyDictionary<string, int[]> vectoren, int lengte, IReadOnlyList<(List<string> Leden, string Totaal)> groepen,
        IReadOnlyDictionary<string, List<int>> groepenVan, IReadOnlyDictionary<string, SuppressieCel> perSleutel)
    {
        var buren = (groepenVan.TryGetValue(afleidbaar, out var g) ? g : [])
            .SelectMany(i => groepen[i].Leden).Where(s => !verborgen.ContainsKey(s)).Distinct(StringComparer.Ordinal)
            .OrderBy(s => perSleutel[s].Waarde).ThenBy(s => s, StringComparer.Ordinal).ToList();
        var kandidaten = buren.Count > 0 ? buren
            : volgorde.Where(s => !verborgen.ContainsKey(s)).OrderBy(s => perSleutel[s].Waarde).ThenBy(s => s, StringComparer.Ordinal).ToList();

        // The space without one candidate is the space without all tried candidates plus the other tried ones: built
        // once, then copied and completed per candidate, instead of built anew from every published cell each time.
        var getest = kandidaten.Take(12).ToList();
        var zonderGetest = Ruimte(volgorde, verborgen, vectoren, lengte, getest.ToHashSet(StringComparer.Ordinal));
        foreach (var kandidaat in getest)
        {
            var zonder = zonderGetest.Kopie();
            foreach (var ander in getest.Where(a => a != kandidaat))
            {
                zonder.Voegtoe(vectoren[ander]);
            }

            if (!zonder.Bevat(vectoren[afleidbaar]))
            {
                return (kandidaat, zonder);
            }
        }

        return (kandidaten[0], null);
    }

    /// <summary>Smallest value first (least information lost); a part before the total; then by key.</summary>
    private static string? Goedkoopste(IEnumerable<string> sleutels, string totaal, IReadOnlyDictionary<string, SuppressieCel> perSleutel) =>
        sleutels.OrderBy(s => s == totaal ? 1 : 0).ThenBy(s => perSleutel[s].Waarde).ThenBy(s => s, StringComparer.Ordinal)
            .FirstOrDefault();
}
