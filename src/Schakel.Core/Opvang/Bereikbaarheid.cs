using Schakel.Core.Teksten;

namespace Schakel.Core.Opvang;

public enum Bereikbaarheidsstatus
{
    Bereikbaar,
    NietBereikbaar,

    /// <summary>No hours are known (or they cannot be read): the board says so rather than guess.</summary>
    Onbekend,
}

/// <summary>Reachability with, when closed, the next opening and a Dutch phrase for the board or a 403 detail.</summary>
public sealed record Bereikbaarheidsoordeel(Bereikbaarheidsstatus Status, DateTimeOffset? VolgendeOpening, Bericht Bericht)
{
    public string Omschrijving => Bericht.Nederlands;
}

/// <summary>Whether a party can be reached at a moment, from its contact data: a 24/7 flag and/or opening hours.</summary>
public static class Bereikbaarheid
{
    private static readonly string[] Dagen = ["zo", "ma", "di", "wo", "do", "vr", "za"];

    public static Bereikbaarheidsstatus Op(bool altijdBereikbaar, string? openingstijden, DateTimeOffset moment) =>
        Bepaal(altijdBereikbaar, openingstijden, moment).Status;

    public static Bereikbaarheidsoordeel Bepaal(bool altijdBereikbaar, string? openingstijden, DateTimeOffset moment)
    {
        if (altijdBereikbaar)
        {
            return new(Bereikbaarheidsstatus.Bereikbaar, moment, Bericht.Van(Opvangfoutberichten.AltijdBereikbaar, "dag en nacht bereikbaar"));
        }

        if (string.IsNullOrWhiteSpace(openingstijden) || !Openingstijden.TryParse(openingstijden, out var tijden, out string _))
        {
            return new(Bereikbaarheidsstatus.Onbekend, null, Bericht.Van(Opvangfoutberichten.BereikbaarheidOnbekend, "bereikbaarheid onbekend"));
        }

        if (tijden.IsOpenOp(moment))
        {
            return new(Bereikbaarheidsstatus.Bereikbaar, moment, Bericht.Van(Opvangfoutberichten.NuBereikbaar, "nu bereikbaar ({0})", tijden.Tekst));
        }

        var volgende = tijden.VolgendeOpening(moment);
        var bericht = volgende is { } v
            ? Bericht.Van(Opvangfoutberichten.WeerBereikbaar, "nu niet bereikbaar; weer bereikbaar {0} ({1})",
                Wanneer(Openingstijden.NaarAmsterdam(v), Openingstijden.NaarAmsterdam(moment)), tijden.Tekst)
            : Bericht.Van(Opvangfoutberichten.NietBereikbaar, "nu niet bereikbaar ({0})", tijden.Tekst);
        return new(Bereikbaarheidsstatus.NietBereikbaar, volgende, bericht);
    }

    /// <summary>"om 09:00" today, "morgen om 09:00", else "ma om 09:00" (always within a week).</summary>
    private static Bericht Wanneer(DateTime lokaal, DateTime nuLokaal)
    {
        var tijd = lokaal.ToString("HH\\:mm", System.Globalization.CultureInfo.InvariantCulture);
        var dagen = (lokaal.Date - nuLokaal.Date).Days;
        return dagen switch
        {
            0 => Bericht.Van(Opvangfoutberichten.Vandaag, "om {0}", tijd),
            1 => Bericht.Van(Opvangfoutberichten.Morgen, "morgen om {0}", tijd),
            _ => Bericht.Van(Opvangfoutberichten.OpDag, "{0} om {1}", new Bericht($"dag.{Dagen[(int)lokaal.DayOfWeek]}", Dagen[(int)lokaal.DayOfWeek], []), tijd),
        };
    }
}
