using Microsoft.AspNetCore.Authentication;
using Schakel.Web.Features.Api;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Monitor;

public sealed record RapportLinks(string Html, string Pdf);

public sealed record EditieJson(
    Guid Id, string Regio, string RegioNaam, int Jaar, int Versie, string Status, int Drempel, int FormatVersie,
    DateTimeOffset? GepubliceerdOp, string Wijzigingslog, RapportLinks Rapport);

public sealed record EditieDetailJson(EditieJson Editie, Momentopname Inhoud);

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
