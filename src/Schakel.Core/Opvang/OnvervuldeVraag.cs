using Schakel.Core.Meldpunt;

namespace Schakel.Core.Opvang;

/// <summary>
/// One recorded piece of unmet demand: the evidence of shortage. It carries the group and forms of exploitation of
/// the need but nothing that identifies the victim. Build it with the factory methods.
/// </summary>
public sealed record OnvervuldeVraag
{
    public required Guid PlaatsingsverzoekId { get; init; }

    public required Stap Stap { get; init; }

    public required OnvervuldeVraagReden Reden { get; init; }

    public required DateTimeOffset Op { get; init; }

    public required Doelgroep Doelgroep { get; init; }

    public IReadOnlyList<Uitbuitingsvorm> Uitbuitingsvormen { get; init; } = [];

    /// <summary>For <see cref="OnvervuldeVraagReden.CriteriaNietVervuld"/>: the criteria that kept the nearest pools out.</summary>
    public IReadOnlyList<Criterium> NietVervuldeCriteria { get; init; } = [];

    /// <summary>For <see cref="OnvervuldeVraagReden.Afgewezen"/>: the shelter's reason.</summary>
    public string? Afwijzingsreden { get; init; }

    /// <summary>For <see cref="OnvervuldeVraagReden.GeenEersteOpvangZelfdeNacht"/>: where the victim spent the night.</summary>
    public Nachtverblijf? Nachtverblijf { get; init; }

    /// <summary>
    /// The unmet demand a search shows, or <c>null</c> when a pool fits. No capacity when some pool fails on nothing
    /// but a free bed (or there are no pools); otherwise criteria not met, naming the criteria of the pools that came
    /// closest (fewest failing criteria, a missing free bed not counted).
    /// </summary>
    public static OnvervuldeVraag? UitZoekresultaat(
        Guid verzoekId, Behoefte behoefte, Stap stap, IReadOnlyList<Matchresultaat> resultaten, DateTimeOffset op)
    {
        if (resultaten.Any(r => r.Past))
        {
            return null;
        }

        var zonderCapaciteit = resultaten
            .Select(r => r.NietVervuld.Select(a => a.Criterium).Where(c => c != Criterium.Capaciteit).ToList())
            .ToList();
        if (zonderCapaciteit.Count == 0 || zonderCapaciteit.Any(c => c.Count == 0))
        {
            return Maak(verzoekId, behoefte, stap, OnvervuldeVraagReden.GeenCapaciteit, op);
        }

        var minste = zonderCapaciteit.Min(c => c.Count);
        var criteria = zonderCapaciteit.Where(c => c.Count == minste).SelectMany(c => c).Distinct().Order().ToList();
        return Maak(verzoekId, behoefte, stap, OnvervuldeVraagReden.CriteriaNietVervuld, op) with { NietVervuldeCriteria = criteria };
    }

    public static OnvervuldeVraag Afgewezen(Guid verzoekId, Behoefte behoefte, Stap stap, string reden, DateTimeOffset op) =>
        Maak(verzoekId, behoefte, stap, OnvervuldeVraagReden.Afgewezen, op) with { Afwijzingsreden = reden };

    public static OnvervuldeVraag NachtZonderPlek(Guid verzoekId, Behoefte behoefte, Nachtverblijf waar, DateTimeOffset op) =>
        Maak(verzoekId, behoefte, Stap.EersteOpvang, OnvervuldeVraagReden.GeenEersteOpvangZelfdeNacht, op) with { Nachtverblijf = waar };

    public static OnvervuldeVraag VervolgNietGeregeld(Guid verzoekId, Behoefte behoefte, DateTimeOffset op) =>
        Maak(verzoekId, behoefte, Stap.Vervolgplaatsing, OnvervuldeVraagReden.VervolgplaatsingNietGeregeldBinnen36Uur, op);

    /// <summary>What a search without a fitting bed records, when the caller has worked out the reason itself (<see cref="Snelzoeker"/>).</summary>
    internal static OnvervuldeVraag Voor(Guid verzoekId, Behoefte behoefte, Stap stap, OnvervuldeVraagReden reden, IReadOnlyList<Criterium> criteria, DateTimeOffset op) =>
        Maak(verzoekId, behoefte, stap, reden, op) with { NietVervuldeCriteria = criteria };

    private static OnvervuldeVraag Maak(Guid verzoekId, Behoefte behoefte, Stap stap, OnvervuldeVraagReden reden, DateTimeOffset op) => new()
    {
        PlaatsingsverzoekId = verzoekId,
        Stap = stap,
        Reden = reden,
        Op = op,
        Doelgroep = behoefte.Doelgroep(),
        Uitbuitingsvormen = behoefte.Uitbuitingsvormen.Distinct().Order().ToList(),
    };
}
