namespace Schakel.Web.Features.Schaal;

/// <summary>
/// How this node runs among others. Without <c>ConnectionStrings:Redis</c> and without <c>Schaal:MeerdereNodes</c>
/// a node behaves as a single node always did: SignalR, rate limits and the data-protection key ring stay in this process.
/// </summary>
public sealed class SchaalOpties
{
    /// <summary>StackExchange.Redis configuration (<c>host:port,password=…</c>); empty means no Redis.</summary>
    public string? Redis { get; init; }

    /// <summary>Prefix of every Redis channel and key, so several installations (or test runs) can share one Redis.</summary>
    public string Voorvoegsel { get; init; } = "schakel";

    /// <summary>Several nodes share one database: the key ring moves into the database. On by default when Redis is set.</summary>
    public bool MeerdereNodes { get; init; }

    public bool MetRedis => !string.IsNullOrWhiteSpace(Redis);

    public static SchaalOpties Lees(IConfiguration configuration)
    {
        var redis = configuration.GetConnectionString("Redis");
        return new SchaalOpties
        {
            Redis = string.IsNullOrWhiteSpace(redis) ? null : redis,
            Voorvoegsel = configuration["Schaal:Voorvoegsel"] is { Length: > 0 } v ? v : "schakel",
            MeerdereNodes = configuration.GetValue<bool?>("Schaal:MeerdereNodes") ?? !string.IsNullOrWhiteSpace(redis),
        };
    }
}
