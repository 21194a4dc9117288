using System.Security.Claims;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Aandachtsfunctionarissen;

/// <summary>
/// Every read of focal officers' names and work contacts is recorded: they are personal data of the officers, even when published.
/// One entry per read of a list: who (ids), when, which list (<c>ObjectId</c>: <see cref="Meldroutekaart"/>, <see cref="Register"/>,
/// or the officer's id for one), and how many rows as the reason; never a name or a contact.
/// </summary>
public static class AandachtsfunctionarisInzage
{
    public const string Actie = "aandachtsfunctionarissen.ingezien";

    /// <summary>The professionals' route map, its list of active officers per municipality.</summary>
    public const string Meldroutekaart = "meldroutekaart";

    /// <summary>The register as its keeper reads it (page and API), every municipality or the own one.</summary>
    public const string Register = "register";

    public static Task SchrijfAsync(AuditTrail audit, ClaimsPrincipal wie, string lijst, int rijen, string herkomst, CancellationToken ct) =>
        audit.SchrijfAsync([new AuditInvoer(wie.AlsActor(), Actie, AandachtsfunctionarisBeheer.ObjectType, lijst, AuditResultaat.Gelukt, herkomst,
            $"rijen {rijen}")], ct);
}
