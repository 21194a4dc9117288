using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Schakel.Web.Data;

public static class DataModule
{
    public const string StandaardSqlite = "Data Source=data/schakel.db";

    /// <summary>`Database:Provider` picks SQLite (default, a file under data/) or PostgreSQL.</summary>
    public static IServiceCollection AddSchakelData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment? omgeving = null)
    {
        // In Development (and so in every test) a query that limits rows without an order is an error, not a log line: its
        // result would depend on the database's whim, and a warning in a log is found only by chance (issue 13).
        var streng = omgeving?.IsDevelopment() == true;
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var verbinding = configuration.GetConnectionString("Schakel");

        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(verbinding))
            {
                throw new InvalidOperationException("Database:Provider is Postgres, maar ConnectionStrings:Schakel ontbreekt.");
            }
            verbinding = MetNodeInstellingen(verbinding, configuration);
            services.AddDbContext<SchakelDbContext, PostgresSchakelDbContext>((sp, o) => Streng(o.UseNpgsql(verbinding).AddInterceptors(sp.GetServices<IInterceptor>()), streng));
        }
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            verbinding = string.IsNullOrWhiteSpace(verbinding) ? StandaardSqlite : verbinding;
            MaakMapVoorSqlite(verbinding);
            var wachttijd = configuration.GetValue<TimeSpan?>("Database:SqliteWachttijd") ?? SqliteVerbindingen.StandaardWachttijd;
            verbinding = SqliteVerbindingen.MetWachttijd(verbinding, wachttijd);
            var instelling = new SqliteVerbindingen(wachttijd);
            services.AddDbContext<SchakelDbContext, SqliteSchakelDbContext>((sp, o) => Streng(o.UseSqlite(verbinding).AddInterceptors([instelling, .. sp.GetServices<IInterceptor>()]), streng));
        }
        else
        {
            throw new InvalidOperationException($"Onbekende Database:Provider '{provider}': kies Sqlite of Postgres.");
        }

        // Features follow saves through interceptors they register as IInterceptor (e.g. Doorverwijzing's RoutebasisVolger).
        services.AddScoped<DatabaseInitialisatie>();
        return services;
    }

    /// <summary>
    /// Turns EF's warning for Skip/Take without an order into an exception: a page of rows must be the same page every time.
    /// First without order or filter stays a logged warning: tests and the key canary read single-row tables that way.
    /// </summary>
    public static DbContextOptionsBuilder Streng(DbContextOptionsBuilder opties, bool streng) => streng
        ? opties.ConfigureWarnings(w => w.Throw(CoreEventId.RowLimitingOperationWithoutOrderByWarning))
        : opties;

    /// <summary>Connections per node when neither the connection string nor `Database:MaxVerbindingen` says (docs/adr/0006).</summary>
    public const int StandaardMaxVerbindingen = 30;

    /// <summary>Statements prepared per connection when the connection string does not say (`Max Auto Prepare`).</summary>
    public const int StandaardAutoVoorbereid = 64;

    /// <summary>
    /// Npgsql's default pool (100) equals PostgreSQL's default max_connections, so one busy node alone could ask for more
    /// connections than the server allows ("too many clients", a 500). Each node gets a smaller pool: `Database:MaxVerbindingen`,
    /// else a `Maximum Pool Size` in the connection string, else 30. Sizing per node against max_connections: docs/adr/0006.
    /// Every EF query has a fixed text, so each connection prepares what it runs repeatedly and PostgreSQL parses and plans
    /// it once: on a contended hold that took PostgreSQL's CPU per request from 6.7 to 3.9 ms (docs/benchmarks.md). A
    /// `Max Auto Prepare` in the connection string wins (0 turns it off).
    /// </summary>
    public static string MetNodeInstellingen(string verbinding, IConfiguration configuration)
    {
        var bouwer = new Npgsql.NpgsqlConnectionStringBuilder(verbinding);
        var ingesteld = configuration.GetValue<int?>("Database:MaxVerbindingen");
        var inVerbinding = verbinding.Contains("pool size", StringComparison.OrdinalIgnoreCase) && verbinding.Contains("max", StringComparison.OrdinalIgnoreCase);
        if (ingesteld is { } aantal)
        {
            bouwer.MaxPoolSize = aantal;
        }
        else if (!inVerbinding)
        {
            bouwer.MaxPoolSize = StandaardMaxVerbindingen;
        }
        if (!verbinding.Contains("auto prepare", StringComparison.OrdinalIgnoreCase))
        {
            bouwer.MaxAutoPrepare = StandaardAutoVoorbereid;
        }
        return bouwer.ConnectionString;
    }

    private static void MaakMapVoorSqlite(string verbinding)
    {
        var bron = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(verbinding).DataSource;
        var map = Path.GetDirectoryName(Path.GetFullPath(bron));
        if (!string.IsNullOrEmpty(map) && bron != ":memory:")
        {
            Directory.CreateDirectory(map);
        }
    }
}

/// <summary>Lets `dotnet ef` create the SQLite migrations without starting the app.</summary>
internal sealed class SqliteOntwerpFabriek : IDesignTimeDbContextFactory<SqliteSchakelDbContext>
{
    public SqliteSchakelDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSchakelDbContext>().UseSqlite(DataModule.StandaardSqlite).Options);
}

/// <summary>Lets `dotnet ef` create the PostgreSQL migrations without a server.</summary>
internal sealed class PostgresOntwerpFabriek : IDesignTimeDbContextFactory<PostgresSchakelDbContext>
{
    public PostgresSchakelDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSchakelDbContext>().UseNpgsql("Host=localhost;Database=schakel").Options);
}
