namespace Schakel.Core.Audit;

/// <summary>
/// The content of one audit entry. Only ids and codes, never personal data: the trail is read by
/// administrators and auditors who have no right to the data itself. <see cref="Reden"/> is a fixed code that
/// says why something was refused (for example which sharing rule), never free text.
/// </summary>
public sealed record AuditGegevens(
    long Volgnummer,
    DateTimeOffset Tijdstip,
    string ActorType,
    string? ActorId,
    Guid? OrganisatieId,
    string Actie,
    string ObjectType,
    string? ObjectId,
    string Resultaat,
    string Herkomst,
    string? Reden = null);
