namespace Schakel.Core.Opvang;

/// <summary>
/// Where the victim must not be placed, e.g. away from the place of exploitation.
/// The point to keep distance from is a coordinate, never an address.
/// </summary>
public sealed record Veiligheidseisen
{
    public static readonly Veiligheidseisen Geen = new();

    /// <summary>CBS codes of municipalities the pool must not lie in.</summary>
    public IReadOnlyList<string> UitgeslotenGemeenten { get; init; } = [];

    public Coordinaat? AfstandVan { get; init; }

    /// <summary>Minimum distance in km from <see cref="AfstandVan"/>; a pool without coordinates then fails, because safety cannot be shown.</summary>
    public double? MinimaleAfstandKm { get; init; }
}
