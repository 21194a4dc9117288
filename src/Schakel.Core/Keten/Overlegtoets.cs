namespace Schakel.Core.Keten;

/// <summary>How a standing body's attendance is judged.</summary>
public enum Quorumregel
{
    Geen,

    /// <summary>
    /// Regionaal Platform Mensenhandel (Midden-Delfland 2024 §5.6.3): at least two municipalities per police
    /// district present. A district with fewer municipalities than two (in Eenheid Den Haag A, B and C hold only
    /// 's-Gravenhage) cannot meet that; there all of its municipalities are required.
    /// </summary>
    TweeGemeentenPerDistrict,
}

/// <summary>A district where too few municipalities attended.</summary>
public sealed record DistrictTekort(string District, int Aanwezig, int Vereist);

/// <summary>The checks on a standing body: quorum of one meeting, and whether it met as often as it should.</summary>
public static class Overlegtoets
{
    public const int GemeentenPerDistrict = 2;

    /// <param name="gemeentenPerDistrict">District code → CBS codes of its municipalities (a municipality may be in several).</param>
    /// <param name="aanwezigeGemeenten">CBS codes of the municipalities present.</param>
    public static IReadOnlyList<DistrictTekort> Quorum(
        Quorumregel regel, IReadOnlyDictionary<string, IReadOnlyCollection<string>> gemeentenPerDistrict, IReadOnlyCollection<string> aanwezigeGemeenten)
    {
        ArgumentNullException.ThrowIfNull(gemeentenPerDistrict);
        ArgumentNullException.ThrowIfNull(aanwezigeGemeenten);
        if (regel != Quorumregel.TweeGemeentenPerDistrict)
        {
            return [];
        }
        var aanwezig = aanwezigeGemeenten.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return gemeentenPerDistrict
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => new DistrictTekort(d.Key, d.Value.Count(aanwezig.Contains), Math.Min(GemeentenPerDistrict, d.Value.Count)))
            .Where(t => t.Aanwezig < t.Vereist)
            .ToList();
    }

    /// <summary>The longest gap allowed between two meetings of a body that must meet <paramref name="minimaalPerJaar"/> times a year.</summary>
    public static TimeSpan MaximaleTussenpoos(int minimaalPerJaar) =>
        minimaalPerJaar <= 0 ? TimeSpan.MaxValue : TimeSpan.FromDays(365.25 / minimaalPerJaar);

    /// <summary>
    /// Missed when more time has passed since the last meeting (or, before the first, since the body was
    /// recorded) than the frequency allows.
    /// </summary>
    public static bool FrequentieGemist(int minimaalPerJaar, DateTimeOffset? laatsteBijeenkomst, DateTimeOffset vastgelegdOp, DateTimeOffset nu)
    {
        if (minimaalPerJaar <= 0)
        {
            return false;
        }
        var vanaf = laatsteBijeenkomst ?? vastgelegdOp;
        return nu - vanaf > MaximaleTussenpoos(minimaalPerJaar);
    }
}
