using Npgsql;
using Schakel.Web.Data;
using Schakel.Web.Security;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Schaal;

/// <summary>A test that needs Redis (SCHAKEL_REDIS, started by scripts/test.sh) is skipped with this reason when there is none.</summary>
public sealed class MetRedisFactAttribute : FactAttribute
{
    public MetRedisFactAttribute()
    {
        if (TweeNodes.Redis is null)
        {
            Skip = "SCHAKEL_REDIS is niet gezet: geen Redis om twee nodes te verbinden (scripts/test.sh start er een; eval \"$(scripts/redis-start.sh)\" ook).";
        }
    }
}

/// <summary>
/// Two app nodes on one PostgreSQL database and one Redis, as in production behind a load balancer: the same key ring from
/// configuration, each its own process state. Started once for the class; <see cref="NieuweNode"/> makes a third to stop.
/// </summary>
public sealed class TweeNodes : IAsyncLifetime
{
    public static string? Redis => Environment.GetEnvironmentVariable("SCHAKEL_REDIS") is { Length: > 0 } r ? r : null;

    private readonly string _database = $"schakel_test_{Guid.NewGuid():N}";
    /// <summary>A prefix of its own, so another test run on the same Redis never hears these nodes.</summary>
    private readonly string _voorvoegsel = $"schakel-test-{Guid.NewGuid():N}";
    private readonly Sleutelbos _sleutels = Sleutelbos.Nieuw();

    public Node A { get; private set; } = null!;
    public Node B { get; private set; } = null!;

    private string Verbinding => new NpgsqlConnectionStringBuilder(PostgresFactory.Beheerverbinding) { Database = _database }.ConnectionString;

    public Node NieuweNode(string? redis = null) => new(Verbinding, redis ?? Redis!, _voorvoegsel, _sleutels);

    public async Task InitializeAsync()
    {
        if (Redis is null)
        {
            return;
        }
        await using (var verbinding = new NpgsqlConnection(PostgresFactory.Beheerverbinding))
        {
            await verbinding.OpenAsync();
            await using var opdracht = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", verbinding);
            await opdracht.ExecuteNonQueryAsync();
        }
        A = NieuweNode();
        await A.InitializeAsync();
        B = NieuweNode();
        await B.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (Redis is null)
        {
            return;
        }
        await B.DisposeAsync();
        await A.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var verbinding = new NpgsqlConnection(PostgresFactory.Beheerverbinding);
        await verbinding.OpenAsync();
        await using var opdracht = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", verbinding);
        await opdracht.ExecuteNonQueryAsync();
    }

    public sealed class Node(string verbinding, string redis, string voorvoegsel, Sleutelbos sleutels) : SchakelFactory
    {
        public override DatabaseProvider Provider => DatabaseProvider.Postgres;

        protected override string Verbinding => verbinding;

        protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen =>
        [
            new("ConnectionStrings:Redis", redis),
            new("Schaal:Voorvoegsel", voorvoegsel),
            // Every node has the same keys from configuration, as in production; the factory's own random ones are replaced.
            .. sleutels.Versleuteling.Select(k => new KeyValuePair<string, string>($"Sleutels:Versleuteling:{k.Key}", Convert.ToBase64String(k.Value))),
            new("Sleutels:ActieveVersie", sleutels.ActieveVersie),
            new("Sleutels:Pseudoniem", Convert.ToBase64String(sleutels.Pseudoniem)),
            new("Sleutels:Ontvangstcode", Convert.ToBase64String(sleutels.Ontvangstcode)),
            new("Sleutels:Token", Convert.ToBase64String(sleutels.Token)),
            new("Limieten:Melden:Aantal", "10000"),
            // The code look-up limit is the one counted across nodes here: four per hour for the class's one (absent) address.
            new("Limieten:Code:Aantal", "4"),
            new("Limieten:Code:VensterMinuten", "60"),
            new("Database:MaxVerbindingen", "20"),
        ];
    }
}
