using Microsoft.Data.Sqlite;
using Npgsql;
using Schakel.Web.Data;

namespace Schakel.Web.Tests.Infrastructure;

/// <summary>
/// One migrated and seeded database per provider per test run, which every factory copies instead of migrating and
/// seeding its own: that start-up was most of a test class's time. Built on first use, once, whichever test class asks
/// first (classes run in parallel); only its own host ever writes to it, so no test sees what another class wrote.
/// </summary>
internal static class Sjabloon
{
    private static readonly Lazy<Task<string>> SqliteBestand = new(BouwSqliteAsync);
    private static readonly Lazy<Task<string>> PostgresDatabase = new(BouwPostgresAsync);

    /// <summary>The path of the template SQLite file, to copy.</summary>
    public static Task<string> SqliteAsync() => SqliteBestand.Value;

    /// <summary>The name of the template PostgreSQL database, for CREATE DATABASE … TEMPLATE.</summary>
    public static Task<string> PostgresAsync() => PostgresDatabase.Value;

    private static async Task<string> BouwSqliteAsync()
    {
        var map = Directory.CreateTempSubdirectory("schakel-sjabloon-").FullName;
        var bestand = Path.Combine(map, "schakel.db");
        var verbinding = $"Data Source={bestand};Pooling=False";
        await BouwAsync(DatabaseProvider.Sqlite, verbinding);
        // Without pooling the host left no connection open; the checkpoint moves whatever the WAL still holds into the
        // file itself, so copying the one file copies everything.
        await using (var sqlite = new SqliteConnection(verbinding))
        {
            await sqlite.OpenAsync();
            await using var opdracht = sqlite.CreateCommand();
            opdracht.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await opdracht.ExecuteNonQueryAsync();
        }
        return bestand;
    }

    private static async Task<string> BouwPostgresAsync()
    {
        var naam = $"schakel_template_{Guid.NewGuid():N}";
        var verbinding = new NpgsqlConnectionStringBuilder(PostgresFactory.Beheerverbinding) { Database = naam }.ConnectionString;
        await PostgresFactory.BeheerAsync($"CREATE DATABASE \"{naam}\"");
        await BouwAsync(DatabaseProvider.Postgres, verbinding);
        // CREATE DATABASE … TEMPLATE refuses a source with sessions: the pool's idle connections go, and no new session
        // may start (copying does not need one).
        await using (var pool = new NpgsqlConnection(verbinding))
        {
            NpgsqlConnection.ClearPool(pool);
        }
        await PostgresFactory.BeheerAsync($"ALTER DATABASE \"{naam}\" ALLOW_CONNECTIONS false");
        await PostgresFactory.BeheerAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{naam}'");
        return naam;
    }

    /// <summary>
    /// Removes the templates at the end of the run (<see cref="Testraamwerk"/>): the test host is ended right after its
    /// last message, too soon for a ProcessExit handler. A run that is killed leaves them, on the throw-away cluster and
    /// in the temp folder, which go anyway.
    /// </summary>
    public static async Task OpruimenAsync()
    {
        if (SqliteBestand.IsValueCreated && SqliteBestand.Value.IsCompletedSuccessfully)
        {
            try
            {
                Directory.Delete(Path.GetDirectoryName(await SqliteBestand.Value)!, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temp folder, like a factory's file still open on exit.
            }
        }
        if (PostgresDatabase.IsValueCreated && PostgresDatabase.Value.IsCompletedSuccessfully)
        {
            await PostgresFactory.BeheerAsync($"DROP DATABASE IF EXISTS \"{await PostgresDatabase.Value}\" WITH (FORCE)");
        }
    }

    private static async Task BouwAsync(DatabaseProvider provider, string verbinding)
    {
        await using var bouwer = new Bouwer(provider, verbinding);
        await bouwer.InitializeAsync();
    }

    /// <summary>The app once on the template database: migrates and seeds it, with the shared keys, and stops.</summary>
    private sealed class Bouwer(DatabaseProvider provider, string verbinding) : SchakelFactory
    {
        public override DatabaseProvider Provider => provider;

        protected override string Verbinding => verbinding;

        private protected override bool BouwtSjabloon => true;
    }
}
