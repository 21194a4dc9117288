namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>
/// Told of a rule change inside its unit of work, with the route's new version: what a follower adds to the shared
/// context (a notice) commits with the change and its audit entry, or not at all. Parts that publish the route (the
/// reporting-route map) register one to follow a change without the route knowing them.
/// </summary>
public interface IMeldrouteWijzigingen
{
    Task GewijzigdAsync(int routeVersie, CancellationToken ct);
}
