namespace Schakel.Core.Opvang;

/// <summary>
/// The 36-hour clock of one placement request at one moment. Build it with <see cref="Bereken"/>.
/// The 36 hours are not a deadline for the first bed (that is due at once) but the crisis phase (action 18): the
/// first step is met by a confirmed placement (or help) within it; after it the long-term place is looked at. The time
/// to the long-term place is measured, and no long-term place when the phase ends is an escalation and a figure, not
/// by itself unmet demand (a region may set that norm for itself).
/// </summary>
/// <remarks>
/// An event counts once it has happened (its time is at or before <c>nu</c>). An escalation is reached when its
/// moment has come (<c>nu ≥ moment</c>) and its event had not happened by then; an event exactly at the moment
/// makes it unnecessary.
/// </remarks>
public sealed record Klok36Uur
{
    private Klok36Uur() { }

    public DateTimeOffset GevondenOp { get; private init; }

    public DateTimeOffset Nu { get; private init; }

    /// <summary>When the first phase ends and the long-term place is due.</summary>
    public DateTimeOffset Einde { get; private init; }

    /// <summary>A first place was confirmed by the shelter (a placement), or help given: the first step is met.</summary>
    public bool EersteOpvangGeregeld { get; private init; }

    /// <summary>The first step was met at or before the end of the crisis phase.</summary>
    public bool EersteStapBinnenCrisisfase { get; private init; }

    /// <summary>A first place is held (not yet confirmed) or placed: the next hold serves the long-term place.</summary>
    public bool EersteOpvangVastgehouden { get; private init; }

    /// <summary>From finding to the confirmed first place, or to now while there is none. A hold alone does not stop it.</summary>
    public TimeSpan WachttijdEersteOpvang { get; private init; }

    public bool VervolgGeregeld { get; private init; }

    /// <summary>Time left to arrange the long-term place; zero once the end has passed.</summary>
    public TimeSpan ResterendVoorVervolg { get; private init; }

    public bool IsVerstreken => Nu >= Einde;

    /// <summary>The step a new hold serves: the first place until one is held, then the long-term place; <c>null</c> when both are done.</summary>
    public Stap? HuidigeStap => !EersteOpvangVastgehouden && !EersteOpvangGeregeld ? Stap.EersteOpvang : !VervolgGeregeld ? Stap.Vervolgplaatsing : null;

    /// <summary>
    /// The end passed without the long-term place arranged at or before it: an escalation and a figure; unmet demand
    /// only where the region sets that norm.
    /// </summary>
    public bool VervolgNietGeregeldBijEinde { get; private init; }

    /// <summary>All escalations, in time order, first-place escalation first on a tie.</summary>
    public IReadOnlyList<Escalatie> Escalaties { get; private init; } = [];

    public IEnumerable<Escalatie> Bereikt => Escalaties.Where(e => e.Status == EscalatieStatus.Bereikt);

    /// <summary>The next escalation still to come, for scheduling; <c>null</c> when none is pending.</summary>
    public Escalatie? Volgende => Escalaties.FirstOrDefault(e => e.Status == EscalatieStatus.NogNiet);

    /// <summary>Reached escalations not yet sent, given the codes of those already sent.</summary>
    public IReadOnlyList<Escalatie> TeVersturen(IEnumerable<string> alVerstuurd)
    {
        var verstuurd = alVerstuurd.ToHashSet(StringComparer.Ordinal);
        return Bereikt.Where(e => !verstuurd.Contains(e.Code)).ToList();
    }

    /// <param name="eersteOpvangOp">When the first place was held or placed, if so: it decides the step of the next hold.</param>
    /// <param name="vervolgGeregeldOp">When the long-term place was arranged, if so.</param>
    /// <param name="eersteOpvangBevestigdOp">When a placement was confirmed (or help given), if so: it meets the first step.</param>
    public static Klok36Uur Bereken(
        DateTimeOffset gevondenOp,
        DateTimeOffset nu,
        DateTimeOffset? eersteOpvangOp,
        DateTimeOffset? vervolgGeregeldOp,
        KlokOpties? opties = null,
        DateTimeOffset? eersteOpvangBevestigdOp = null)
    {
        opties ??= KlokOpties.Standaard;
        var vastgehouden = eersteOpvangOp <= nu ? eersteOpvangOp : null;
        var bevestigd = eersteOpvangBevestigdOp <= nu ? eersteOpvangBevestigdOp : null;
        var vervolg = vervolgGeregeldOp <= nu ? vervolgGeregeldOp : null;
        var einde = gevondenOp + opties.Duur;

        // The end of the crisis phase is always an escalation moment, also when the settings do not list it.
        var vervolgMomenten = opties.VervolgEscalatiesNa.Append(opties.Duur).Distinct();
        var escalaties = new[] { Maak(Stap.EersteOpvang, opties.EersteOpvangEscalatieNa, gevondenOp, nu, bevestigd) }
            .Concat(vervolgMomenten.Select(na => Maak(Stap.Vervolgplaatsing, na, gevondenOp, nu, vervolg)))
            .OrderBy(e => e.Op).ThenBy(e => e.Stap)
            .ToList();

        return new Klok36Uur
        {
            GevondenOp = gevondenOp,
            Nu = nu,
            Einde = einde,
            EersteOpvangGeregeld = bevestigd is not null,
            EersteStapBinnenCrisisfase = bevestigd <= einde,
            EersteOpvangVastgehouden = vastgehouden is not null || bevestigd is not null,
            WachttijdEersteOpvang = NietNegatief((bevestigd ?? nu) - gevondenOp),
            VervolgGeregeld = vervolg is not null,
            ResterendVoorVervolg = NietNegatief(einde - nu),
            VervolgNietGeregeldBijEinde = nu >= einde && !(vervolg <= einde),
            Escalaties = escalaties,
        };
    }

    private static Escalatie Maak(Stap stap, TimeSpan na, DateTimeOffset gevondenOp, DateTimeOffset nu, DateTimeOffset? gebeurtenis)
    {
        var op = gevondenOp + na;
        var status = gebeurtenis <= op ? EscalatieStatus.Overbodig
            : nu >= op ? EscalatieStatus.Bereikt
            : EscalatieStatus.NogNiet;
        return new Escalatie(stap, na, op, status);
    }

    private static TimeSpan NietNegatief(TimeSpan t) => t < TimeSpan.Zero ? TimeSpan.Zero : t;
}
