using System.Globalization;

namespace Schakel.Core.Opvang;

/// <summary>
/// When a party can be reached, in Europe/Amsterdam wall-clock time.
/// </summary>
/// <remarks>
/// Format, case-insensitive, spaces free:
/// <list type="bullet">
/// <item><c>24/7</c> — always.</item>
/// <item>Otherwise blocks separated by <c>;</c>, each <c>DAYS TIMES</c>. DAYS is a day (<c>ma di wo do vr za zo</c>),
/// a range (<c>ma-vr</c>) or a comma list of these (<c>ma-do,za</c>). TIMES is one or more <c>HH:MM-HH:MM</c>
/// separated by commas; <c>24:00</c> may end a window, and an end before the start runs past midnight into the
/// next day (<c>vr 22:00-02:00</c>).</item>
/// </list>
/// Example: <c>ma-vr 09:00-12:30,13:30-17:00; za 10:00-14:00</c>. Public holidays are not modelled.
/// A day not named is a day without hours.
/// </remarks>
public sealed class Openingstijden
{
    private const int MinutenPerDag = 24 * 60;
    private const int MinutenPerWeek = 7 * MinutenPerDag;
    private static readonly string[] Dagen = ["ma", "di", "wo", "do", "vr", "za", "zo"];
    private static readonly Lazy<TimeZoneInfo> Amsterdam = new(() => TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));

    /// <summary>Windows as (start, end) minutes from Monday 00:00; an end may pass the week's end.</summary>
    private readonly IReadOnlyList<(int Start, int Eind)> _vensters;

    private Openingstijden(bool altijd, IReadOnlyList<(int, int)> vensters, string tekst)
    {
        Altijd = altijd;
        _vensters = vensters;
        Tekst = tekst;
    }

    public static Openingstijden AltijdBereikbaar { get; } = new(true, [], "24/7");

    public bool Altijd { get; }

    /// <summary>The text as given, trimmed.</summary>
    public string Tekst { get; }

    public override string ToString() => Tekst;

    /// <summary>Whether a Europe/Amsterdam wall-clock time falls in a window.</summary>
    public bool IsOpen(DateTime lokaleTijd)
    {
        if (Altijd)
        {
            return true;
        }

        var dag = ((int)lokaleTijd.DayOfWeek + 6) % 7;
        var minuut = (dag * MinutenPerDag) + (lokaleTijd.Hour * 60) + lokaleTijd.Minute;
        return _vensters.Any(v => Binnen(minuut, v) || Binnen(minuut + MinutenPerWeek, v));
    }

    /// <summary>Whether an instant falls in a window, converted to Europe/Amsterdam time.</summary>
    public bool IsOpenOp(DateTimeOffset moment) => IsOpen(NaarAmsterdam(moment));

    /// <summary>
    /// When the party can next be reached: <paramref name="moment"/> itself while open, else the start of the next
    /// window; <c>null</c> when no window is known. Lets the board say "bereikbaar vanaf ma 09:00".
    /// </summary>
    public DateTimeOffset? VolgendeOpening(DateTimeOffset moment)
    {
        if (IsOpenOp(moment))
        {
            return moment;
        }

        if (_vensters.Count == 0)
        {
            return null;
        }

        var lokaal = NaarAmsterdam(moment);
        var lokaleMinuut = new DateTime(lokaal.Year, lokaal.Month, lokaal.Day, lokaal.Hour, lokaal.Minute, 0, DateTimeKind.Unspecified);
        var minuut = ((((int)lokaal.DayOfWeek + 6) % 7) * MinutenPerDag) + (lokaal.Hour * 60) + lokaal.Minute;
        var wachten = _vensters.Min(v => (((v.Start - minuut) % MinutenPerWeek) + MinutenPerWeek) % MinutenPerWeek);
        var opening = lokaleMinuut.AddMinutes(wachten);

        // A start inside the spring-forward gap gets the standard offset, which is the moment the clock shows it.
        return new DateTimeOffset(opening, Amsterdam.Value.GetUtcOffset(opening));
    }

    public static DateTime NaarAmsterdam(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Amsterdam.Value).DateTime;

    private static bool Binnen(int minuut, (int Start, int Eind) venster) => minuut >= venster.Start && minuut < venster.Eind;

    public static Openingstijden Parse(string tekst) =>
        TryParse(tekst, out var resultaat, out string fout) ? resultaat : throw new FormatException(fout);

    /// <summary>On failure <paramref name="fout"/> says in Dutch what is wrong, for a 400 response.</summary>
    public static bool TryParse(string? tekst, out Openingstijden resultaat, out string fout)
    {
        var gelukt = TryParse(tekst, out resultaat, out Teksten.Bericht? bericht);
        fout = bericht?.Nederlands ?? "";
        return gelukt;
    }

    /// <summary>On failure <paramref name="fout"/> says what is wrong, with its code for the reader's language.</summary>
    public static bool TryParse(string? tekst, out Openingstijden resultaat, out Teksten.Bericht? fout)
    {
        resultaat = AltijdBereikbaar;
        fout = null;
        var invoer = (tekst ?? "").Trim().ToLowerInvariant();
        if (invoer == "24/7")
        {
            return true;
        }

        var vensters = new List<(int, int)>();
        var blokken = invoer.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (blokken.Length == 0)
        {
            fout = Teksten.Bericht.Van(Opvangfoutberichten.OpeningstijdenLeeg, "Geef openingstijden, bijvoorbeeld \"ma-vr 09:00-17:00\" of \"24/7\".");
            return false;
        }

        foreach (var blok in blokken)
        {
            var delen = blok.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (delen.Length != 2 || LeesDagen(delen[0]) is not { } dagen || LeesTijden(delen[1].Replace(" ", "", StringComparison.Ordinal)) is not { } tijden)
            {
                fout = Teksten.Bericht.Van(Opvangfoutberichten.OpeningstijdenOnbegrijpelijk, "Onbegrijpelijk deel \"{0}\": verwacht bijvoorbeeld \"ma-vr 09:00-17:00\".", blok);
                return false;
            }

            vensters.AddRange(dagen.SelectMany(d => tijden.Select(t => ((d * MinutenPerDag) + t.Van, (d * MinutenPerDag) + t.Tot))));
        }

        resultaat = new Openingstijden(false, vensters, (tekst ?? "").Trim());
        return true;
    }

    private static List<int>? LeesDagen(string tekst)
    {
        var dagen = new List<int>();
        foreach (var deel in tekst.Split(','))
        {
            var grenzen = deel.Split('-');
            var van = Array.IndexOf(Dagen, grenzen[0]);
            var tot = grenzen.Length == 2 ? Array.IndexOf(Dagen, grenzen[1]) : van;
            if (grenzen.Length > 2 || van < 0 || tot < 0)
            {
                return null;
            }

            // A range may wrap the week (za-ma).
            for (var d = van; ; d = (d + 1) % 7)
            {
                dagen.Add(d);
                if (d == tot)
                {
                    break;
                }
            }
        }

        return dagen;
    }

    private static List<(int Van, int Tot)>? LeesTijden(string tekst)
    {
        var tijden = new List<(int, int)>();
        foreach (var deel in tekst.Split(','))
        {
            var grenzen = deel.Split('-');
            if (grenzen.Length != 2 || LeesTijd(grenzen[0]) is not { } van || van == MinutenPerDag || LeesTijd(grenzen[1]) is not { } tot || van == tot)
            {
                return null;
            }

            tijden.Add((van, tot > van ? tot : tot + MinutenPerDag));
        }

        return tijden;
    }

    /// <summary>"HH:MM" as minutes after midnight; 24:00 is 1440.</summary>
    private static int? LeesTijd(string tekst)
    {
        if (tekst.Length != 5 || tekst[2] != ':'
            || !int.TryParse(tekst.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var uur)
            || !int.TryParse(tekst.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minuut)
            || minuut > 59 || uur > 24 || (uur == 24 && minuut != 0))
        {
            return null;
        }

        return (uur * 60) + minuut;
    }
}
