using Npgsql;

namespace Schakel.Web.Tests.Infrastructure;

public class PostgresClusterTests
{
    [Fact]
    public async Task TestClusterFromEnvironmentAnswersAsPostgres15()
    {
        // Fails rather than skips without the variable: a skipped PostgreSQL suite would hide a broken test setup.
        var connectionString = Environment.GetEnvironmentVariable("SCHAKEL_TEST_POSTGRES");
        Assert.False(
            string.IsNullOrWhiteSpace(connectionString),
            "SCHAKEL_TEST_POSTGRES is not set: run scripts/test.sh, or eval \"$(scripts/pg-start.sh)\" first.");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select version()", connection);
        var version = (string?)await command.ExecuteScalarAsync();

        Assert.NotNull(version);
        Assert.Contains("PostgreSQL 15", version, StringComparison.Ordinal);
    }
}
