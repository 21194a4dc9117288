using System.Security.Claims;
using Schakel.Core.Meldpunt;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Meldpunt.Intake;

/// <summary>
/// Who hands in a report and through which channel. Decides whether a receipt code is handed out: not for a
/// signed-in professional reporting for their own organisation (the follow-up is in their inbox).
/// </summary>
public sealed record Indiener(Kanaal Kanaal, Guid? OrganisatieId, Guid? MedewerkerId, string? Client, AuditActor Actor, string Herkomst)
{
    public bool KrijgtOntvangstcode => MedewerkerId is null;

    /// <summary>Anyone, anonymous: the public form (web) or the public API.</summary>
    public static Indiener Publiek(string herkomst = Security.Audit.Herkomst.Web) =>
        new(herkomst == Security.Audit.Herkomst.Api ? Kanaal.Api : Kanaal.Web, null, null, null, AuditActor.Anoniem, herkomst);

    /// <summary>A signed-in professional reporting or asking for advice from their own account.</summary>
    public static Indiener Professional(ClaimsPrincipal gebruiker) => new(
        Kanaal.Portaal, gebruiker.OrganisatieId(),
        Guid.TryParse(gebruiker.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
        null, gebruiker.AlsActor(), Security.Audit.Herkomst.Web);

    /// <summary>A partner system with a client token; it may say through which channel it got the report.</summary>
    public static Indiener Partner(ClaimsPrincipal client, Kanaal? kanaal) => new(
        kanaal ?? Kanaal.Api, client.OrganisatieId(), null, client.FindFirstValue(SchakelClaims.ClientId),
        client.AlsActor(), Security.Audit.Herkomst.Api);

    /// <summary>
    /// Staff taking a report by phone or at the desk for a caller: the caller is the reporter and gets the
    /// code; the staff member is only the actor in the audit trail.
    /// </summary>
    public static Indiener NamensMelder(ClaimsPrincipal medewerker, Kanaal kanaal) => new(
        kanaal is Kanaal.Telefoon or Kanaal.Balie ? kanaal : throw new ArgumentOutOfRangeException(nameof(kanaal)),
        null, null, null, medewerker.AlsActor(), Security.Audit.Herkomst.Web);
}
