using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Schakel.Web.Features.Schaal;

/// <summary>
/// Part of /health/ready when Redis is configured. Redis away is "Degraded", not "Unhealthy": the node still serves every
/// page and stores every report (rate limits fall back to this node's own count, the backplane reconnects and the live
/// pages reload what they missed), so a load balancer must not take all nodes out because Redis blinked.
/// </summary>
internal sealed class RedisGezondheid(RedisVerbinding redis) : IHealthCheck
{
    private static readonly HealthCheckResult Onbereikbaar =
        HealthCheckResult.Degraded("Redis onbereikbaar: live-updates tussen nodes en gedeelde limieten wachten tot de verbinding terug is");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var db = await redis.DatabaseAsync();
            if (!redis.Verbonden)
            {
                // Answer at once: a ping would only wait for its time-out while the client reconnects.
                return Onbereikbaar;
            }
            var duur = await db.PingAsync();
            return HealthCheckResult.Healthy($"Redis antwoordt ({duur.TotalMilliseconds:0} ms)");
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            return Onbereikbaar;
        }
    }
}
