using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;

namespace Schakel.Web.Features.Schaal;

/// <summary>
/// The Redis backplane, with this node's own clients kept in reach when Redis is away. The backplane delivers even a node's
/// own messages through Redis, so without this a node that lost Redis stopped updating the boards connected to it, although
/// it still saved every change. Every connection is registered with both the backplane and a plain in-process manager; a
/// message goes through Redis while Redis is connected, and to this node's own clients only while it is not (other nodes'
/// boards catch up by reloading after their reconnect). When Redis returns, the backplane's subscriptions come back by
/// themselves and messages cross nodes again.
/// </summary>
internal sealed class TerugvalHubBeheer<THub>(
    RedisHubLifetimeManager<THub> redis,
    DefaultHubLifetimeManager<THub> lokaal,
    RedisVerbinding verbinding,
    ILogger<TerugvalHubBeheer<THub>> log) : HubLifetimeManager<THub>
    where THub : Hub
{
    private static bool IsRedisFout(Exception e) => e is RedisException or TimeoutException or ObjectDisposedException;

    private async Task<bool> RedisBereikbaarAsync()
    {
        // Makes the node's own connection on first use; its state stands for Redis as a whole.
        await verbinding.DatabaseAsync();
        return verbinding.Verbonden;
    }

    private async Task ZendAsync(Func<HubLifetimeManager<THub>, Task> zend)
    {
        if (await RedisBereikbaarAsync())
        {
            try
            {
                await zend(redis);
                return;
            }
            catch (Exception e) when (IsRedisFout(e))
            {
                log.LogWarning("Redis unreachable: live message delivered to this node's clients only");
            }
        }
        await zend(lokaal);
    }

    /// <summary>Group and connection bookkeeping goes to both; the backplane's part may fail while Redis is away.</summary>
    private async Task BeideAsync(Func<HubLifetimeManager<THub>, Task> actie)
    {
        await actie(lokaal);
        try
        {
            await actie(redis);
        }
        catch (Exception e) when (IsRedisFout(e))
        {
            log.LogWarning("Redis unreachable: connection bookkeeping kept on this node only");
        }
    }

    public override Task OnConnectedAsync(HubConnectionContext connection) => BeideAsync(m => m.OnConnectedAsync(connection));

    public override Task OnDisconnectedAsync(HubConnectionContext connection) => BeideAsync(m => m.OnDisconnectedAsync(connection));

    public override Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
        BeideAsync(m => m.AddToGroupAsync(connectionId, groupName, cancellationToken));

    public override Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
        BeideAsync(m => m.RemoveFromGroupAsync(connectionId, groupName, cancellationToken));

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        ZendAsync(m => m.SendAllAsync(methodName, args, cancellationToken));

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        ZendAsync(m => m.SendAllExceptAsync(methodName, args, excludedConnectionIds, cancellationToken));

    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        ZendAsync(m => m.SendConnectionAsync(connectionId, methodName, args, cancellationToken));

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        ZendAsync(m => m.SendConnectionsAsync(connectionIds, methodName, args, cancellationToken));

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        ZendAsync(m => m.SendGroupAsync(groupName, methodName, args, cancellationToken));

    public override Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        ZendAsync(m => m.SendGroupExceptAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken));

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        ZendAsync(m => m.SendGroupsAsync(groupNames, methodName, args, cancellationToken));

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        ZendAsync(m => m.SendUserAsync(userId, methodName, args, cancellationToken));

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        ZendAsync(m => m.SendUsersAsync(userIds, methodName, args, cancellationToken));

    // Client results are not used by Schakel's hubs; they stay with the backplane.
    public override Task<T> InvokeConnectionAsync<T>(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken) =>
        redis.InvokeConnectionAsync<T>(connectionId, methodName, args, cancellationToken);

    public override Task SetConnectionResultAsync(string connectionId, Microsoft.AspNetCore.SignalR.Protocol.CompletionMessage result) =>
        redis.SetConnectionResultAsync(connectionId, result);

    public override bool TryGetReturnType(string invocationId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type) =>
        redis.TryGetReturnType(invocationId, out type);
}
