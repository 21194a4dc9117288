namespace Schakel.Core.Opvang;

/// <summary>
/// The occupancy of one bed pool at one moment. <see cref="Beschikbaar"/> is always derived, never entered:
/// total − occupied − out of service − held, and never below zero (holds and a later occupancy update may overlap).
/// </summary>
public sealed record Beschikbaarheid
{
    public static readonly TimeSpan VersTot = TimeSpan.FromHours(2);
    public static readonly TimeSpan VerouderendTot = TimeSpan.FromHours(8);

    public Beschikbaarheid(int capaciteit, int bezet, int buitenGebruik, int gereserveerd, DateTimeOffset? bijgewerktOp)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capaciteit);
        ArgumentOutOfRangeException.ThrowIfNegative(bezet);
        ArgumentOutOfRangeException.ThrowIfNegative(buitenGebruik);
        ArgumentOutOfRangeException.ThrowIfNegative(gereserveerd);
        Capaciteit = capaciteit;
        Bezet = bezet;
        BuitenGebruik = buitenGebruik;
        Gereserveerd = gereserveerd;
        BijgewerktOp = bijgewerktOp;
    }

    public int Capaciteit { get; }

    public int Bezet { get; }

    public int BuitenGebruik { get; }

    /// <summary>Active holds.</summary>
    public int Gereserveerd { get; }

    /// <summary>Time of the last occupancy snapshot; <c>null</c> when staff never entered one.</summary>
    public DateTimeOffset? BijgewerktOp { get; }

    public int Beschikbaar => Math.Max(0, Capaciteit - Bezet - BuitenGebruik - Gereserveerd);

    public bool HeeftPlekVrij => Beschikbaar > 0;

    public Versheid VersheidOp(DateTimeOffset nu) => BepaalVersheid(BijgewerktOp, nu);

    /// <summary>Fresh below 2 h, ageing from 2 h up to and including 8 h, stale after; a time in the future counts as fresh.</summary>
    public static Versheid BepaalVersheid(DateTimeOffset? bijgewerktOp, DateTimeOffset nu)
    {
        if (bijgewerktOp is not { } op)
        {
            return Versheid.Verouderd;
        }

        var leeftijd = nu - op;
        return leeftijd < VersTot ? Versheid.Vers
            : leeftijd <= VerouderendTot ? Versheid.Verouderend
            : Versheid.Verouderd;
    }

    /// <summary>Checks what shelter staff enter for a pool (PUT bezetting); every problem at once.</summary>
    public static IReadOnlyList<Validatiefout> ValideerBezetting(int capaciteit, int bezet, int buitenGebruik)
    {
        var fouten = new List<Validatiefout>();
        if (bezet < 0)
        {
            fouten.Add(new("bezet", Opvangfoutberichten.BezetNegatief, "Bezet kan niet negatief zijn."));
        }

        if (buitenGebruik < 0)
        {
            fouten.Add(new("buitenGebruik", Opvangfoutberichten.BuitenGebruikNegatief, "Buiten gebruik kan niet negatief zijn."));
        }

        if (bezet >= 0 && buitenGebruik >= 0 && bezet + buitenGebruik > capaciteit)
        {
            fouten.Add(new("bezet", Opvangfoutberichten.MeerDanCapaciteit, "Bezet plus buiten gebruik ({0}) is meer dan de capaciteit ({1}).", bezet + buitenGebruik, capaciteit));
        }

        return fouten;
    }
}
