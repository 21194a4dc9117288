using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Schakel.Web.Features.Accounts;

namespace Schakel.Web.Data;

/// <summary>
/// The one model of Schakel. Features add entities through IEntityTypeConfiguration classes in their own
/// folder and reach them with Set&lt;T&gt;(), so a new feature never has to edit this class.
/// Two subclasses exist only so each provider keeps its own migrations.
/// </summary>
public abstract class SchakelDbContext(DbContextOptions options)
    : IdentityDbContext<Medewerker, IdentityRole<Guid>, Guid>(options)
{
    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SchakelDbContext).Assembly);
    }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class SqliteSchakelDbContext(DbContextOptions<SqliteSchakelDbContext> options) : SchakelDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>
    /// SQLite has no date type; stored as binary ticks, DateTimeOffset values can be compared and sorted
    /// in SQL, which the deadlines and the monitor need.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}

public sealed class PostgresSchakelDbContext(DbContextOptions<PostgresSchakelDbContext> options) : SchakelDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
