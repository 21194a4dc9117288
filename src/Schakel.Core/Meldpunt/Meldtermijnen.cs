namespace Schakel.Core.Meldpunt;

/// <summary>
/// The two deadlines the EU whistleblower directive (2019/1937, art. 9) sets for a reporting channel:
/// acknowledge receipt within 7 days, give feedback within 3 months of that acknowledgement.
/// </summary>
public static class Meldtermijnen
{
    public static readonly TimeSpan Ontvangstbevestiging = TimeSpan.FromDays(7);
    public const int TerugkoppelingMaanden = 3;

    public static DateTimeOffset OntvangstbevestigingUiterlijk(DateTimeOffset ontvangenOp) => ontvangenOp + Ontvangstbevestiging;

    public static DateTimeOffset TerugkoppelingUiterlijk(DateTimeOffset ontvangenOp) => ontvangenOp.AddMonths(TerugkoppelingMaanden);

    public static Termijnstand Stand(DateTimeOffset ontvangenOp, DateTimeOffset? bevestigdOp, DateTimeOffset? teruggekoppeldOp, DateTimeOffset nu) => new(
        Bevestiging: Beoordeel(OntvangstbevestigingUiterlijk(ontvangenOp), bevestigdOp, nu),
        Terugkoppeling: Beoordeel(TerugkoppelingUiterlijk(ontvangenOp), teruggekoppeldOp, nu),
        BevestigingUiterlijk: OntvangstbevestigingUiterlijk(ontvangenOp),
        TerugkoppelingUiterlijk: TerugkoppelingUiterlijk(ontvangenOp));

    private static TermijnToestand Beoordeel(DateTimeOffset uiterlijk, DateTimeOffset? gedaanOp, DateTimeOffset nu) => gedaanOp switch
    {
        { } op when op <= uiterlijk => TermijnToestand.OpTijd,
        { } => TermijnToestand.TeLaat,
        null when nu > uiterlijk => TermijnToestand.Verlopen,
        null => TermijnToestand.Lopend,
    };
}

public enum TermijnToestand
{
    /// <summary>Not done yet, still in time.</summary>
    Lopend,
    /// <summary>Done within the deadline.</summary>
    OpTijd,
    /// <summary>Done, but after the deadline.</summary>
    TeLaat,
    /// <summary>Not done and the deadline has passed: overdue.</summary>
    Verlopen,
}

public sealed record Termijnstand(TermijnToestand Bevestiging, TermijnToestand Terugkoppeling, DateTimeOffset BevestigingUiterlijk, DateTimeOffset TerugkoppelingUiterlijk)
{
    public bool TeLaat => Bevestiging == TermijnToestand.Verlopen || Terugkoppeling == TermijnToestand.Verlopen;
}
