using Schakel.Core.Meldpunt;

namespace Schakel.Core.Opvang;

public sealed record Duurcijfers(int Aantal, TimeSpan? Mediaan, TimeSpan? P90);

/// <summary>
/// Time from found to the long-term place over the requests that have one (<see cref="Aantal"/>), and the requests
/// still waiting: all of them, and those of them whose crisis phase has ended.
/// </summary>
public sealed record VervolgDuurcijfers(int Aantal, TimeSpan? Mediaan, TimeSpan? P90, int NogWachtend, int NogWachtendNaCrisisfase);

public sealed record NachtZonderPlekCijfers(Aandeel Aandeel, IReadOnlyDictionary<Nachtverblijf, int> Waar);

public sealed record Plekkental(int Capaciteit, int Beschikbaar);

public sealed record Plekkencijfers(
    Plekkental Totaal,
    IReadOnlyDictionary<Opvangtype, Plekkental> PerType,
    IReadOnlyDictionary<Fase, Plekkental> PerFase,
    IReadOnlyDictionary<Uitbuitingsvorm, Plekkental> PerUitbuitingsvorm);

/// <summary>
/// The region's demand-versus-supply figures as pure functions over plain records; the caller selects the region and
/// period. Every breakdown lists every enum value, zero included, so pages and exports keep a fixed shape.
/// </summary>
public static class Opvangcijfers
{
    /// <summary>
    /// Nearest-rank percentile: sort the N values ascending and take the value at rank ⌈p/100 × N⌉ (1-based), so the
    /// result is always one of the observed values. The median is the 50th percentile by the same method (for an even
    /// N, the lower of the two middle values). <c>null</c> for no values.
    /// </summary>
    public static TimeSpan? Percentiel(IEnumerable<TimeSpan> waarden, int p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 100);
        var gesorteerd = waarden.Order().ToList();
        if (gesorteerd.Count == 0)
        {
            return null;
        }

