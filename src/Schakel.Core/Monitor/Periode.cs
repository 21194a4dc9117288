using System.Globalization;

namespace Schakel.Core.Monitor;

public enum PeriodeSoort
{
    Jaar,
    Kwartaal,
    Maand,
}

/// <summary>
/// A calendar period in Dutch time: a year ("2026"), a quarter ("2026-K3") or a month ("2026-07"). Moments are
/// compared in Europe/Amsterdam, so a report received at 23:30 on 31 March counts in the first quarter.
/// </summary>
public readonly record struct Periode(int Jaar, PeriodeSoort Soort, int Nummer)
{
    private static readonly TimeZoneInfo Nederland = ZoekZone();

    public static Periode VanJaar(int jaar) => new(jaar, PeriodeSoort.Jaar, 0);
    public static Periode VanKwartaal(int jaar, int kwartaal) => new(jaar, PeriodeSoort.Kwartaal, kwartaal);
    public static Periode VanMaand(int jaar, int maand) => new(jaar, PeriodeSoort.Maand, maand);

    public DateTime Begin => Soort switch
    {
        PeriodeSoort.Jaar => new DateTime(Jaar, 1, 1),
        PeriodeSoort.Kwartaal => new DateTime(Jaar, (Nummer - 1) * 3 + 1, 1),
        _ => new DateTime(Jaar, Nummer, 1),
    };

    public DateTime Einde => Soort switch
    {
        PeriodeSoort.Jaar => Begin.AddYears(1),
        PeriodeSoort.Kwartaal => Begin.AddMonths(3),
        _ => Begin.AddMonths(1),
    };

    /// <summary>
    /// The instant the period begins (in UTC), so a database can select a period exactly without knowing Dutch time. A
    /// period begins at midnight on the first of a month, which is never in a clock change's gap in the Netherlands.
    /// </summary>
    public DateTimeOffset BeginMoment => new(TimeZoneInfo.ConvertTimeToUtc(Begin, Nederland), TimeSpan.Zero);

    /// <summary>The instant the period ends (exclusive), in UTC.</summary>
    public DateTimeOffset EindeMoment => new(TimeZoneInfo.ConvertTimeToUtc(Einde, Nederland), TimeSpan.Zero);

    public static DateTime Lokaal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Nederland).DateTime;

    public bool Bevat(DateTimeOffset moment)
    {
        var lokaal = Lokaal(moment);
        return lokaal >= Begin && lokaal < Einde;
    }

    /// <summary>A period is finished once its last day has passed in Dutch time; only finished periods are public.</summary>
    public bool IsAfgerond(DateTimeOffset nu) => Lokaal(nu) >= Einde;

    public static Periode KwartaalVan(DateTimeOffset moment)
    {
        var lokaal = Lokaal(moment);
        return VanKwartaal(lokaal.Year, (lokaal.Month - 1) / 3 + 1);
    }

    public IReadOnlyList<Periode> Kwartalen() => Soort switch
    {
        PeriodeSoort.Jaar => [VanKwartaal(Jaar, 1), VanKwartaal(Jaar, 2), VanKwartaal(Jaar, 3), VanKwartaal(Jaar, 4)],
        PeriodeSoort.Kwartaal => [this],
        _ => [],
    };

    public override string ToString() => Soort switch
    {
        PeriodeSoort.Jaar => Jaar.ToString(CultureInfo.InvariantCulture),
        PeriodeSoort.Kwartaal => string.Create(CultureInfo.InvariantCulture, $"{Jaar}-K{Nummer}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Jaar}-{Nummer:00}"),
    };

    public static bool TryParse(string? tekst, out Periode periode)
    {
        periode = default;
        if (string.IsNullOrWhiteSpace(tekst) || tekst.Length < 4
            || !int.TryParse(tekst.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var jaar)
            || jaar < 1990 || jaar > 2999)
        {
            return false;
        }

        if (tekst.Length == 4)
        {
            periode = VanJaar(jaar);
            return true;
        }

        if (tekst.Length == 7 && tekst[4] == '-' && (tekst[5] == 'K' || tekst[5] == 'k')
            && tekst[6] is >= '1' and <= '4')
        {
            periode = VanKwartaal(jaar, tekst[6] - '0');
            return true;
        }

        if (tekst.Length == 7 && tekst[4] == '-'
            && int.TryParse(tekst.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var maand)
            && maand is >= 1 and <= 12)
        {
            periode = VanMaand(jaar, maand);
            return true;
        }

        return false;
    }

    private static TimeZoneInfo ZoekZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
