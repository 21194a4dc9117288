using Schakel.Core.Audit;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Api;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Audit;

/// <summary>GET /api/v1/audit/verificatie: a beheerder or the data protection officer checks the hash chain of the audit trail.</summary>
public static class AuditModule
{
    public static WebApplication MapAudit(this WebApplication app)
    {
        app.MapApiV1("/audit").MapGet("/verificatie", async (AuditTrail audit, HttpContext http, CancellationToken ct) =>
            {
                var uitkomst = await audit.VerifieerAsync(ct);
                await audit.SchrijfAsync(http.User.AlsActor(), "audit.verificatie", "audittrail", null,
                    uitkomst.Intact ? AuditResultaat.Gelukt : AuditResultaat.Mislukt, Herkomst.Api, ct);
                return TypedResults.Ok(uitkomst);
            })
            .VereistApiRol(Rollen.Beheerder, Rollen.FunctionarisGegevensbescherming)
            .Produces<VerificatieUitkomst>()
            .WithTags("Audit")
            .WithSummary("Controleer de hashketen van de audittrail");
        return app;
    }
}