        var rang = (int)Math.Ceiling(p / 100.0 * gesorteerd.Count);
        return gesorteerd[Math.Max(rang, 1) - 1];
    }

    public static int AantalVerzoeken(IEnumerable<VerzoekFeiten> verzoeken) => verzoeken.Count();

    /// <summary>Time from found to the confirmed first place (or help), over the requests that got one.</summary>
    public static Duurcijfers TijdTotEersteOpvang(IEnumerable<VerzoekFeiten> verzoeken)
    {
        var duren = verzoeken
            .Where(v => v.EersteOpvangOp is not null)
            .Select(v => v.EersteOpvangOp!.Value - v.GevondenOp)
            .Select(d => d < TimeSpan.Zero ? TimeSpan.Zero : d)
            .ToList();
        return new Duurcijfers(duren.Count, Percentiel(duren, 50), Percentiel(duren, 90));
    }

    /// <summary>Share of requests with a recorded night without a suitable place, and where those nights were spent.</summary>
    public static NachtZonderPlekCijfers ZonderPlekEersteNacht(IEnumerable<VerzoekFeiten> verzoeken)
    {
        var lijst = verzoeken.ToList();
        var nachten = lijst.Where(v => v.NachtZonderPlek is not null).Select(v => v.NachtZonderPlek!.Value).ToList();
        return new NachtZonderPlekCijfers(new Aandeel(nachten.Count, lijst.Count), Tel(nachten));
    }

    /// <summary>
    /// Share with the long-term place arranged within the first phase (at or before found + 36 h), over the requests
    /// whose phase has ended at <paramref name="peilmoment"/>; requests still inside it are not counted yet.
    /// </summary>
    public static Aandeel VervolgBinnenTermijn(IEnumerable<VerzoekFeiten> verzoeken, DateTimeOffset peilmoment, KlokOpties? opties = null)
    {
        var duur = (opties ?? KlokOpties.Standaard).Duur;
        var afgelopen = verzoeken.Where(v => v.GevondenOp + duur <= peilmoment).ToList();
        return new Aandeel(afgelopen.Count(v => v.VervolgGeregeldOp <= v.GevondenOp + duur), afgelopen.Count);
    }

    /// <summary>
    /// Share with the first step met (a placement or help confirmed) within the crisis phase, over the requests whose
    /// phase has ended at <paramref name="peilmoment"/>; a hold that was never confirmed does not count.
    /// </summary>
    public static Aandeel EersteStapBinnenCrisisfase(IEnumerable<VerzoekFeiten> verzoeken, DateTimeOffset peilmoment, KlokOpties? opties = null)
    {
        var duur = (opties ?? KlokOpties.Standaard).Duur;
        var afgelopen = verzoeken.Where(v => v.GevondenOp + duur <= peilmoment).ToList();
        return new Aandeel(afgelopen.Count(v => v.EersteOpvangOp <= v.GevondenOp + duur), afgelopen.Count);
    }

    /// <summary>
    /// Time from found to the long-term place (median and p90, nearest rank) over the requests that have one at
    /// <paramref name="peilmoment"/>, and how many are still waiting, in all and beyond the crisis phase.
    /// </summary>
    public static VervolgDuurcijfers TijdTotVervolgplaatsing(IEnumerable<VerzoekFeiten> verzoeken, DateTimeOffset peilmoment, KlokOpties? opties = null)
    {
        var duur = (opties ?? KlokOpties.Standaard).Duur;
        var lijst = verzoeken.ToList();
        var geregeld = lijst.Where(v => v.VervolgGeregeldOp <= peilmoment).ToList();
        var duren = geregeld.Select(v => v.VervolgGeregeldOp!.Value - v.GevondenOp).Select(d => d < TimeSpan.Zero ? TimeSpan.Zero : d).ToList();
        var wachtend = lijst.Where(v => !(v.VervolgGeregeldOp <= peilmoment)).ToList();
        return new VervolgDuurcijfers(duren.Count, Percentiel(duren, 50), Percentiel(duren, 90),
            wachtend.Count, wachtend.Count(v => v.GevondenOp + duur <= peilmoment));
    }

    /// <summary>
    /// Share without a long-term place when the crisis phase ended, over the requests whose phase has ended: a figure
    /// that is unmet demand only where a region sets that norm.
    /// </summary>
    public static Aandeel ZonderVervolgBijEindeCrisisfase(IEnumerable<VerzoekFeiten> verzoeken, DateTimeOffset peilmoment, KlokOpties? opties = null)
    {
        var binnen = VervolgBinnenTermijn(verzoeken, peilmoment, opties);
        return new Aandeel(binnen.Noemer - binnen.Teller, binnen.Noemer);
    }

    public static IReadOnlyDictionary<OnvervuldeVraagReden, int> OnvervuldPerReden(IEnumerable<OnvervuldeVraag> vragen) =>
        Tel(vragen.Select(v => v.Reden));

    public static IReadOnlyDictionary<Doelgroep, int> OnvervuldPerDoelgroep(IEnumerable<OnvervuldeVraag> vragen) =>
        Tel(vragen.Select(v => v.Doelgroep));

    /// <summary>A record with several forms counts once for each, so the values may add up to more than the records.</summary>
    public static IReadOnlyDictionary<Uitbuitingsvorm, int> OnvervuldPerUitbuitingsvorm(IEnumerable<OnvervuldeVraag> vragen) =>
        Tel(vragen.SelectMany(v => v.Uitbuitingsvormen.Distinct()));

    /// <summary>How often each criterion kept pools out, over records of criteria not met.</summary>
    public static IReadOnlyDictionary<Criterium, int> OnvervuldPerCriterium(IEnumerable<OnvervuldeVraag> vragen) =>
        Tel(vragen.SelectMany(v => v.NietVervuldeCriteria.Distinct()));

    /// <summary>
    /// Places that exist and are free now. A pool counts under each form of exploitation it accepts, so the
    /// per-form figures may add up to more than the total.
    /// </summary>
    public static Plekkencijfers Plekken(IEnumerable<PlekkenpoolAanbod> pools)
    {
        var lijst = pools.ToList();
        return new Plekkencijfers(
            Som(lijst),
            Enum.GetValues<Opvangtype>().ToDictionary(t => t, t => Som(lijst.Where(p => p.Type == t))),
            Enum.GetValues<Fase>().ToDictionary(f => f, f => Som(lijst.Where(p => p.Fase == f))),
            Enum.GetValues<Uitbuitingsvorm>().ToDictionary(u => u, u => Som(lijst.Where(p => p.Criteria.Uitbuitingsvormen.Contains(u)))));
    }

    /// <summary>
    /// Occupancy per type at each given moment (the caller picks them, e.g. every evening), from the snapshot history:
    /// each pool counts with its latest snapshot at or before the moment; a pool without one yet does not count.
    /// </summary>
    public static IReadOnlyList<Bezettingsmoment> BezettingPerTypeOverTijd(
        IEnumerable<BezettingsSnapshot> snapshots, IEnumerable<DateTimeOffset> momenten)
    {
        var perPool = snapshots.GroupBy(s => s.PlekkenpoolId).Select(g => g.OrderBy(s => s.Op).ToList()).ToList();
        return momenten.Order().Select(moment =>
        {
            var geldend = perPool.Select(h => h.LastOrDefault(s => s.Op <= moment)).OfType<BezettingsSnapshot>().ToList();
            var perType = Enum.GetValues<Opvangtype>().ToDictionary(
                t => t,
                t => new Aandeel(geldend.Where(s => s.Type == t).Sum(s => s.Bezet), geldend.Where(s => s.Type == t).Sum(s => s.Capaciteit)));
            return new Bezettingsmoment(moment, perType);
        }).ToList();
    }

    /// <summary>Requests per group, the demand side next to <see cref="Plekken"/>.</summary>
    public static IReadOnlyDictionary<Doelgroep, int> VerzoekenPerDoelgroep(IEnumerable<VerzoekFeiten> verzoeken) =>
        Tel(verzoeken.Select(v => v.Doelgroep));

    /// <summary>Requests per form of exploitation; a request with several forms counts once for each.</summary>
    public static IReadOnlyDictionary<Uitbuitingsvorm, int> VerzoekenPerUitbuitingsvorm(IEnumerable<VerzoekFeiten> verzoeken) =>
        Tel(verzoeken.SelectMany(v => v.Uitbuitingsvormen.Distinct()));

    private static Plekkental Som(IEnumerable<PlekkenpoolAanbod> pools)
    {
        var lijst = pools.ToList();
        return new Plekkental(lijst.Sum(p => p.Beschikbaarheid.Capaciteit), lijst.Sum(p => p.Beschikbaarheid.Beschikbaar));
    }

    private static Dictionary<T, int> Tel<T>(IEnumerable<T> waarden)
        where T : struct, Enum
    {
        var telling = Enum.GetValues<T>().ToDictionary(w => w, _ => 0);
        foreach (var w in waarden)
        {
            telling[w]++;
        }

        return telling;
    }
}
