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
            .Produces<List<ApiClientWeergave>>()
            .WithSummary("Alle API-clients");

        groep.MapGet("/{clientId}", async Task<IResult> (string clientId, ApiClientBeheer beheer, CancellationToken ct) =>
                OngeldigeClientId(clientId)
                    ?? (await beheer.ZoekAsync(clientId, ct) is { } c ? TypedResults.Ok(c) : ApiProblemen.Resultaat(404, "Deze API-client bestaat niet.")))
            .Produces<ApiClientWeergave>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
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
                OngeldigeClientId(clientId)
                    ?? (await beheer.DeactiveerAsync(clientId, http.User.AlsActor(), Herkomst.Api, ct)
                        ? TypedResults.NoContent()
                        : ApiProblemen.Resultaat(404, "Deze API-client bestaat niet.")))
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("API-client deactiveren; zijn tokens werken direct niet meer");
    }

    /// <summary>A client id that cannot exist is bad input (400), not an unknown resource.</summary>
    private static IResult? OngeldigeClientId(string clientId) =>
        new Validatie().Als(!ClientGeheim.IsGeldigeClientId(clientId), "clientId",
            $"Een client-id bestaat uit 3 tot {ClientGeheim.MaxLengteClientId} kleine letters, cijfers en streepjes.").AlsProbleem();
}
