namespace Schakel.Core.Opvang;

/// <summary>A bed pool as the matcher and the authority rules see it: what it is, where, whom it accepts and what is free.</summary>
public sealed record PlekkenpoolAanbod
{
    public required Guid Id { get; init; }

    public Guid OpvanglocatieId { get; init; }

    public string Naam { get; init; } = "";

    public required Opvangtype Type { get; init; }

    public required Fase Fase { get; init; }

    /// <summary>CBS code of the municipality the location lies in.</summary>
    public required string GemeenteCode { get; init; }

    /// <summary>Used in explanations when given; otherwise the code is shown.</summary>
    public string? GemeenteNaam { get; init; }

    /// <summary>
    /// CBS code of the municipality whose access point places in this pool, when that is not the location's own
    /// municipality (a central municipality serving its region).
    /// </summary>
    public string? ToegangGemeenteCode { get; init; }

    public string? ToegangGemeenteNaam { get; init; }

    /// <summary>Coordinates of the location, for distance; <c>null</c> when withheld.</summary>
    public Coordinaat? Locatie { get; init; }

    public PlekkenpoolCriteria Criteria { get; init; } = new();

    public required Beschikbaarheid Beschikbaarheid { get; init; }

    public string GemeenteWeergave => GemeenteNaam ?? GemeenteCode;
}
