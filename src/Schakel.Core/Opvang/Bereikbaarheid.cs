namespace Schakel.Core.Opvang;

public enum Bereikbaarheidsstatus
{
    Bereikbaar,
    NietBereikbaar,

    /// <summary>No hours are known (or they cannot be read): the board says so rather than guess.</summary>
    Onbekend,
}

/// <summary>Whether a party can be reached at a moment, from its contact data: a 24/7 flag and/or opening hours.</summary>
public static class Bereikbaarheid
{
    public static Bereikbaarheidsstatus Op(bool altijdBereikbaar, string? openingstijden, DateTimeOffset moment)
    {
        if (altijdBereikbaar)
        {
            return Bereikbaarheidsstatus.Bereikbaar;
        }

        if (string.IsNullOrWhiteSpace(openingstijden) || !Openingstijden.TryParse(openingstijden, out var tijden, out _))
        {
            return Bereikbaarheidsstatus.Onbekend;
        }

        return tijden.IsOpenOp(moment) ? Bereikbaarheidsstatus.Bereikbaar : Bereikbaarheidsstatus.NietBereikbaar;
    }
}
