namespace Schakel.Core.Opvang;

/// <summary>A victim's stay in a pool: admission, and later discharge with where the person went.</summary>
public sealed record Plaatsing(DateTimeOffset OpgenomenOp, DateTimeOffset? OntslagenOp = null, Uitstroom? Uitstroom = null)
{
    public bool IsBeeindigd => OntslagenOp is not null;

    /// <summary>Length of stay: to discharge, or to <paramref name="nu"/> while still admitted.</summary>
    public TimeSpan Verblijfsduur(DateTimeOffset nu)
    {
        var eind = OntslagenOp ?? nu;
        return eind > OpgenomenOp ? eind - OpgenomenOp : TimeSpan.Zero;
    }

    public Plaatsing Ontslaan(DateTimeOffset op, Uitstroom waarheen)
    {
        if (IsBeeindigd)
        {
            throw new InvalidOperationException("Deze plaatsing is al beëindigd.");
        }

        if (op < OpgenomenOp)
        {
            throw new ArgumentOutOfRangeException(nameof(op), "Het ontslag ligt vóór de opname.");
        }

        return this with { OntslagenOp = op, Uitstroom = waarheen };
    }
}
