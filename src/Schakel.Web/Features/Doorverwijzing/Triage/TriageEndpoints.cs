using Schakel.Web.Features.Api;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Triage;

/// <summary>GET/PUT /api/v1/meldingen/{id}/triage for the reporting point's staff systems.</summary>
internal static class TriageEndpoints
{
    public static void MapTriage(this WebApplication app)
    {
        var groep = app.MapApiV1("/meldingen");

        groep.MapGet("/{id:guid}/triage", async (Guid id, HttpContext http, TriageBehandeling triage, CancellationToken ct) =>
            await triage.LeesAsync(id, http.User, Herkomst.Api, ct) is { } stand
                ? Results.Ok(stand)
                : NietGevonden())
            .RequireAuthorization(DoorverwijzingBeleid.MeldingBehandelen);

        groep.MapPut("/{id:guid}/triage", async (Guid id, TriageInvoer invoer, HttpContext http, TriageBehandeling triage, CancellationToken ct) =>
        {
            var uitkomst = await triage.SlaOpAsync(id, http.User, invoer, Herkomst.Api, ct);
            return uitkomst.Resultaat switch
            {
                Handelingsresultaat.NietGevonden => NietGevonden(),
                Handelingsresultaat.Ongeldig => TypedResults.ValidationProblem(uitkomst.Fouten, detail: "Een of meer velden zijn ongeldig; zie errors.", title: "Ongeldige triage"),
                _ => Results.Ok(await triage.LeesAsync(id, http.User, Herkomst.Api, ct)),
            };
        }).RequireAuthorization(DoorverwijzingBeleid.MeldingBehandelen);
    }

    internal static IResult NietGevonden() =>
        Results.Problem(statusCode: 404, title: "Melding niet gevonden", detail: "Er is geen melding met dit id bij het meldpunt van uw organisatie.");
}
