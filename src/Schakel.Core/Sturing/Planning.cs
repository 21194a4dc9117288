using System.Globalization;

namespace Schakel.Core.Sturing;

/// <summary>
/// When an action is planned, as a plan publishes it: in whole years (the national programme's ticks), in
/// quarters of the plan year ("Q2-Q3" in the regional plan) or "doorlopend" (every quarter of the plan's years).
/// The published words are kept beside the parsed form, so a report shows what the plan said.
/// </summary>
public sealed record Planning(string Tekst, IReadOnlyList<int> Jaren, IReadOnlyList<Kwartaal> Kwartalen, bool Doorlopend)
{
    public static Planning InJaren(params int[] jaren) =>
        new(string.Join(", ", jaren.Select(j => j.ToString(CultureInfo.InvariantCulture))), jaren, [], false);

    public static Planning DoorlopendIn(params int[] jaren) => new("Doorlopend", jaren, [], true);

    /// <summary>Reads the regional plan's "Q2-Q3", "Q1", "Doorlopend" for the plan year <paramref name="jaar"/>.</summary>
    public static Planning UitKwartaaltekst(string tekst, int jaar)
    {
        var t = tekst.Trim();
        if (t.Equals("Doorlopend", StringComparison.OrdinalIgnoreCase))
        {
            return DoorlopendIn(jaar);
        }
        var delen = t.Split('-', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (delen.Length is < 1 or > 2 || delen.Any(d => d.Length != 2 || char.ToUpperInvariant(d[0]) != 'Q' || d[1] is < '1' or > '4'))
        {
            throw new FormatException($"Onbekende kwartaalplanning '{tekst}'.");
        }
        var van = delen[0][1] - '0';
        var tot = delen[^1][1] - '0';
        return new Planning(t, [jaar], [.. Enumerable.Range(van, tot - van + 1).Select(n => new Kwartaal(jaar, n))], false);
    }

    /// <summary>Whether the action is planned in (some part of) the quarter: the regiegroep report lists exactly these.</summary>
    public bool IsGeplandIn(Kwartaal kwartaal) =>
        Kwartalen.Count > 0 ? Kwartalen.Contains(kwartaal) : Jaren.Contains(kwartaal.Jaar);

    /// <summary>Storage form: "2024Q2;2024Q3" or "2024;2025", and "*" in front for doorlopend.</summary>
    public string Opslag =>
        (Doorlopend ? "*" : "") + (Kwartalen.Count > 0
            ? string.Join(';', Kwartalen.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Jaar}Q{k.Nummer}")))
            : string.Join(';', Jaren.Select(j => j.ToString(CultureInfo.InvariantCulture))));

    public static Planning UitOpslag(string tekst, string opslag)
    {
        var doorlopend = opslag.StartsWith('*');
        var delen = opslag.TrimStart('*').Split(';', StringSplitOptions.RemoveEmptyEntries);
        var kwartalen = delen.Where(d => d.Contains('Q', StringComparison.Ordinal))
            .Select(d => new Kwartaal(int.Parse(d[..4], CultureInfo.InvariantCulture), d[5] - '0')).ToList();
        var jaren = kwartalen.Count > 0
            ? kwartalen.Select(k => k.Jaar).Distinct().ToList()
            : delen.Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToList();
        return new Planning(tekst, jaren, kwartalen, doorlopend);
    }
}
