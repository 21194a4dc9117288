using Schakel.Core.Organisaties;
using Schakel.Web.Features.Api;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.ApiClients;

/// <summary>/api/v1/api-clients: beheerders manage partner-system clients.</summary>
public static class ApiClientEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var groep = app.MapApiV1("/api-clients").VereistApiRol(Rollen.Beheerder).WithTags("API-clients");

        groep.MapGet("", async (ApiClientBeheer beheer, CancellationToken ct) => TypedResults.Ok(await beheer.LijstAsync(ct)))
            .WithSummary("Alle API-clients");

        groep.MapGet("/{clientId}", async Task<IResult> (string clientId, ApiClientBeheer beheer, CancellationToken ct) =>
                await beheer.ZoekAsync(clientId, ct) is { } c ? TypedResults.Ok(c) : ApiProblemen.Resultaat(404, "Deze API-client bestaat niet."))
            .Produces<ApiClientWeergave>()
            .WithSummary("Eén API-client");

        groep.MapPost("", async Task<IResult> (ApiClientAanvraag aanvraag, ApiClientBeheer beheer, HttpContext http, CancellationToken ct) =>
            {
                if ((await beheer.ControleerAsync(aanvraag, ct)).AlsProbleem() is { } probleem)
                {
                    return probleem;
                }
                var nieuw = await beheer.MaakAsync(aanvraag, http.User.AlsActor(), Herkomst.Api, ct);
                return TypedResults.Created($"{ApiRoutes.Basis}/api-clients/{nieuw.Client.ClientId}", nieuw);
            })
            .Produces<NieuweApiClient>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithSummary("API-client aanmaken (het geheim staat alleen in dit antwoord)");

        groep.MapPost("/{clientId}/deactivering", async Task<IResult> (string clientId, ApiClientBeheer beheer, HttpContext http, CancellationToken ct) =>
                await beheer.DeactiveerAsync(clientId, http.User.AlsActor(), Herkomst.Api, ct)
                    ? TypedResults.NoContent()
                    : ApiProblemen.Resultaat(404, "Deze API-client bestaat niet."))
            .WithSummary("API-client deactiveren; zijn tokens werken direct niet meer");
    }
}
