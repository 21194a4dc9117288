namespace Schakel.Core.Opvang;

public enum Bereikbaarheidsstatus
{
    Bereikbaar,
    NietBereikbaar,

    /// <summary>No hours are known (or they cannot be read): the board says so rather than guess.</summary>
    Onbekend,
}

/// <summary>Reachability with, when closed, the next opening and a Dutch phrase for the board or a 403 detail.</summary>
public sealed record Bereikbaarheidsoordeel(Bereikbaarheidsstatus Status, DateTimeOffset? VolgendeOpening, string Omschrijving);

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
            return new(Bereikbaarheidsstatus.Bereikbaar, moment, "dag en nacht bereikbaar");
        }

        if (string.IsNullOrWhiteSpace(openingstijden) || !Openingstijden.TryParse(openingstijden, out var tijden, out _))
        {
            return new(Bereikbaarheidsstatus.Onbekend, null, "bereikbaarheid onbekend");
        }

        if (tijden.IsOpenOp(moment))
        {
            return new(Bereikbaarheidsstatus.Bereikbaar, moment, $"nu bereikbaar ({tijden.Tekst})");
        }

        var volgende = tijden.VolgendeOpening(moment);
        var vanaf = volgende is { } v ? $"; weer bereikbaar {Wanneer(Openingstijden.NaarAmsterdam(v), Openingstijden.NaarAmsterdam(moment))}" : "";
        return new(Bereikbaarheidsstatus.NietBereikbaar, volgende, $"nu niet bereikbaar{vanaf} ({tijden.Tekst})");
    }

    /// <summary>"om 09:00" today, "morgen om 09:00", else "ma om 09:00" (always within a week).</summary>
    private static string Wanneer(DateTime lokaal, DateTime nuLokaal)
    {
        var tijd = $"om {lokaal:HH\\:mm}";
        var dagen = (lokaal.Date - nuLokaal.Date).Days;
        return dagen switch
        {
            0 => tijd,
            1 => $"morgen {tijd}",
            _ => $"{Dagen[(int)lokaal.DayOfWeek]} {tijd}",
        };
    }
}
