namespace Schakel.Core.Opvang;

/// <summary>One append-only occupancy snapshot of a pool, as stored when staff change it.</summary>
public sealed record BezettingsSnapshot(Guid PlekkenpoolId, Opvangtype Type, DateTimeOffset Op, int Capaciteit, int Bezet, int BuitenGebruik);

/// <summary>Occupancy per shelter type at one moment: occupied over capacity, per type.</summary>
public sealed record Bezettingsmoment(DateTimeOffset Moment, IReadOnlyDictionary<Opvangtype, Aandeel> PerType);
