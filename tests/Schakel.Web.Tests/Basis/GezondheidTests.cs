using System.Net;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Basis;

/// <summary>
/// The pattern for every HTTP suite: an abstract class with the tests, and one subclass per database,
/// so the same tests run on SQLite and on PostgreSQL.
/// </summary>
public abstract class GezondheidTests(SchakelFactory factory)
{
    [Fact]
    public async Task Live_antwoordt_zonder_database()
    {
        var antwoord = await factory.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
    }

    [Fact]
    public async Task Ready_controleert_de_database()
    {
        var antwoord = await factory.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("Healthy", await antwoord.Content.ReadAsStringAsync());
    }
}

public sealed class GezondheidTestsSqlite(SqliteFactory f) : GezondheidTests(f), IClassFixture<SqliteFactory>;

public sealed class GezondheidTestsPostgres(PostgresFactory f) : GezondheidTests(f), IClassFixture<PostgresFactory>;
