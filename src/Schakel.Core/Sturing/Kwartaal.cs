using System.Globalization;

namespace Schakel.Core.Sturing;

/// <summary>A calendar quarter, the period of the regiegroep's report.</summary>
public readonly record struct Kwartaal(int Jaar, int Nummer) : IComparable<Kwartaal>
{
    public static Kwartaal Van(DateOnly datum) => new(datum.Year, (datum.Month - 1) / 3 + 1);

    public static Kwartaal Van(DateTimeOffset moment) => Van(DateOnly.FromDateTime(moment.UtcDateTime));

    public DateOnly Begin => new(Jaar, (Nummer - 1) * 3 + 1, 1);

    public DateOnly Einde => Begin.AddMonths(3).AddDays(-1);

    public Kwartaal Volgende => Nummer == 4 ? new(Jaar + 1, 1) : new(Jaar, Nummer + 1);

    public Kwartaal Vorige => Nummer == 1 ? new(Jaar - 1, 4) : new(Jaar, Nummer - 1);

    /// <summary>The half-year (1 or 2) the quarter falls in: the Bestuurlijke Tafel reads two quarters at once.</summary>
    public int Halfjaar => Nummer <= 2 ? 1 : 2;

    public bool IsGeldig => Nummer is >= 1 and <= 4 && Jaar is >= 1900 and <= 2999;

    public int CompareTo(Kwartaal other) => (Jaar, Nummer).CompareTo((other.Jaar, other.Nummer));

    public static bool operator <(Kwartaal a, Kwartaal b) => a.CompareTo(b) < 0;
    public static bool operator >(Kwartaal a, Kwartaal b) => a.CompareTo(b) > 0;
    public static bool operator <=(Kwartaal a, Kwartaal b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Kwartaal a, Kwartaal b) => a.CompareTo(b) >= 0;

    /// <summary>"2024-Q2": the form in storage, URLs and exports.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Jaar}-Q{Nummer}");

    public static bool TryParse(string? tekst, out Kwartaal kwartaal)
    {
        kwartaal = default;
        if (tekst is not { Length: 7 } || tekst[4] != '-' || char.ToUpperInvariant(tekst[5]) != 'Q'
            || !int.TryParse(tekst.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var jaar)
            || !int.TryParse(tekst.AsSpan(6, 1), NumberStyles.None, CultureInfo.InvariantCulture, out var nummer))
        {
            return false;
        }
        kwartaal = new Kwartaal(jaar, nummer);
        return kwartaal.IsGeldig;
    }

    public static IEnumerable<Kwartaal> VanJaar(int jaar) => Enumerable.Range(1, 4).Select(n => new Kwartaal(jaar, n));
}
