namespace Schakel.Core.Sturing;

/// <summary>The answer to one item of a municipality's basic level.</summary>
public enum Basisniveaustand
{
    Onbekend,
    Ja,
    Deels,
    Nee,
}

/// <summary>Whether a municipality meets the basic level (the VNG framework reports' three answers).</summary>
public enum Basisniveauoordeel
{
    Voldoet,
    VoldoetDeels,
    VoldoetNiet,
}

public static class Basisniveau
{
    /// <summary>
    /// Meets: every item "ja". Does not: no item "ja" or "deels". Otherwise partly. "Onbekend" never counts as
    /// met: a report to the VNG claims only what someone confirmed.
    /// </summary>
    public static Basisniveauoordeel Oordeel(IReadOnlyCollection<Basisniveaustand> standen) =>
        standen.Count > 0 && standen.All(s => s == Basisniveaustand.Ja) ? Basisniveauoordeel.Voldoet
        : standen.Any(s => s is Basisniveaustand.Ja or Basisniveaustand.Deels) ? Basisniveauoordeel.VoldoetDeels
        : Basisniveauoordeel.VoldoetNiet;

    /// <summary>The items that keep a municipality from meeting the basic level, in the checklist's order.</summary>
    public static IReadOnlyList<string> Ontbrekend(IEnumerable<(string Item, Basisniveaustand Stand)> standen) =>
        [.. standen.Where(s => s.Stand != Basisniveaustand.Ja).Select(s => s.Item)];

    /// <summary>A group (district, sub-region, region) per item: how many municipalities answer ja, deels, nee, onbekend.</summary>
    public static IReadOnlyDictionary<Basisniveaustand, int> Telling(IEnumerable<Basisniveaustand> standen)
    {
        var lijst = standen.ToList();
        return Enum.GetValues<Basisniveaustand>().ToDictionary(s => s, s => lijst.Count(x => x == s));
    }

    /// <summary>
    /// When the municipality's own evaluation is due: its interval after the last evaluation (or after adoption,
    /// when it was never evaluated). Null when neither date or no interval is known.
    /// </summary>
    public static DateOnly? EvaluatieVerwachtOp(DateOnly? vastgesteld, DateOnly? laatsteEvaluatie, int? intervalJaren) =>
        intervalJaren is > 0 && (laatsteEvaluatie ?? vastgesteld) is { } basis ? basis.AddYears(intervalJaren.Value) : null;
}
