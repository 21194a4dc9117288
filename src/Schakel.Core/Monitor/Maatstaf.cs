namespace Schakel.Core.Monitor;

/// <summary>How a measure's value is formed; decides whether it adds up along margins and how it is suppressed.</summary>
public enum MaatstafSoort
{
    /// <summary>A count of cases: additive over municipalities, districts and quarters; small counts are suppressed.</summary>
    Aantal,
    /// <summary>A share in percent of a denominator of cases: not additive; hidden when the denominator is a small number.</summary>
    Aandeel,
    /// <summary>A duration in hours (median and 90th percentile): not additive; hidden when based on a small number.</summary>
    Duur,
}

/// <summary>
/// One measure of the monitor with its single definition. The definitions page, the report and the API all show this
/// text, so a figure never means two things in two places.
/// </summary>
public sealed record Maatstaf(
    string Code,
    string Naam,
    string Definitie,
    string Eenheid,
    string Bron,
    MaatstafSoort Soort,
    IReadOnlyList<string> Uitsplitsingen);
