namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// One rule of the reporting route. <see cref="Code"/> is stable across versions; a change to a rule
/// is a new <see cref="Versie"/>, so a decision that recorded code and version can always be explained.
/// </summary>
public sealed record MeldrouteRegel
{
    /// <summary>Position in the route; rules are evaluated in this order.</summary>
    public required int Nummer { get; init; }

    public required string Code { get; init; }

    public int Versie { get; init; } = 1;

    public required string Naam { get; init; }

    public bool Actief { get; init; } = true;

    public RegelVoorwaarden Voorwaarden { get; init; } = new();

    public required IReadOnlyList<RegelUitkomst> Uitkomsten { get; init; }
}
