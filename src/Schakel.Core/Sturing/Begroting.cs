namespace Schakel.Core.Sturing;

/// <summary>
/// One row of a published budget table with its amount in one year (the national programme's tables are in
/// thousands of euros). A row may cover several actions ("3 en 4") and is numbered as the table prints it,
/// which is not always how the text numbers the action.
/// </summary>
public sealed record Begrotingspost(int Actielijn, string Label, IReadOnlyList<string> ActieNummers, int Jaar, decimal Bedrag);

public static class Begroting
{
    /// <summary>Each row counted once, also when it covers more than one action.</summary>
    public static IReadOnlyDictionary<(int Actielijn, int Jaar), decimal> TotaalPerLijnEnJaar(IEnumerable<Begrotingspost> posten) =>
        posten.GroupBy(p => (p.Actielijn, p.Jaar)).ToDictionary(g => g.Key, g => g.Sum(p => p.Bedrag));

    /// <summary>What is planned for an action in a year: rows naming only this action, and the shared rows it is part of.</summary>
    public static decimal VoorActie(IEnumerable<Begrotingspost> posten, int actielijn, string nummer, int jaar) =>
        posten.Where(p => p.Actielijn == actielijn && p.Jaar == jaar && p.ActieNummers.Contains(nummer)).Sum(p => p.Bedrag);
}
