using Microsoft.AspNetCore.Authentication;
using Schakel.Web.Features.Api;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor;

public sealed record RapportLinks(string Html, string Pdf);

public sealed record EditieJson(
    Guid Id, string Regio, string RegioNaam, int Jaar, int Versie, string Status, int Drempel, int FormatVersie,
    DateTimeOffset? GepubliceerdOp, string Wijzigingslog, RapportLinks Rapport);

public sealed record EditieDetailJson(EditieJson Editie, Momentopname Inhoud);

/// <summary>One table in the recheck: <c>status</c> veilig, afleidbaar or niet-te-controleren, and the computable hidden cells by label.</summary>
public sealed record TabelControleJson(string Sectie, string Titel, string Maatstaf, string Uitsplitsing, string Status, IReadOnlyList<AfleidbareCel> Afleidbaar);

/// <summary>The recheck of a published edition; <c>correctie</c> is the id of its correction when one was begun.</summary>
public sealed record EditieControleJson(EditieJson Editie, bool Veilig, IReadOnlyList<TabelControleJson> Tabellen, Guid? Correctie);

/// <summary>
/// Editions over the API. Without a token only published editions are listed, with their public content (hidden
/// cells without a value); an organisation's token also sees concepts and the internal values of its own region.
/// </summary>
public static class EditiesEndpoints
{
    public static void MapMonitorEdities(this RouteGroupBuilder groep)
    {
        groep.MapGet("/edities", async (HttpContext http, MonitorEdities edities, CancellationToken ct) =>
            {
                var intern = (await http.AuthenticateAsync(Schemas.Api)).Succeeded;
                var lijst = await edities.LijstAsync(!intern, ct);
                return TypedResults.Ok(lijst.Select(e => Json(e, http)).ToList());
            })
            .AllowAnonymous()
            .WithSummary("Monitor-edities: zonder token alleen de gepubliceerde, met een token van een organisatie ook concepten.")
            .Produces<List<EditieJson>>();

        groep.MapGet("/edities/{id:guid}", async (Guid id, HttpContext http, MonitorEdities edities, Data.SchakelDbContext db, CancellationToken ct) =>
            {
                var aanmelding = await http.AuthenticateAsync(Schemas.Api);
                var editie = await edities.VindAsync(id, ct);
                if (editie is null || (editie.Status != EditieStatus.Gepubliceerd && !aanmelding.Succeeded))
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden", detail: "Deze editie bestaat niet of is niet openbaar.");
                }

                var inhoud = await edities.InhoudAsync(editie, ct);
                // Internal values only for organisations of the edition's own region.
                var eigen = aanmelding.Succeeded && aanmelding.Principal.OrganisatieId() is { } org && editie.EenheidCode is { } eenheid
                    && (await MonitorModule.EenhedenVanAsync(db, org, ct)).Contains(eenheid);
                return TypedResults.Ok(new EditieDetailJson(Json(editie, http), eigen ? inhoud : Publiek(inhoud)));
            })
            .AllowAnonymous()
            .WithSummary("Eén monitor-editie met haar secties en tabellen en de links naar het rapport (html en pdf).")
            .Produces<EditieDetailJson>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>
    /// The recheck of one published edition (<see cref="EditieControle"/>), for the chain director of its police unit:
    /// which hidden cells can be computed from what was published, by label only. Audited like the page.
    /// </summary>
    public static void MapMonitorEditieControle(this WebApplication app)
    {
        app.MapApiV1("/monitor/edities").WithTags("Monitor").VereistApiRol()
            .MapGet("/{id}/controle", async Task<IResult> (
                Guid id, HttpContext http, MonitorEdities edities, EditieControle controle, Data.SchakelDbContext db, CancellationToken ct) =>
            {
                if (!http.User.IsInRole(Core.Organisaties.Rollen.Ketenregisseur) || http.User.OrganisatieId() is not { } org)
                {
                    return ApiProblemen.Resultaat(403, "De controle van gepubliceerde edities is er voor de ketenregisseur.");
                }

                var editie = await edities.VindAsync(id, ct);
                if (editie is null || editie.Status != EditieStatus.Gepubliceerd)
                {
                    return ApiProblemen.Resultaat(404, "Deze editie bestaat niet of is niet gepubliceerd.");
                }

                if (editie.EenheidCode is not { } eenheid || !(await MonitorModule.EenhedenVanAsync(db, org, ct)).Contains(eenheid))
                {
                    return ApiProblemen.Resultaat(403, "Uw organisatie werkt niet in de regio van deze editie.");
                }

                var uitkomst = (await controle.ControleerAsync([editie], http.User.AlsActor(), Herkomst.Api, ct)).Single();
                return TypedResults.Ok(Json(uitkomst, http));
            })
            .WithSummary("Controle van een gepubliceerde editie: welke verborgen cellen uit de gepubliceerde cijfers (waarden, totalen en " +
                "marges zoals gepubliceerd) te berekenen zijn, per tabel, alleen met hun labels. Voor de ketenregisseur van de regio; " +
                "elke controle wordt vastgelegd.")
            .Produces<EditieControleJson>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static EditieControleJson Json(EditieControleUitkomst u, HttpContext http) => new(
        Json(u.Editie, http), u.Veilig,
        u.Tabellen.Select(t => new TabelControleJson(t.Sectie, t.Titel, t.Maatstaf, t.Uitsplitsing, Status(t.Status), t.Cellen)).ToList(),
        u.Correctie?.Id);

    public static string Status(TabelControleStatus s) => s switch
    {
        TabelControleStatus.NietTeControleren => "niet-te-controleren",
        _ => s.ToString().ToLowerInvariant(),
    };

    public static EditieJson Json(MonitorEditie e, HttpContext http)
    {
        var basis = $"{http.Request.Scheme}://{http.Request.Host}/monitor/rapport/{e.Id}";
        return new EditieJson(e.Id, e.RegioCode, e.RegioNaam, e.Jaar, e.Versie, Status(e.Status), e.Drempel, e.FormatVersie,
            e.GepubliceerdOp, e.Wijzigingslog, new RapportLinks(basis, basis + "/pdf"));
    }

    public static string Status(EditieStatus s) => s switch
    {
        EditieStatus.InReview => "in-review",
        _ => s.ToString().ToLowerInvariant(),
    };

    /// <summary>The public face of a snapshot: every cell of its tables, trends and context figures masked by <see cref="Maskering"/>.</summary>
    public static Momentopname Publiek(Momentopname m) => m with
    {
        Secties = m.Secties.Select(s => s with
        {
            Tabel = s.Tabel is null ? null : s.Tabel with { Publiek = true, Cellen = s.Tabel.Cellen.Select(Maskering.Publiek).ToList() },
            Reeks = s.Reeks?.Select(Maskering.Publiek).ToList(),
            Referenties = s.Referenties?.Select(r => r with { Punten = r.Punten.Select(Maskering.Publiek).ToList() }).ToList(),
        }).ToList(),
    };
}
