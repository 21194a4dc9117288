using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Schaal;

/// <summary>
/// The database for heavy reads that may lag a moment (the monitor's counts): the read replica from
/// <c>ConnectionStrings:SchakelLezen</c> when PostgreSQL runs with one, else the request's own context on the primary.
/// Writes never go here: the replica's sessions are read-only, and its context tracks nothing.
/// </summary>
public sealed class Leesdatabase(SchakelDbContext primair, Leesreplica? replica = null) : IAsyncDisposable
{
    private SchakelDbContext? _replica;

    public SchakelDbContext Context => replica is null ? primair : _replica ??= new PostgresSchakelDbContext(replica.Opties);

    public bool OpReplica => replica is not null;

    public async ValueTask DisposeAsync()
    {
        if (_replica is not null)
        {
            await _replica.DisposeAsync();
        }
    }
}

/// <summary>The replica's context options, made once; registered only when a replica is configured.</summary>
public sealed class Leesreplica(DbContextOptions<PostgresSchakelDbContext> opties)
{
    public DbContextOptions<PostgresSchakelDbContext> Opties { get; } = opties;

    public static Leesreplica? Uit(IConfiguration configuration)
    {
        var verbinding = configuration.GetConnectionString("SchakelLezen");
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        if (string.IsNullOrWhiteSpace(verbinding) || !provider.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        // Read-only sessions: a write that strays here fails on any server, not only on a standby.
        var bouwer = new Npgsql.NpgsqlConnectionStringBuilder(DataModule.MetPoolgrootte(verbinding, configuration));
        bouwer.Options = string.Join(' ', new[] { bouwer.Options, "-c default_transaction_read_only=on" }.Where(o => !string.IsNullOrWhiteSpace(o)));
        return new Leesreplica(new DbContextOptionsBuilder<PostgresSchakelDbContext>()
            .UseNpgsql(bouwer.ConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options);
    }
}
