using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Doorverwijzing.Delen;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>
/// Evaluates the stored route over the organisation table, within the current sharing policy. Stores nothing. What it
/// reads besides the report is kept per node between changes (<see cref="Routegegevens"/>).
/// </summary>
public sealed class RouteVoorsteller(MeldrouteOpslag route, DatabaseOrganisatieGids gids, DeelbeleidOpslag beleid, Routegegevens gegevens)
{
    public async Task<Routevoorstel> StelVoorAsync(MeldingKenmerken kenmerken, CancellationToken ct = default)
    {
        var basis = await gegevens.HuidigAsync(async c => new Routebasis(await route.HuidigeAsync(c), await gids.LaadAsync(c), await beleid.HuidigAsync(c)), ct);
        return MeldrouteEvaluator.Evalueer(basis.Route, kenmerken, basis.Gids, basis.Deelbeleid);
    }
}
