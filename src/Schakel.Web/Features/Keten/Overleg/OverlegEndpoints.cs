using Microsoft.AspNetCore.Http.HttpResults;
using Schakel.Core.Keten;
using Schakel.Web.Features.Api;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Overleg;

/// <summary>/api/v1/overleggen: the standing bodies with their flags, their meetings, and recording a meeting.</summary>
internal static class OverlegEndpoints
{
    public sealed record OrganisatieVerwijzing(Guid Id, string Naam);

    public sealed record OverlegAntwoord(
        Guid Id, string Code, string Naam, Overlegniveau Niveau, string Voorzitter, string Leden, int MinimaalPerJaar, string Frequentie,
        Quorumregel Quorumregel, string? RapporteertAan, string Bron, int AantalBijeenkomsten, DateTimeOffset? LaatsteBijeenkomst,
        bool FrequentieGemist);

    public sealed record OverlegMetLedenAntwoord(OverlegAntwoord Overleg, IReadOnlyList<OrganisatieVerwijzing> LedenOrganisaties);

    public sealed record BesluitpuntAntwoord(Guid Id, BesluitpuntSoort Soort, string Tekst, Guid? ActieId, Guid? ActiehouderId);

    public sealed record BijeenkomstAntwoord(
        Guid Id, Guid OverlegId, DateOnly Datum, string Agenda, IReadOnlyList<OrganisatieVerwijzing> Aanwezig, bool QuorumGemist,
        IReadOnlyList<DistrictTekort> QuorumTekort, IReadOnlyList<BesluitpuntAntwoord> Punten);

    public sealed record BesluitpuntAanvraag(BesluitpuntSoort Soort, string? Tekst, Guid? ActieId, Guid? ActiehouderId);

    /// <summary>The action to link a decision point to; null removes the link.</summary>
    public sealed record ActieKoppelingAanvraag(Guid? ActieId);

    public sealed record BijeenkomstAanvraag(DateOnly? Datum, string? Agenda, List<Guid>? Aanwezig, List<BesluitpuntAanvraag>? Punten);

