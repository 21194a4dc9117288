using System.Text.Json;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>
/// /api/v1/meldroute: read the route, test it (a dry run that stores nothing), and change a rule (a new
/// version). Bodies are read as JSON documents so every invalid field is reported at once.
/// </summary>
internal static class MeldrouteEndpoints
{
    private const int MaxBody = 64 * 1024;

    public static void MapMeldroute(this WebApplication app)
    {
        var groep = app.MapApiV1("/meldroute").WithTags("Meldroute");

        groep.MapGet("", async (MeldrouteOpslag opslag, CancellationToken ct) =>
        {
            var rijen = await opslag.HuidigeRijenAsync(ct);
            var route = await opslag.HuidigeAsync(ct);
            return Json(new MeldrouteAntwoorden.Route(route.Versie, rijen.Select(MeldrouteAntwoorden.Van).ToList()));
        }).RequireAuthorization(DoorverwijzingBeleid.MeldrouteLezen)
            .WithSummary("De huidige meldroute: elke regel in zijn nieuwste versie.")
            .Produces<MeldrouteAntwoorden.Route>();

        groep.MapGet("/regels/{code}", async (string code, MeldrouteOpslag opslag, CancellationToken ct) =>
        {
            if (!MeldrouteOpslag.IsGeldigeCode(code))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["code"] = [MeldrouteOpslag.CodeUitleg] }, title: "Ongeldige code.");
            }
            var versies = await opslag.VersiesAsync(code, ct);
            return versies.Count == 0
                ? Results.Problem(statusCode: 404, title: "Regel niet gevonden", detail: "Er is geen meldrouteregel met deze code.")
                : Json(versies.Select(MeldrouteAntwoorden.Van).ToList());
        }).RequireAuthorization(DoorverwijzingBeleid.MeldrouteLezen)
            .WithSummary("Alle versies van één regel van de meldroute, nieuwste eerst.")
            .Produces<List<MeldrouteAntwoorden.Regel>>().ProducesValidationProblem().ProducesProblem(404);

        groep.MapPost("/_toetsen", async (HttpRequest request, KenmerkenLezer lezer, RouteVoorsteller voorsteller, DeelTekst tekst, DomeinTekst d, CancellationToken ct) =>
        {
            if (await LeesBodyAsync(request, ct) is not { } body)
            {
                return OngeldigeBody();
            }
            var gelezen = await lezer.LeesAsync(body.RootElement, ct);
            if (gelezen.Kenmerken is null)
            {
                return Results.ValidationProblem(gelezen.Fouten, title: "De kenmerken zijn niet geldig.");
            }
            return Json(MeldrouteAntwoorden.Van(await voorsteller.StelVoorAsync(gelezen.Kenmerken, ct), tekst, d));
        }).RequireAuthorization(DoorverwijzingBeleid.MeldrouteLezen)
            .Accepts<MeldrouteInvoer.Kenmerken>("application/json")
            .WithSummary("De meldroute toetsen met kenmerken van een melding: het routevoorstel, zonder iets op te slaan, met uitleg in de taal van Accept-Language (standaard Nederlands).")
            .Produces<MeldrouteAntwoorden.Toets>().ProducesValidationProblem();

        groep.MapPut("/regels/{code}", async (string code, HttpRequest request, MeldrouteOpslag opslag, CancellationToken ct) =>
        {
            if (await LeesBodyAsync(request, ct) is not { } body)
            {
                return OngeldigeBody();
            }
            var (invoer, fouten) = RegelInvoerLezer.Lees(code, body.RootElement);
            if (invoer is null)
            {
                return Results.ValidationProblem(fouten, title: "De regel is niet geldig.");
            }
            var wijziging = await opslag.WijzigAsync(invoer, request.HttpContext.User.AlsActor(), Herkomst.Api, ct);
            return wijziging.Opgeslagen is { } opgeslagen
                ? Json(MeldrouteAntwoorden.Van(opgeslagen))
                : Results.ValidationProblem(wijziging.Fouten, title: "De regel is niet geldig.");
        }).RequireAuthorization(DoorverwijzingBeleid.MeldrouteBeheren)
            .Accepts<MeldrouteInvoer.Regel>("application/json")
            .WithSummary("Een regel van de meldroute wijzigen of toevoegen: een nieuwe versie, de vorige blijft bewaard.")
            .Produces<MeldrouteAntwoorden.Regel>().ProducesValidationProblem();
    }

    private static IResult Json<T>(T waarde) => ApiJson.Resultaat(waarde);

    private static IResult OngeldigeBody() =>
        Results.Problem(statusCode: 400, title: "Ongeldige JSON", detail: $"Stuur een JSON-object van hoogstens {MaxBody / 1024} kB.");

    private static async Task<JsonDocument?> LeesBodyAsync(HttpRequest request, CancellationToken ct)
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
