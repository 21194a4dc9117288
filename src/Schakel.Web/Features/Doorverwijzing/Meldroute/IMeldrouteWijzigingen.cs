namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>
/// Told after a rule change is committed (and audited), with the route's new version. Parts that publish the
/// route (the reporting-route map) register one to follow a change without the route knowing them.
/// </summary>
public interface IMeldrouteWijzigingen
{
    Task GewijzigdAsync(int routeVersie, CancellationToken ct);
}
