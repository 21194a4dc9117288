using Microsoft.AspNetCore.SignalR;

namespace Schakel.Web.Features.Opvang.Live;

/// <summary>Figures of one pool after a change: ids and numbers only, nothing about a person.</summary>
public sealed record PoolCijfers(Guid PoolId, int Capaciteit, int Bezet, int BuitenGebruik, int Gereserveerd, int Beschikbaar, DateTimeOffset? BijgewerktOp)
{
    public static PoolCijfers Van(PoolStand s) => new(
        s.Pool.Id, s.Beschikbaarheid.Capaciteit, s.Beschikbaarheid.Bezet, s.Beschikbaarheid.BuitenGebruik,
        s.Beschikbaarheid.Gereserveerd, s.Beschikbaarheid.Beschikbaar, s.Beschikbaarheid.BijgewerktOp);
}

public sealed record ReserveringSignaal(Guid ReserveringId, Guid PoolId, string Status);

/// <summary>
/// Sends every saved change to all connected boards. A failed push must never undo or fail the change
/// itself: the board still shows the truth on its next load.
/// </summary>
public sealed class LiveGebeurtenissen(IHubContext<OpvangHub> hub, IServiceScopeFactory scopes, ILogger<LiveGebeurtenissen> log) : IOpvangGebeurtenissen
{
    public async Task BeschikbaarheidGewijzigdAsync(Guid poolId, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var stand = await scope.ServiceProvider.GetRequiredService<OpvangService>().PoolStandAsync(poolId, CancellationToken.None);
            if (stand is not null)
            {
                await hub.Clients.All.SendAsync(OpvangHub.Beschikbaarheid, PoolCijfers.Van(stand), CancellationToken.None);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Live update for pool {PoolId} not sent", poolId);
        }
    }

    public async Task BeschikbaarheidGewijzigdAsync(PoolStand stand, CancellationToken ct)
    {
        try
        {
            await hub.Clients.All.SendAsync(OpvangHub.Beschikbaarheid, PoolCijfers.Van(stand), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Live update for pool {PoolId} not sent", stand.Pool.Id);
        }
    }

    public async Task ReserveringGewijzigdAsync(Guid reserveringId, Guid poolId, ReserveringStatus status, CancellationToken ct)
    {
        try
        {
            await hub.Clients.All.SendAsync(OpvangHub.Reservering, new ReserveringSignaal(reserveringId, poolId, status.ToString()), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Live update for hold {ReserveringId} not sent", reserveringId);
        }
    }
}
