using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Schakel.Web.Data;

/// <summary>
/// How every SQLite connection of Schakel is set up (docs/adr/0007):
/// <list type="bullet">
/// <item>WAL journal: readers never block the one writer and the writer never blocks readers. In the default rollback
/// journal a commit waits until every reader has let go, and a reader that meanwhile wants to write waits for that
/// commit: each waits for the other until the timeout, and then "database is locked".</item>
/// <item>A busy timeout: a writer that finds another writer queues in SQLite's own busy handler for at most
/// <c>Database:SqliteWachttijd</c> (default 5 s) instead of failing at once; after that it is saturation, answered
/// 503 with Retry-After (Features/Belasting/Overbelasting).</item>
/// <item>Write transactions begin as <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's default for a transaction that
/// is not asked to be deferred, which EF Core uses): the write lock is taken before the first read, so a
/// read-then-write can never find that its snapshot went stale, which no waiting can cure.</item>
/// </list>
/// </summary>
public sealed class SqliteVerbindingen(TimeSpan wachttijd) : DbConnectionInterceptor
{
    public static readonly TimeSpan StandaardWachttijd = TimeSpan.FromSeconds(5);

    /// <summary>The connection string with Microsoft.Data.Sqlite's own wait (it retries busy statements) set to the same bound.</summary>
    public static string MetWachttijd(string verbinding, TimeSpan wachttijd)
    {
        var bouwer = new SqliteConnectionStringBuilder(verbinding);
        if (!verbinding.Contains("timeout", StringComparison.OrdinalIgnoreCase))
        {
            bouwer.DefaultTimeout = Math.Max(1, (int)Math.Ceiling(wachttijd.TotalSeconds));
        }
        return bouwer.ConnectionString;
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var opdracht = Opdracht(connection);
        opdracht.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var opdracht = Opdracht(connection);
        await opdracht.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Opdracht(DbConnection connection)
    {
        var opdracht = connection.CreateCommand();
        // journal_mode is stored in the file: on an existing WAL database this is a no-op; an in-memory database keeps "memory".
        opdracht.CommandText = $"PRAGMA busy_timeout = {(long)wachttijd.TotalMilliseconds}; PRAGMA journal_mode = WAL;";
        return opdracht;
    }
}
