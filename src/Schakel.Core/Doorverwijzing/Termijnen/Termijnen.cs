namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Deadlines for the first action on a report and for the reporter's acknowledgement and feedback.
/// A deadline is the first instant at which the item is late, in UTC. Acute is a clock deadline (day and
/// night); working-day deadlines end at midnight after the Nth working day following the day of receipt,
/// in Dutch time, skipping weekends and public holidays.
/// </summary>
public sealed class Termijnen
{
    private readonly TermijnOpties _opties;
    private readonly TimeZoneInfo _zone;

    public Termijnen(TermijnOpties? opties = null)
    {
        _opties = opties ?? new TermijnOpties();
        _zone = TimeZoneInfo.FindSystemTimeZoneById(_opties.Tijdzone);
    }

    public DateTimeOffset EersteActie(DateTimeOffset ontvangen, Urgentie urgentie) => urgentie switch
    {
        Urgentie.Acuut => ontvangen.ToUniversalTime() + _opties.Acuut,
        Urgentie.Hoog => EindeVanWerkdag(ontvangen, _opties.HoogWerkdagen),
        _ => EindeVanWerkdag(ontvangen, _opties.NormaalWerkdagen),
    };

    /// <summary>The reporter's acknowledgement: within 7 calendar days (EU directive 2019/1937, art. 9).</summary>
    public DateTimeOffset Ontvangstbevestiging(DateTimeOffset ontvangen) =>
        NaarUtc(Lokaal(ontvangen).AddDays(_opties.OntvangstbevestigingDagen));

    /// <summary>Feedback to the reporter: within 3 months of receipt (EU directive 2019/1937, art. 9).</summary>
    public DateTimeOffset Terugkoppeling(DateTimeOffset ontvangen) =>
        NaarUtc(Lokaal(ontvangen).AddMonths(_opties.TerugkoppelingMaanden));

    public bool IsWerkdag(DateOnly dag) =>
        dag.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !Feestdagen.IsFeestdag(dag, _opties.GoedeVrijdagIsVrij);

    /// <summary>The Nth working day after the given day (the day itself does not count).</summary>
    public DateOnly WerkdagNa(DateOnly dag, int aantal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(aantal);
        var geteld = 0;
        while (geteld < aantal)
        {
            dag = dag.AddDays(1);
            if (IsWerkdag(dag))
            {
                geteld++;
            }
        }

        return dag;
    }

    /// <summary>Overdue when not done and the deadline has come.</summary>
    public static bool IsVerlopen(DateTimeOffset termijn, DateTimeOffset nu, DateTimeOffset? afgehandeldOp = null) =>
        afgehandeldOp is null && nu >= termijn;

    /// <summary>Done, but after the deadline; for the monitor's time-to-act figures.</summary>
    public static bool IsTeLaatAfgehandeld(DateTimeOffset termijn, DateTimeOffset afgehandeldOp) => afgehandeldOp >= termijn;

    private DateTimeOffset EindeVanWerkdag(DateTimeOffset ontvangen, int werkdagen)
    {
        var laatsteDag = WerkdagNa(DateOnly.FromDateTime(Lokaal(ontvangen)), werkdagen);
        return NaarUtc(laatsteDag.AddDays(1).ToDateTime(TimeOnly.MinValue));
    }

    private DateTime Lokaal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, _zone).DateTime;

    private DateTimeOffset NaarUtc(DateTime lokaal)
    {
        // A local time in the spring-forward gap does not exist; move it by the hour the clock skips.
        if (_zone.IsInvalidTime(lokaal))
        {
            lokaal = lokaal.AddHours(1);
        }

        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(lokaal, DateTimeKind.Unspecified), _zone);
        return new DateTimeOffset(utc, TimeSpan.Zero);
    }
}
