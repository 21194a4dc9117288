using StackExchange.Redis;

namespace Schakel.Web.Features.Schaal;

/// <summary>
/// The node's one connection to Redis (rate limits, the health check; the SignalR backplane keeps its own). It never
/// fails the start or a request when Redis is away: StackExchange.Redis keeps reconnecting in the background, and
/// callers check <see cref="Verbonden"/> or catch <see cref="RedisException"/> and fall back to this node alone.
/// </summary>
public sealed class RedisVerbinding(SchaalOpties opties) : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _verbinding = new(() => ConnectionMultiplexer.ConnectAsync(Configuratie(opties.Redis!)));

    public static ConfigurationOptions Configuratie(string verbinding)
    {
        var c = ConfigurationOptions.Parse(verbinding);
        c.AbortOnConnectFail = false;
        c.ConnectTimeout = Math.Min(c.ConnectTimeout, 2000);
        c.SyncTimeout = Math.Min(c.SyncTimeout, 1000);
        c.AsyncTimeout = Math.Min(c.AsyncTimeout, 1000);
        c.ClientName ??= "schakel";
        return c;
    }

    public async Task<IDatabase> DatabaseAsync() => (await _verbinding.Value).GetDatabase();

    public bool Verbonden => _verbinding.IsValueCreated && _verbinding.Value.IsCompletedSuccessfully && _verbinding.Value.Result.IsConnected;

    /// <summary>A key under this installation's prefix.</summary>
    public RedisKey Sleutel(string deel) => $"{opties.Voorvoegsel}:{deel}";

    public async ValueTask DisposeAsync()
    {
        if (_verbinding.IsValueCreated && _verbinding.Value.IsCompletedSuccessfully)
        {
            await _verbinding.Value.Result.DisposeAsync();
        }
    }
}
