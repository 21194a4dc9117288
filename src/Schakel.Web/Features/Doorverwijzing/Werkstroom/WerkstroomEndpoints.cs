using System.Text.Json;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Doorverwijzing.Triage;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Werkstroom;

/// <summary>The sending side's API: the route proposal for a triaged report, the decision, and what was sent.</summary>
internal static class WerkstroomEndpoints
{
    public sealed record StatusInvoer(string? Status, Guid? SamengevoegdMet);

    private static async Task<MeldingStatus?> HuidigeStatusAsync(Guid id, HttpContext http, MeldpuntBehandeling behandeling, CancellationToken ct) =>
        (await behandeling.VindAsync(id, http.User, "melding.status", ct))?.Status;

    public sealed record Voorstel(Guid MeldingId, long TriageId, MeldrouteAntwoorden.Toets Routevoorstel);

    public static void MapWerkstroom(this WebApplication app)
    {
        var groep = app.MapApiV1("/meldingen").WithTags("Doorverwijzing");

        groep.MapGet("/{id:guid}/routevoorstel", async (Guid id, HttpContext http, DoorverwijzingVersturen versturen, DeelTekst tekst, CancellationToken ct) =>
        {
            var stand = await versturen.VoorstelAsync(id, http.User, ct);
            if (stand is null)
            {
                return TriageEndpoints.NietGevonden();
            }
            return stand.Triage is null || stand.Voorstel is null
                ? Results.Problem(statusCode: 409, title: "Nog niet getrieerd", detail: "Het routevoorstel volgt uit de triage; trieer de melding eerst.")
                : Results.Json(new Voorstel(id, stand.Triage.Id, MeldrouteAntwoorden.Van(stand.Voorstel, tekst)), MeldrouteJson.Opties);
        }).RequireAuthorization(DoorverwijzingBeleid.MeldingBehandelen)
            .WithSummary("Het routevoorstel voor de nieuwste triage.").Produces<Voorstel>().ProducesProblem(404).ProducesProblem(409);

        groep.MapPost("/{id:guid}/doorverwijzingen", async (Guid id, RoutebesluitInvoer invoer, HttpContext http, DoorverwijzingVersturen versturen, CancellationToken ct) =>
        {
            var uitkomst = await versturen.VerstuurAsync(id, http.User, invoer, Herkomst.Api, ct);
            return uitkomst.Resultaat switch
            {
                Handelingsresultaat.NietGevonden => TriageEndpoints.NietGevonden(),
                Handelingsresultaat.Ongeldig => TypedResults.ValidationProblem(uitkomst.Fouten,
                    detail: "Er is niets opgeslagen; zie errors voor elke geweigerde ontvanger en elk ongeldig veld.", title: "Doorverwijzing niet toegestaan"),
                _ => Results.Created($"{ApiRoutes.Basis}/meldingen/{id}/doorverwijzingen", new { doorverwijzingen = uitkomst.Ids }),
            };
        }).RequireAuthorization(DoorverwijzingBeleid.MeldingBehandelen)
            .WithSummary("Het routebesluit: doorverwijzingen naar de gekozen ontvangers, alles of niets.").ProducesValidationProblem().ProducesProblem(404);

        groep.MapGet("/{id:guid}/doorverwijzingen", async (Guid id, HttpContext http, DoorverwijzingVersturen versturen, CancellationToken ct) =>
            await versturen.VerstuurdAsync(id, http.User, ct) is { } lijst
                ? Results.Json(lijst.Select(d => new
                {
                    d.Id,
                    ontvanger = new { id = d.OntvangerOrganisatieId, naam = d.OntvangerNaam },
                    d.Rol,
                    d.Deelniveau,
                    d.Status,
                    d.Urgentie,
                    d.VerstuurdOp,
                    d.EersteActieUiterlijk,
                    d.EersteActieOp,
                    d.TeLaat,
                    regel = d.RegelCode is null ? null : new { code = d.RegelCode, versie = d.RegelVersie },
                    d.Uitleg,
                }).ToList(), MeldrouteJson.Opties)
                : TriageEndpoints.NietGevonden())
            .RequireAuthorization(DoorverwijzingBeleid.MeldingBehandelen)
            .WithSummary("De verstuurde doorverwijzingen van een eigen melding.").ProducesProblem(404);

        groep.MapPut("/{id:guid}/status", async (Guid id, StatusInvoer invoer, HttpContext http, MeldpuntBehandeling behandeling, CancellationToken ct) =>
        {
            var woord = (invoer.Status ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (!KenmerkenLezer.ProbeerEnum<MeldingStatus>(woord, out var naar))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["status"] = [$"Kies een van: {string.Join(", ", Enum.GetValues<MeldingStatus>().Select(s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString())))}."],
                }, title: "Ongeldige status");
            }
            var uitkomst = await behandeling.WijzigStatusAsync(id, http.User, naar, invoer.SamengevoegdMet, ct, Herkomst.Api);
            return uitkomst.Resultaat switch
            {
                Handelingsresultaat.NietGevonden => TriageEndpoints.NietGevonden(),
                Handelingsresultaat.Ongeldig => await HuidigeStatusAsync(id, http, behandeling, ct) is { } huidig
                    ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [invoer.SamengevoegdMet is null || naar != MeldingStatus.Samengevoegd ? "status" : "samengevoegdMet"] = [uitkomst.Fout!] },
                        title: "Statuswijziging niet toegestaan",
                        extensions: new Dictionary<string, object?> { ["toegestaan"] = MeldingStatusmachine.Volgende(huidig).Select(s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString())).ToList() })
                    : TriageEndpoints.NietGevonden(),
                _ => Results.NoContent(),
            };
        }).RequireAuthorization(DoorverwijzingBeleid.MeldingBehandelen)
            .WithSummary("De status van een eigen melding wijzigen.").ProducesValidationProblem().ProducesProblem(404);

        app.MapApiV1("/termijnen").MapGet("/overschreden", async (Termijnbewaking bewaking, CancellationToken ct) =>
            Results.Json(await bewaking.OverschredenAsync(ct), MeldrouteJson.Opties))
            .RequireAuthorization(DoorverwijzingBeleid.TermijnenBewaken)
            .WithTags("Doorverwijzing").WithSummary("Overschreden eerste-actietermijnen per meldpunt en per ontvanger, zonder persoonsgegevens.")
            .Produces<Overschrijdingen>();
    }
}
