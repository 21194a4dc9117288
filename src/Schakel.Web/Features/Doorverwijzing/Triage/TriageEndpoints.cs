using Schakel.Web.Features.Api;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Triage;

/// <summary>GET/PUT /api/v1/meldingen/{id}/triage for the reporting point's staff systems.</summary>
internal static class TriageEndpoints
{
    public static void MapTriage(this WebApplication app)
    {
        var groep = app.MapApiV1("/meldingen").WithTags("Doorverwijzing");

        groep.MapGet("/{id}/triage", async (Guid id, HttpContext http, TriageBehandeling triage, CancellationToken ct) =>
            await triage.LeesAsync(id, http.User, Herkomst.Api, ct) is { } stand
                ? Results.Ok(stand)
                : NietGevonden())
            .RequireAuthorization(DoorverwijzingBeleid.MeldingBehandelen)
            .WithSummary("De antwoorden van de melder en de nieuwste triage (met aanknopingspunten) van een eigen melding.")
            .Produces<TriageStand>().ProducesProblem(404);

        groep.MapPut("/{id}/triage", async (Guid id, TriageInvoer invoer, HttpContext http, TriageBehandeling triage, CancellationToken ct) =>
        {
            var uitkomst = await triage.SlaOpAsync(id, http.User, invoer, Herkomst.Api, ct);
            return uitkomst.Resultaat switch
            {
                Handelingsresultaat.NietGevonden => NietGevonden(),
                Handelingsresultaat.Ongeldig => TypedResults.ValidationProblem(uitkomst.Fouten, detail: "Een of meer velden zijn ongeldig; zie errors.", title: "Ongeldige triage"),
                _ => Results.Ok(await triage.LeesAsync(id, http.User, Herkomst.Api, ct)),
            };
        }).RequireAuthorization(DoorverwijzingBeleid.MeldingBehandelen)
            .WithSummary("Een nieuwe triage naast de melding; de eerste zet de melding in triage.")
            .Produces<TriageStand>().ProducesValidationProblem().ProducesProblem(404);
    }

    internal static IResult NietGevonden() =>
        Results.Problem(statusCode: 404, title: "Melding niet gevonden", detail: "Er is geen melding met dit id bij het meldpunt van uw organisatie.");
}