    public static void MapOverleg(this WebApplication app)
    {
        var groep = app.MapApiV1("/overleggen").WithTags("Overleggen");

        groep.MapGet("", async (OverlegOpslag opslag, CancellationToken ct) =>
            TypedResults.Ok((await opslag.OrganenAsync(ct)).Select(Van).ToList()))
            .RequireAuthorization(KetenBeleid.Lezen)
            .WithSummary("De vaste overleggen van de keten, met of de frequentie gehaald is.");

        groep.MapGet("/{id:guid}", async Task<Results<Ok<OverlegMetLedenAntwoord>, ProblemHttpResult>> (Guid id, OverlegOpslag opslag, CancellationToken ct) =>
            await opslag.OrgaanAsync(id, ct) is { } detail
                ? TypedResults.Ok(new OverlegMetLedenAntwoord(Van(detail.Stand), detail.Leden.Select(l => new OrganisatieVerwijzing(l.Id, l.Naam)).ToList()))
                : NietGevonden())
            .RequireAuthorization(KetenBeleid.Lezen)
            .WithSummary("Eén overleg met zijn leden.");

        groep.MapGet("/{id:guid}/bijeenkomsten", async Task<Results<Ok<List<BijeenkomstAntwoord>>, ProblemHttpResult>> (Guid id, OverlegOpslag opslag, CancellationToken ct) =>
            await opslag.OrgaanAsync(id, ct) is { } detail
                ? TypedResults.Ok(detail.Bijeenkomsten.Select(Van).ToList())
                : NietGevonden())
            .RequireAuthorization(KetenBeleid.Lezen)
            .WithSummary("De bijeenkomsten van een overleg, nieuwste eerst, met aanwezigheid, besluiten, actiepunten en of het quorum gehaald is.");

        groep.MapPost("/{id:guid}/bijeenkomsten", async Task<Results<Created<BijeenkomstAntwoord>, Ok<BijeenkomstAntwoord>, ValidationProblem, ProblemHttpResult>> (
            Guid id, BijeenkomstAanvraag aanvraag, HttpContext http, OverlegOpslag opslag, CancellationToken ct) =>
        {
            var invoer = new BijeenkomstInvoer(null, aanvraag.Datum is { } dag ? OverlegOpslag.Middag(dag) : null, aanvraag.Agenda, aanvraag.Aanwezig ?? [],
                (aanvraag.Punten ?? []).Select(p => new PuntInvoer(p.Soort, p.Tekst, p.ActieId, p.ActiehouderId)).ToList());
            var uitkomst = await opslag.VastleggenAsync(id, invoer, http.User, Herkomst.Api, ct);
            if (uitkomst.Fouten.ContainsKey("overleg"))
            {
                return NietGevonden();
            }
            return uitkomst.Opgeslagen is { } b
                ? TypedResults.Created($"{ApiRoutes.Basis}/overleggen/{id}/bijeenkomsten", Van(b))
                : TypedResults.ValidationProblem(uitkomst.Fouten, title: "De bijeenkomst is niet geldig.");
        })
            .RequireAuthorization(KetenBeleid.Beheren)
            .WithSummary("Een bijeenkomst vastleggen: datum, agenda, aanwezige organisaties, besluiten en actiepunten (met een optionele actie-id).")
            .WithDescription("Een actieId moet een actie van een actieplan zijn die de aanroeper mag zien (GET /api/v1/plannen/{id}/acties); anders 400 bij punten[i].actieId.");

        groep.MapPut("/{id:guid}/besluitpunten/{puntId:guid}/actie", async Task<Results<Ok<BesluitpuntAntwoord>, ValidationProblem, ProblemHttpResult>> (
            Guid id, Guid puntId, ActieKoppelingAanvraag aanvraag, HttpContext http, OverlegOpslag opslag, CancellationToken ct) =>
        {
            var uitkomst = await opslag.KoppelActieAsync(id, puntId, aanvraag.ActieId, http.User, Herkomst.Api, ct);
            if (!uitkomst.Gevonden)
            {
                return TypedResults.Problem(statusCode: 404, title: "Besluitpunt niet gevonden", detail: "Dit overleg heeft geen besluit of actiepunt met deze id.");
            }
            return uitkomst.Punt is { } p
                ? TypedResults.Ok(Van(p))
                : TypedResults.ValidationProblem(uitkomst.Fouten, title: "De koppeling is niet geldig.");
        })
            .RequireAuthorization(KetenBeleid.Beheren)
            .WithSummary("Een besluit of actiepunt van een bijeenkomst koppelen aan een actie van een actieplan (actieId null: ontkoppelen).")
            .WithDescription("De actie moet bestaan en zichtbaar zijn voor de aanroeper; anders 400 bij actieId.");
    }

    private static ProblemHttpResult NietGevonden() =>
        TypedResults.Problem(statusCode: 404, title: "Overleg niet gevonden", detail: "Er is geen overleg met deze id.");

    private static OverlegAntwoord Van(OrgaanStand s) => new(
        s.Orgaan.Id, s.Orgaan.Code, s.Orgaan.Naam, s.Orgaan.Niveau, s.Orgaan.Voorzitter, s.Orgaan.LedenOmschrijving, s.Orgaan.MinimaalPerJaar,
        s.Orgaan.FrequentieOmschrijving, s.Orgaan.Quorumregel, s.Orgaan.RapporteertAan, s.Orgaan.Bron, s.AantalBijeenkomsten, s.Laatste,
        s.FrequentieGemist);

    private static BijeenkomstAntwoord Van(BijeenkomstStand s) => new(
        s.Bijeenkomst.Id, s.Bijeenkomst.OverlegorgaanId, OverlegOpslag.Dag(s.Bijeenkomst.Datum), s.Bijeenkomst.Agenda,
        s.Aanwezig.Select(a => new OrganisatieVerwijzing(a.Id, a.Naam)).ToList(), s.QuorumGemist, s.QuorumTekort,
        s.Bijeenkomst.Punten.Select(Van).ToList());

    private static BesluitpuntAntwoord Van(Besluitpunt p) => new(p.Id, p.Soort, p.Tekst, p.ActieId, p.ActiehouderId);
}
