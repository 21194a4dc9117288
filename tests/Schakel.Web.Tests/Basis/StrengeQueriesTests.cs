using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Basis;

/// <summary>
/// In Development (every test runs there) a query that limits rows without an order throws, so such a query fails the
/// test that runs it instead of leaving a warning in a log nobody reads (issue 13).
/// </summary>
public abstract class StrengeQueriesTests(SchakelFactory factory)
{
    [Fact]
    public async Task Take_zonder_volgorde_faalt_met_volgorde_niet()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Set<Organisatie>().AsNoTracking().Take(2).ToListAsync());
        Assert.Equal(2, (await db.Set<Organisatie>().AsNoTracking().OrderBy(o => o.Id).Take(2).ToListAsync()).Count);
    }
}

public sealed class StrengeQueriesTestsSqlite(SqliteFactory factory) : StrengeQueriesTests(factory), IClassFixture<SqliteFactory>;

public sealed class StrengeQueriesTestsPostgres(PostgresFactory factory) : StrengeQueriesTests(factory), IClassFixture<PostgresFactory>;
