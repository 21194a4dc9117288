using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Doorverwijzing.Delen;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>Evaluates the stored route over the organisation table, within the current sharing policy. Stores nothing.</summary>
public sealed class RouteVoorsteller(MeldrouteOpslag route, DatabaseOrganisatieGids gids, DeelbeleidOpslag beleid)
{
    public async Task<Routevoorstel> StelVoorAsync(MeldingKenmerken kenmerken, CancellationToken ct = default)
    {
        var meldroute = await route.HuidigeAsync(ct);
        var organisaties = await gids.LaadAsync(ct);
        var deelbeleid = await beleid.HuidigAsync(ct);
        return MeldrouteEvaluator.Evalueer(meldroute, kenmerken, organisaties, deelbeleid);
    }
}
