using Schakel.Web.Features.Api;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Privacy.Bewaring;

/// <summary>What a client sends to set a legal hold.</summary>
public sealed record BlokkadeInvoer(string? Reden, DateOnly? Einddatum);

/// <summary>One legal hold as the API shows it; the reason is personal data (its read is audited) and absent once deleted.</summary>
public sealed record BlokkadeWeergave(Guid Id, string? Reden, DateTimeOffset Einddatum, DateTimeOffset GezetOp, DateTimeOffset? OpgehevenOp, bool Actief);

/// <summary>The holds of one record, newest first.</summary>
public sealed record BlokkadesWeergave(string ObjectSoort, Guid ObjectId, IReadOnlyList<BlokkadeWeergave> Blokkades);

/// <summary>
/// Legal holds over the API, for the same people as the page (<see cref="Bewaarblokkades"/>: the reporting point for its own reports
/// and their referrals, a beheerder for any record): <c>GET</c> lists them, <c>POST</c> sets one, <c>DELETE</c> lifts the active
/// ones. Every change and every read of a reason is audited with origin <c>api</c>; a record one may not hold is 404.
/// </summary>
internal static class BewaringEndpoints
{
    private const string NietGevonden = "Er is geen melding, doorverwijzing of plaatsing met dit id waarvoor u een bewaarblokkade mag zien of zetten.";

    public static void MapBewaarblokkades(this WebApplication app)
    {
        var groep = app.MapApiV1("/bewaarblokkades").VereistApiRol(Bewaarblokkades.RollenZetten).WithTags("Privacy");

        groep.MapGet("/{soort}/{id}", async Task<IResult> (string soort, Guid id, HttpContext http, Bewaarblokkades blokkades, AuditTrail audit, TimeProvider tijd, CancellationToken ct) =>
            {
                if (Soort(soort) is not { } s || !await blokkades.MagAsync(http.User, s, id, ct))
                {
                    return ApiProblemen.Resultaat(404, NietGevonden);
                }
                var lijst = await blokkades.VoorAsync(s, id, ct);
                if (lijst.Any(b => b.RedenVersleuteld is not null))
                {
                    await audit.SchrijfAsync(http.User.AlsActor(), "bewaring.blokkade-ingezien", s.ToString(), id.ToString(), AuditResultaat.Gelukt, Herkomst.Api, ct);
                }
                return TypedResults.Ok(new BlokkadesWeergave(Pad(s), id, lijst.Select(b => Weergave(b, blokkades.Reden(b), tijd.GetUtcNow())).ToList()));
            })
            .WithName("BewaarblokkadesOphalen")
            .WithSummary("De bewaarblokkades van een melding, doorverwijzing of plaatsing, nieuwste eerst.")
            .WithDescription("soort is melding, doorverwijzing of plaatsing. Het meldpunt ziet de blokkades van de eigen meldingen en hun doorverwijzingen, "
                + "de beheerder die van elk record (plaatsingen alleen de beheerder). Het lezen van een reden wordt vastgelegd in de audittrail.")
            .Produces<BlokkadesWeergave>().ProducesProblem(404);

        groep.MapPost("/{soort}/{id}", async Task<IResult> (string soort, Guid id, BlokkadeInvoer invoer, HttpContext http, Bewaarblokkades blokkades, TimeProvider tijd, CancellationToken ct) =>
            {
                if (Soort(soort) is not { } s)
                {
                    return ApiProblemen.Resultaat(404, NietGevonden);
                }
                var uitkomst = await blokkades.ZetAsync(http.User, s, id, invoer.Reden, invoer.Einddatum, Herkomst.Api, ct);
                if (uitkomst.NietGevonden)
                {
                    return ApiProblemen.Resultaat(404, NietGevonden);
                }
                if (uitkomst.Blokkade is not { } b)
                {
                    return TypedResults.ValidationProblem(uitkomst.Fouten, detail: "Een of meer velden zijn ongeldig; zie errors.", title: "Ongeldige bewaarblokkade");
                }
                return TypedResults.Created($"{ApiRoutes.Basis}/bewaarblokkades/{Pad(s)}/{id}", Weergave(b, invoer.Reden!.Trim(), tijd.GetUtcNow()));
            })
            .WithName("BewaarblokkadeZetten")
            .WithSummary("Zet een bewaarblokkade: het record wordt niet verwijderd tot de einddatum, ook niet als de bewaartermijn voorbij is.")
            .WithDescription("reden (verplicht, ten hoogste 1000 tekens, bijvoorbeeld een lopend onderzoek of een klacht) en einddatum (na vandaag). "
                + "Alle ongeldige velden komen samen terug in errors.")
            .Produces<BlokkadeWeergave>(201).ProducesValidationProblem().ProducesProblem(404);

        groep.MapDelete("/{soort}/{id}", async Task<IResult> (string soort, Guid id, HttpContext http, Bewaarblokkades blokkades, TimeProvider tijd, CancellationToken ct) =>
            {
                if (Soort(soort) is not { } s || !await blokkades.MagAsync(http.User, s, id, ct))
                {
                    return ApiProblemen.Resultaat(404, NietGevonden);
                }
                var nu = tijd.GetUtcNow();
                foreach (var b in (await blokkades.VoorAsync(s, id, ct)).Where(b => b.IsActief(nu)))
                {
                    await blokkades.HefOpAsync(http.User, b.Id, Herkomst.Api, ct, objectId: id);
                }
                return TypedResults.NoContent();
            })
            .WithName("BewaarblokkadesOpheffen")
            .WithSummary("Heft de actieve bewaarblokkades van het record op; daarna verwijdert Schakel de persoonsgegevens zodra hun bewaartermijn voorbij is.")
            .Produces(204).ProducesProblem(404);
    }

    private static BewaarObjectSoort? Soort(string soort) => soort switch
    {
        "melding" => BewaarObjectSoort.Melding,
        "doorverwijzing" => BewaarObjectSoort.Doorverwijzing,
        "plaatsing" => BewaarObjectSoort.Plaatsing,
        _ => null,
    };

    private static string Pad(BewaarObjectSoort soort) => soort.ToString().ToLowerInvariant();

    private static BlokkadeWeergave Weergave(Bewaarblokkade b, string? reden, DateTimeOffset nu) =>
        new(b.Id, reden, b.EindDatum, b.GezetOp, b.OpgehevenOp, b.IsActief(nu));
}
