namespace Schakel.Core.Opvang;

/// <summary>
/// The 36-hour clock of one placement request at one moment. Build it with <see cref="Bereken"/>.
/// The 36 hours are not a deadline for the first bed (that is due at once) but the first phase, within which the
/// long-term place must be arranged.
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

    public bool EersteOpvangGeregeld { get; private init; }

    /// <summary>From finding to the first place held or placed, or to now while there is none.</summary>
    public TimeSpan WachttijdEersteOpvang { get; private init; }

    public bool VervolgGeregeld { get; private init; }

    /// <summary>Time left to arrange the long-term place; zero once the end has passed.</summary>
    public TimeSpan ResterendVoorVervolg { get; private init; }

    public bool IsVerstreken => Nu >= Einde;

    /// <summary>The step a new hold serves: the first place until one is held, then the long-term place; <c>null</c> when both are done.</summary>
    public Stap? HuidigeStap => !EersteOpvangGeregeld ? Stap.EersteOpvang : !VervolgGeregeld ? Stap.Vervolgplaatsing : null;

    /// <summary>The end passed without the long-term place arranged at or before it: unmet demand.</summary>
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

    /// <param name="eersteOpvangOp">When the first place was held or placed, if so.</param>
    /// <param name="vervolgGeregeldOp">When the long-term place was arranged, if so.</param>
    public static Klok36Uur Bereken(
        DateTimeOffset gevondenOp,
        DateTimeOffset nu,
        DateTimeOffset? eersteOpvangOp,
        DateTimeOffset? vervolgGeregeldOp,
        KlokOpties? opties = null)
    {
        opties ??= KlokOpties.Standaard;
        var eerste = eersteOpvangOp <= nu ? eersteOpvangOp : null;
        var vervolg = vervolgGeregeldOp <= nu ? vervolgGeregeldOp : null;
        var einde = gevondenOp + opties.Duur;

        var escalaties = new[] { Maak(Stap.EersteOpvang, opties.EersteOpvangEscalatieNa, gevondenOp, nu, eerste) }
            .Concat(opties.VervolgEscalatiesNa.Select(na => Maak(Stap.Vervolgplaatsing, na, gevondenOp, nu, vervolg)))
            .OrderBy(e => e.Op).ThenBy(e => e.Stap)
            .ToList();

        return new Klok36Uur
        {
            GevondenOp = gevondenOp,
            Nu = nu,
            Einde = einde,
            EersteOpvangGeregeld = eerste is not null,
            WachttijdEersteOpvang = NietNegatief((eerste ?? nu) - gevondenOp),
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
