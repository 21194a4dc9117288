using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Accounts;

/// <summary>
/// Every sign-in outcome in the audit trail: ids only, never the e-mail address typed or the password, so a
/// failed attempt with an unknown address is recorded as anonymous.
/// </summary>
public sealed class Aanmeldregistratie(AuditTrail audit)
{
    public const string Aanmelden = "aanmelden";
    public const string Afmelden = "afmelden";
    public const string ObjectType = "medewerker";

    public Task SchrijfAsync(Medewerker? medewerker, string resultaat, string actie = Aanmelden, CancellationToken ct = default) =>
        audit.SchrijfAsync(
            medewerker is null ? AuditActor.Anoniem : AuditActor.Medewerker(medewerker.Id, medewerker.OrganisatieId),
            actie, ObjectType, medewerker?.Id.ToString(), resultaat, Herkomst.Web, ct);
}
