using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
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

        // HSDS's "GET /" of the API base; without a trailing slash, as every /api/v1 resource (ApiConventies).
        groep.MapGet("", (HttpRequest request) =>
            TypedResults.Json(new HsdsApiRoot("3.0", $"{request.Scheme}://{request.Host}{request.PathBase}/hsds/schakel-profiel.json",
                $"{request.Scheme}://{request.Host}{request.PathBase}{ApiRoutes.Basis}/openapi.json"), Hsds.Json))
            .AllowAnonymous().WithSummary("De HSDS-API-root: de HSDS-versie, het Schakel-profiel en waar het OpenAPI-document staat.")
            .Produces<HsdsApiRoot>(StatusCodes.Status200OK);

        Lijst(groep, "/organizations", (e, ct) => e.OrganisatiesAsync(ct), o => o.Id, "organisatie",
            "Alle organisaties van de partnergids als HSDS 3, met hun diensten (alleen openbare velden).", "Eén organisatie als HSDS 3.");
        Lijst(groep, "/services", (e, ct) => e.DienstenAsync(ct), d => d.Id, "dienst",
            "Alle diensten als HSDS 3, met locaties, tijden, telefoons, contacten en werkgebied.", "Eén dienst als HSDS 3.");
        Lijst(groep, "/locations", (e, ct) => e.LocatiesAsync(ct), l => l.Id, "locatie",
            "Alle locaties als HSDS 3; een vertrouwelijke locatie alleen als haar openbare voordeur.", "Eén locatie als HSDS 3.");
        Lijst(groep, "/service_at_locations", (e, ct) => e.DienstLocatiesAsync(ct), l => l.Id, "dienst op een locatie",
            "Elke dienst op elke locatie als HSDS 3 (service_at_location), met de locatie; een vertrouwelijke locatie alleen als haar voordeur.",
            "Eén dienst op een locatie als HSDS 3.");

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

    /// <summary>
    /// A paged HSDS list and its item. <c>page</c> (from 1) and <c>per_page</c> (1–100, default 100) are HSDS's own
    /// parameter names; out of range is 400 problem+json naming each, a page beyond the last is an empty page.
    /// </summary>
    private static void Lijst<T>(RouteGroupBuilder groep, string pad, Func<HsdsExport, CancellationToken, Task<IReadOnlyList<T>>> lees,
        Func<T, Guid> sleutel, string wat, string lijstUitleg, string itemUitleg)
    {
        groep.MapGet(pad, async Task<Results<JsonHttpResult<HsdsPagina<T>>, ValidationProblem>> (
            [FromQuery(Name = "page")] int? page, [FromQuery(Name = "per_page")] int? perPage, HttpResponse antwoord, HsdsExport export, CancellationToken ct) =>
        {
            var fouten = new Dictionary<string, string[]>();
            if (page is < 1)
            {
                fouten["page"] = ["De pagina begint bij 1."];
            }
            if (perPage is < 1 or > HsdsPagina<T>.MaxPerPage)
            {
                fouten["per_page"] = [$"Het aantal per pagina is 1 tot en met {HsdsPagina<T>.MaxPerPage}."];
            }
            if (fouten.Count > 0)
            {
                return TypedResults.ValidationProblem(fouten, title: "Ongeldige paginering");
            }
            var pagina = HsdsPagina<T>.Van(await lees(export, ct), page ?? 1, perPage ?? HsdsPagina<T>.MaxPerPage);
            Paginering.ZetKoppen(antwoord, pagina.TotalItems, pagina.PageNumber, pagina.Size);
            return TypedResults.Json(pagina, Hsds.Json);
        })
            .AllowAnonymous().WithSummary(lijstUitleg)
            .WithDescription("Gepagineerd zoals HSDS: page (vanaf 1) en per_page (1 tot en met 100, standaard 100). Een pagina na de laatste is leeg, met de echte totalen.")
            .Produces<HsdsPagina<T>>(StatusCodes.Status200OK)
            .MetPagineringKoppen("Het totale aantal in de lijst.", "Het aantal per pagina.");

        groep.MapGet(pad + "/{id:guid}", async Task<Results<JsonHttpResult<T>, ProblemHttpResult>> (Guid id, HsdsExport export, CancellationToken ct) =>
            (await lees(export, ct)).FirstOrDefault(x => sleutel(x) == id) is { } gevonden
                ? TypedResults.Json(gevonden, Hsds.Json)
                : NietGevonden(wat))
            .AllowAnonymous().WithSummary(itemUitleg)
            .Produces<T>(StatusCodes.Status200OK);
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
