using Schakel.Core.Teksten;
namespace Schakel.Core.Opvang;

/// <summary>
/// Ranks every pool for a need and a step, best first, and explains each place in the ranking.
/// Pure and deterministic: the same input always gives the same order (ties end on the pool id).
/// </summary>
/// <remarks>
/// Order: matching pools first; near misses after them, fewest failing criteria first. Within each group:
/// <list type="bullet">
/// <item>eerste opvang: crisis-phase pools first, then pools with a free bed, then nearest to the victim,
/// then freshest figures, then most free beds;</item>
/// <item>vervolgplaatsing: pools of a fitting type first (in the order of <see cref="Behoefte.PassendeTypen"/>),
/// then long-term or transition phase, then pools with a free bed, nearest, freshest, most free beds.</item>
/// </list>
/// A pool without coordinates, or a need without a search location, sorts after every known distance.
/// </remarks>
public static class Matcher
{
    public static IReadOnlyList<Matchresultaat> Rangschik(
        Behoefte behoefte, Stap stap, IEnumerable<PlekkenpoolAanbod> pools, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(behoefte);
        ArgumentNullException.ThrowIfNull(pools);
        var passendeTypen = behoefte.PassendeTypen().ToList();

        var beoordeeld = pools.Select(p => Beoordeel(behoefte, stap, p, nu, passendeTypen)).ToList();
        beoordeeld.Sort((a, b) => Vergelijk(a, b, stap));
        return beoordeeld.Select((b, i) => new Matchresultaat(
            b.Pool, i + 1, b.Afwijzingen.Count == 0, [.. b.Redenen.Select(r => r.Nederlands)], b.Afwijzingen, b.AfstandKm, b.Versheid, b.Redenen)).ToList();
    }

    private sealed record Beoordeling(
        PlekkenpoolAanbod Pool,
        List<Bericht> Redenen,
        List<Afwijzing> Afwijzingen,
        double? AfstandKm,
        Versheid Versheid,
        bool FasePast,
        int TypeVoorkeur);

    private static Beoordeling Beoordeel(
        Behoefte behoefte, Stap stap, PlekkenpoolAanbod pool, DateTimeOffset nu, List<Opvangtype> passendeTypen)
    {
        var redenen = new List<Bericht>();
        var afwijzingen = new List<Afwijzing>();
        var fasePast = stap == Stap.EersteOpvang ? pool.Fase == Fase.Crisis : pool.Fase != Fase.Crisis;
        var typeIndex = passendeTypen.IndexOf(pool.Type);
        var typeVoorkeur = stap == Stap.Vervolgplaatsing && typeIndex >= 0 ? typeIndex : int.MaxValue;

        if (fasePast)
        {
            redenen.Add(Opvangberichten.Woord(pool.Fase));
        }

        if (typeVoorkeur != int.MaxValue)
        {
            redenen.Add(Bericht.Van(Opvangberichten.PassendType, "passend type: {0}", Opvangberichten.Woord(pool.Type)));
        }

        foreach (var bevinding in Criteriatoets.Toets(behoefte, pool))
        {
            if (bevinding.Voldaan)
            {
                redenen.Add(bevinding.Bericht);
            }
            else
            {
                afwijzingen.Add(new Afwijzing(bevinding.Criterium, bevinding.Tekst, bevinding.Bericht));
            }
        }

        double? afstand = behoefte.Zoeklocatie is { } van && pool.Locatie is { } naar ? van.AfstandKm(naar) : null;
        if (afstand is { } km)
        {
            redenen.Add(Bericht.Van(Opvangberichten.OpAfstand, "op {0} km", km));
        }

        var versheid = pool.Beschikbaarheid.VersheidOp(nu);
        redenen.Add(Opvangberichten.Woord(versheid));
        return new Beoordeling(pool, redenen, afwijzingen, afstand, versheid, fasePast, typeVoorkeur);
    }

    private static int Vergelijk(Beoordeling a, Beoordeling b, Stap stap) => EersteVerschil(
        a.Afwijzingen.Count.CompareTo(b.Afwijzingen.Count),
        stap == Stap.Vervolgplaatsing ? a.TypeVoorkeur.CompareTo(b.TypeVoorkeur) : 0,
        b.FasePast.CompareTo(a.FasePast),
        b.Pool.Beschikbaarheid.HeeftPlekVrij.CompareTo(a.Pool.Beschikbaarheid.HeeftPlekVrij),
        (a.AfstandKm ?? double.MaxValue).CompareTo(b.AfstandKm ?? double.MaxValue),
        a.Versheid.CompareTo(b.Versheid),
        b.Pool.Beschikbaarheid.Beschikbaar.CompareTo(a.Pool.Beschikbaarheid.Beschikbaar),
        a.Pool.Id.CompareTo(b.Pool.Id));

    private static int EersteVerschil(params ReadOnlySpan<int> vergelijkingen)
    {
        foreach (var v in vergelijkingen)
        {
            if (v != 0)
            {
                return v;
            }
        }

        return 0;
    }
}
