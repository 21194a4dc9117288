using System.Text.Json;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Doorverwijzing.Triage;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Werkstroom;

/// <summary>The sending side's API: the route proposal for a triaged report, the decision, and what was sent.</summary>
internal static class WerkstroomEndpoints
{
    public sealed record StatusInvoer(string? Status, Guid? SamengevoegdMet);

    private static async Task<MeldingStatus?> HuidigeStatusAsync(Guid id, HttpContext http, MeldpuntBehandeling behandeling, CancellationToken ct) =>
        (await behandeling.VindAsync(id, http.User, "melding.status", ct))?.Status;

    public sealed record Ontvanger(Guid Id, string Naam);

    public sealed record VerstuurdeRegel(string Code, int? Versie);

    public sealed record Verstuurd(
        Guid Id, Ontvanger Ontvanger, Rol Rol, Deelniveau Deelniveau, DoorverwijzingStatus Status, Urgentie Urgentie, DateTimeOffset VerstuurdOp,
        DateTimeOffset EersteActieUiterlijk, DateTimeOffset? EersteActieOp, bool TeLaat, VerstuurdeRegel? Regel, string Uitleg,
        IReadOnlyList<UitlegDeel> UitlegDelen, DoelWeergave Doel);

    /// <summary>The ids of the referrals one route decision created.</summary>
    public sealed record Verstuurde(IReadOnlyList<Guid> Doorverwijzingen);

    /// <summary>What limits sharing this report, by code (melder-contact-ingetrokken, verwerking-beperkt), in the reader's language.</summary>
    public sealed record Beperking(string Code, string Tekst);

    /// <summary>The proposal; <c>beperkingen</c> says what the decision may not include for this report (empty when nothing limits it).</summary>
    public sealed record Voorstel(Guid MeldingId, long TriageId, MeldrouteAntwoorden.Toets Routevoorstel, IReadOnlyList<Beperking> Beperkingen);

    public static void MapWerkstroom(this WebApplication app)
    {
        var groep = app.MapApiV1("/meldingen").WithTags("Doorverwijzing");

        groep.MapGet("/{id}/routevoorstel", async (Guid id, HttpContext http, DoorverwijzingVersturen versturen, DeelTekst tekst, DomeinTekst d, CancellationToken ct) =>
        {
            var stand = await versturen.VoorstelAsync(id, http.User, ct);
            if (stand is null)
            {
                return TriageEndpoints.NietGevonden();
            }
            return stand.Triage is null || stand.Voorstel is null
                ? Results.Problem(statusCode: 409, title: "Nog niet getrieerd", detail: "Het routevoorstel volgt uit de triage; trieer de melding eerst.")
                : ApiJson.Resultaat(new Voorstel(id, stand.Triage.Id, MeldrouteAntwoorden.Van(stand.Voorstel, tekst, d),
                    [.. stand.Beperkingen.Select(b => new Beperking(b, tekst.Tekst("Melding." + b)))]));
        }).RequireAuthorization(DoorverwijzingBeleid.MeldingBehandelen)
            .WithSummary("Het routevoorstel voor de nieuwste triage, met uitleg in de taal van Accept-Language (standaard Nederlands).").Produces<Voorstel>().ProducesProblem(404).ProducesProblem(409);

        groep.MapPost("/{id}/doorverwijzingen", async (Guid id, RoutebesluitInvoer invoer, HttpContext http, DoorverwijzingVersturen versturen, CancellationToken ct) =>
        {
            var uitkomst = await versturen.VerstuurAsync(id, http.User, invoer, Herkomst.Api, ct);
            return uitkomst.Resultaat switch
            {
                Handelingsresultaat.NietGevonden => TriageEndpoints.NietGevonden(),
                Handelingsresultaat.Ongeldig => TypedResults.ValidationProblem(uitkomst.Fouten,
                    detail: "Er is niets opgeslagen; zie errors voor elke geweigerde ontvanger en elk ongeldig veld.", title: "Doorverwijzing niet toegestaan"),
                _ => Results.Created($"{ApiRoutes.Basis}/meldingen/{id}/doorverwijzingen", new Verstuurde(uitkomst.Ids)),
            };
        }).RequireAuthorization(DoorverwijzingBeleid.MeldingBehandelen)
            .WithSummary("Het routebesluit: doorverwijzingen naar de gekozen ontvangers, alles of niets.")
            .Produces<Verstuurde>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(404);

        groep.MapPost("/{id}/terugkoppeling", async (Guid id, UitkomstTerugkoppelingInvoer invoer, HttpContext http, UitkomstTerugkoppelen terugkoppelen, CancellationToken ct) =>
        {
            var uitkomst = await terugkoppelen.KoppelTerugAsync(id, http.User, invoer, Herkomst.Api, ct);
            return uitkomst.Resultaat switch
            {
                Handelingsresultaat.NietGevonden => TriageEndpoints.NietGevonden(),
                Handelingsresultaat.Ongeldig => TypedResults.ValidationProblem(uitkomst.Fouten, title: "Terugkoppeling niet mogelijk"),
                _ => Results.NoContent(),
            };
        }).RequireAuthorization(DoorverwijzingBeleid.MeldingBehandelen)
            .WithSummary("De uitkomst van een partner als vaste tekst aan de melder doorgeven, in de taal van de melder en zonder partnernaam.")
            .Accepts<UitkomstTerugkoppelingInvoer>("application/json")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(404);

        groep.MapGet("/{id}/doorverwijzingen", async (Guid id, HttpContext http, DoorverwijzingVersturen versturen, DomeinTekst d, CancellationToken ct) =>
            await versturen.VerstuurdAsync(id, http.User, ct) is { } lijst
                ? ApiJson.Resultaat(lijst.Select(v => new Verstuurd(
                    v.Id, new(v.OntvangerOrganisatieId, v.OntvangerNaam), v.Rol, v.Deelniveau, v.Status, v.Urgentie, v.VerstuurdOp,
                    v.EersteActieUiterlijk, v.EersteActieOp, v.TeLaat, v.RegelCode is null ? null : new(v.RegelCode, v.RegelVersie),
                    DoorverwijzingUitleg.Tekst(v.Uitleg, d), DoorverwijzingUitleg.Delen(v.Uitleg, d), new(v.DoelCode, d[v.Doel]))).ToList())
                : TriageEndpoints.NietGevonden())
            .RequireAuthorization(DoorverwijzingBeleid.MeldingBehandelen)
            .WithSummary("De verstuurde doorverwijzingen van een eigen melding, met uitleg en doel in de taal van Accept-Language (standaard Nederlands).").Produces<List<Verstuurd>>().ProducesProblem(404);

        groep.MapPut("/{id}/status", async (Guid id, StatusInvoer invoer, HttpContext http, MeldpuntBehandeling behandeling, CancellationToken ct) =>
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
            .WithSummary("De status van een eigen melding wijzigen.")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(404);

        app.MapApiV1("/termijnen").MapGet("/overschreden", async (Termijnbewaking bewaking, CancellationToken ct) =>
            ApiJson.Resultaat(await bewaking.OverschredenAsync(ct)))
            .RequireAuthorization(DoorverwijzingBeleid.TermijnenBewaken)
            .WithTags("Doorverwijzing").WithSummary("Overschreden eerste-actietermijnen per meldpunt en per ontvanger, zonder persoonsgegevens.")
            .Produces<Overschrijdingen>();
    }
}
