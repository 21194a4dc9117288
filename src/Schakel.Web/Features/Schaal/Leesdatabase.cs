using Microsoft.EntityFrameworkCore;
using Npgsql;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Schaal;

/// <summary>
/// The database for heavy reads that may lag a moment (the monitor's counts): the read replica from
/// <c>ConnectionStrings:SchakelLezen</c> when PostgreSQL runs with one, else the request's own context on the primary.
/// Writes never go here: the replica's sessions are read-only, and its context tracks nothing.
/// When the replica cannot be reached the reads fall back to the primary (the monitor keeps working, a little fresher and a
/// little heavier on the primary) and the replica is not tried again for <see cref="Leesreplica.Wachttijd"/>.
/// </summary>
public sealed class Leesdatabase(SchakelDbContext primair, ILogger<Leesdatabase> log, Leesreplica? replica = null) : IAsyncDisposable
{
    private SchakelDbContext? _replica;
    private bool? _opReplica;

    public SchakelDbContext Context => OpReplica ? _replica! : primair;

    /// <summary>True when this request reads from the replica; decided on first use, by opening one connection to it.</summary>
    public bool OpReplica => _opReplica ??= Verbind();

    private bool Verbind()
    {
        if (replica is null || !replica.Proberen)
        {
            return false;
        }
        var context = new PostgresSchakelDbContext(replica.Opties);
        try
        {
            // Kept open for the request: EF reuses it for every read on this context.
            context.Database.OpenConnection();
            _replica = context;
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            context.Dispose();
            replica.Onbereikbaar();
            log.LogWarning("Read replica unreachable ({Fout}): monitor reads go to the primary for now", e.GetType().Name);
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_replica is not null)
        {
            await _replica.DisposeAsync();
        }
    }
}

/// <summary>The replica's context options, made once; registered only when a replica is configured.</summary>
public sealed class Leesreplica(DbContextOptions<PostgresSchakelDbContext> opties, TimeProvider tijd)
{
    /// <summary>How long the primary serves the reads after the replica could not be reached.</summary>
    public static readonly TimeSpan Wachttijd = TimeSpan.FromSeconds(30);

    private long _onbereikbaarTot;

    public DbContextOptions<PostgresSchakelDbContext> Opties { get; } = opties;

    public bool Proberen => tijd.GetUtcNow().UtcTicks >= Interlocked.Read(ref _onbereikbaarTot);

    public void Onbereikbaar() => Interlocked.Exchange(ref _onbereikbaarTot, (tijd.GetUtcNow() + Wachttijd).UtcTicks);

    public static Leesreplica? Uit(IConfiguration configuration)
    {
        var verbinding = configuration.GetConnectionString("SchakelLezen");
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        if (string.IsNullOrWhiteSpace(verbinding) || !provider.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        // Read-only sessions: a write that strays here fails on any server, not only on a standby.
        var bouwer = new NpgsqlConnectionStringBuilder(DataModule.MetNodeInstellingen(verbinding, configuration));
        bouwer.Options = string.Join(' ', new[] { bouwer.Options, "-c default_transaction_read_only=on" }.Where(o => !string.IsNullOrWhiteSpace(o)));
        // A replica that is away must not hold the monitor for Npgsql's default 15 s before it falls back to the primary.
        bouwer.Timeout = Math.Min(bouwer.Timeout, 5);
        return new Leesreplica(new DbContextOptionsBuilder<PostgresSchakelDbContext>()
            .UseNpgsql(bouwer.ConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options, TimeProvider.System);
    }
}
