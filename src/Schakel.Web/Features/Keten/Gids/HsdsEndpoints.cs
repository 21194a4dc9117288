using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Schakel.Web.Features.Api;

namespace Schakel.Web.Features.Keten.Gids;

/// <summary>
/// /api/v1/hsds: the partner directory as Open Referral HSDS 3 (public fields only, no token needed), and the
/// import for the ketenregisseur and beheerder. Paths and property names are HSDS's own (English), because
/// that is the standard other directories read.
/// </summary>
internal static class HsdsEndpoints
{
    private const int MaxBody = 4 * 1024 * 1024;

    public static void MapHsds(this WebApplication app)
    {
        var groep = app.MapApiV1("/hsds").WithTags("HSDS");
        // JsonHttpResult (needed for the snake_case options) carries no response metadata, so each GET declares its type.

        groep.MapGet("/organizations", async Task<JsonHttpResult<HsdsPagina<HsdsOrganization>>> (HsdsExport export, CancellationToken ct) =>
            TypedResults.Json(HsdsPagina<HsdsOrganization>.Van(await export.OrganisatiesAsync(ct)), Hsds.Json))
            .AllowAnonymous().WithSummary("Alle organisaties van de partnergids als HSDS 3, met hun diensten (alleen openbare velden).")
            .Produces<HsdsPagina<HsdsOrganization>>(StatusCodes.Status200OK);

        groep.MapGet("/organizations/{id:guid}", async Task<Results<JsonHttpResult<HsdsOrganization>, ProblemHttpResult>> (Guid id, HsdsExport export, CancellationToken ct) =>
            (await export.OrganisatiesAsync(ct)).FirstOrDefault(o => o.Id == id) is { } o
                ? TypedResults.Json(o, Hsds.Json)
                : NietGevonden("organisatie"))
            .AllowAnonymous().WithSummary("Eén organisatie als HSDS 3.")
            .Produces<HsdsOrganization>(StatusCodes.Status200OK);

        groep.MapGet("/services", async Task<JsonHttpResult<HsdsPagina<HsdsService>>> (HsdsExport export, CancellationToken ct) =>
            TypedResults.Json(HsdsPagina<HsdsService>.Van(await export.DienstenAsync(ct)), Hsds.Json))
            .AllowAnonymous().WithSummary("Alle diensten als HSDS 3, met locaties, tijden, telefoons, contacten en werkgebied.")
            .Produces<HsdsPagina<HsdsService>>(StatusCodes.Status200OK);

        groep.MapGet("/services/{id:guid}", async Task<Results<JsonHttpResult<HsdsService>, ProblemHttpResult>> (Guid id, HsdsExport export, CancellationToken ct) =>
            (await export.DienstenAsync(ct)).FirstOrDefault(o => o.Id == id) is { } d
                ? TypedResults.Json(d, Hsds.Json)
                : NietGevonden("dienst"))
            .AllowAnonymous().WithSummary("Eén dienst als HSDS 3.")
            .Produces<HsdsService>(StatusCodes.Status200OK);

        groep.MapGet("/locations", async Task<JsonHttpResult<HsdsPagina<HsdsLocation>>> (HsdsExport export, CancellationToken ct) =>
            TypedResults.Json(HsdsPagina<HsdsLocation>.Van(await export.LocatiesAsync(ct)), Hsds.Json))
            .AllowAnonymous().WithSummary("Alle locaties als HSDS 3; een vertrouwelijke locatie alleen als haar openbare voordeur.")
            .Produces<HsdsPagina<HsdsLocation>>(StatusCodes.Status200OK);

        groep.MapGet("/locations/{id:guid}", async Task<Results<JsonHttpResult<HsdsLocation>, ProblemHttpResult>> (Guid id, HsdsExport export, CancellationToken ct) =>
            (await export.LocatiesAsync(ct)).FirstOrDefault(o => o.Id == id) is { } l
                ? TypedResults.Json(l, Hsds.Json)
                : NietGevonden("locatie"))
            .AllowAnonymous().WithSummary("Eén locatie als HSDS 3.")
            .Produces<HsdsLocation>(StatusCodes.Status200OK);

        groep.MapPost("/organizations", async Task<Results<Ok<HsdsImport.Resultaat>, ValidationProblem, ProblemHttpResult>> (HttpRequest request, HsdsImport import, CancellationToken ct) =>
        {
            if (await LeesAsync(request, ct) is not { } body)
            {
                return TypedResults.Problem(statusCode: 400, title: "Ongeldige JSON", detail: $"Stuur HSDS-JSON van hoogstens {MaxBody / 1024 / 1024} MB.");
            }
            using (body)
            {
                var (resultaat, fouten) = await import.ImporteerAsync(body.RootElement, request.HttpContext.User, ct);
                return resultaat is null
                    ? TypedResults.ValidationProblem(fouten, title: "Het HSDS-bestand is niet geldig; er is niets opgeslagen.")
                    : TypedResults.Ok(resultaat);
            }
        }).RequireAuthorization(GidsModule.GidsBeheren)
            .Accepts<HsdsPagina<HsdsOrganization>>("application/json")
            .WithSummary("HSDS 3-organisaties (met hun diensten) importeren: toevoegen en bijwerken, nooit verwijderen.");
    }

    private static ProblemHttpResult NietGevonden(string wat) =>
        TypedResults.Problem(statusCode: 404, title: "Niet gevonden", detail: $"Er is geen openbare {wat} met deze id.");

    private static async Task<JsonDocument?> LeesAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBody)
        {
            return null;
        }
        try
        {
            using var begrensd = new MemoryStream();
            var buffer = new byte[8192];
            int gelezen;
            while ((gelezen = await request.Body.ReadAsync(buffer, ct)) > 0)
            {
                if (begrensd.Length + gelezen > MaxBody)
                {
                    return null;
                }
                begrensd.Write(buffer, 0, gelezen);
            }
            return JsonDocument.Parse(begrensd.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
