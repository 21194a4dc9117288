using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Features.Belasting;

namespace Schakel.Web.Tests.Belasting;

/// <summary>
/// SQLite that is still busy or locked after its wait is saturation, answered like an exhausted PostgreSQL pool (503 with
/// Retry-After), not a 500; any other SQLite error stays an error.
/// </summary>
public sealed class SqliteVerzadigingTests
{
    private static readonly IServiceProvider Diensten = new ServiceCollection().AddOptions().Configure<BelastingOpties>(_ => { }).BuildServiceProvider();

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void Bezet_of_vergrendeld_is_verzadiging(int code)
    {
        var fout = new DbUpdateException("opslaan mislukt", new SqliteException("database is locked", code));

        Assert.NotNull(Overbelasting.Herken(fout, Diensten));
    }

    [Theory]
    [InlineData(19)]
    [InlineData(1)]
    public void Andere_sqlite_fouten_zijn_geen_verzadiging(int code)
    {
        Assert.Null(Overbelasting.Herken(new SqliteException("constraint", code), Diensten));
    }
}
