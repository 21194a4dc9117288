using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Schakel.Web.Data;
using Schakel.Web.Security;

namespace Schakel.Web.Tests.Infrastructure;

/// <summary>
/// The whole app on a real database of its own: a fresh SQLite file or a fresh PostgreSQL database on the
/// throw-away cluster (SCHAKEL_TEST_POSTGRES, started by scripts/test.sh). Development environment, so the
/// demo organisations, accounts and clients the README lists exist.
/// </summary>
public abstract class SchakelFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>
    /// Each host watched its settings files and wwwroot with inotify, and Linux allows 128 inotify instances per user
    /// by default. With test classes in parallel, each with its host and the hosts derived from it, a run reached that
    /// limit and pages answered 500 halfway through. The tests never change those files: settings are not reloaded,
    /// and the file providers poll instead of holding an inotify instance.
    /// </summary>
    static SchakelFactory()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Fresh random keys per factory, never the developer's key file.</summary>
    public virtual Sleutelbos Sleutels { get; } = Sleutelbos.Nieuw();

    protected abstract string Verbinding { get; }

    /// <summary>Notification e-mails are written here as .eml files, never into the source tree.</summary>
    public string MailMap { get; } = Path.Combine(Path.GetTempPath(), "schakel-mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>Extra settings a test class needs (e.g. a lower rate limit).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Schakel", Verbinding);
        builder.UseSetting("DemoGegevens", "true");
        foreach (var (versie, sleutel) in Sleutels.Versleuteling)
        {
            builder.UseSetting($"Sleutels:Versleuteling:{versie}", Convert.ToBase64String(sleutel));
        }
        builder.UseSetting("Sleutels:ActieveVersie", Sleutels.ActieveVersie);
        builder.UseSetting("Sleutels:Pseudoniem", Convert.ToBase64String(Sleutels.Pseudoniem));
        builder.UseSetting("Sleutels:Ontvangstcode", Convert.ToBase64String(Sleutels.Ontvangstcode));
        builder.UseSetting("Sleutels:Token", Convert.ToBase64String(Sleutels.Token));
        builder.UseSetting("Email:Map", MailMap);
        // One round at start-up only: tests send waiting e-mails themselves, so nothing races them.
        builder.UseSetting("Email:Interval", "01:00:00");
        // Every test request comes from the same (absent) address, so one class shares one partition.
        builder.UseSetting("Limieten:Token:Aantal", "100000");
        // Demo accounts sign in many times a minute here; TweestapsEenmaligTests switches the replay check on.
        builder.UseSetting("Tweestaps:CodeEenmalig", "false");
        foreach (var (k, v) in ExtraInstellingen)
        {
            builder.UseSetting(k, v);
        }
    }

    /// <summary>A scope on the app's own services, for arranging data and for looking at what was stored.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public virtual Task InitializeAsync()
    {
        // Starting the host runs migrations and seeding once for the whole test class.
        _ = Server;
        return Task.CompletedTask;
    }

    public new virtual async Task DisposeAsync() => await base.DisposeAsync();
}

public class SqliteFactory : SchakelFactory
{
    private readonly string _map = Directory.CreateTempSubdirectory("schakel-test-").FullName;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>The database file; tests look into it to prove personal data is not stored in clear text.</summary>
    public string Bestand => Path.Combine(_map, "schakel.db");

    protected override string Verbinding => $"Data Source={Bestand};Pooling=False";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_map, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on exit is harmless in a temp folder.
        }
    }
}

public class PostgresFactory : SchakelFactory
{
    private readonly string _database = $"schakel_test_{Guid.NewGuid():N}";

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public static string Beheerverbinding => Environment.GetEnvironmentVariable("SCHAKEL_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "SCHAKEL_TEST_POSTGRES is niet gezet: start de tests met scripts/test.sh, of eerst eval \"$(scripts/pg-start.sh)\".");

    protected override string Verbinding => new NpgsqlConnectionStringBuilder(Beheerverbinding) { Database = _database }.ConnectionString;

    public override async Task InitializeAsync()
    {
        await using (var verbinding = new NpgsqlConnection(Beheerverbinding))
        {
            await verbinding.OpenAsync();
            await using var opdracht = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", verbinding);
            await opdracht.ExecuteNonQueryAsync();
        }
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var verbinding = new NpgsqlConnection(Beheerverbinding);
        await verbinding.OpenAsync();
        await using var opdracht = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", verbinding);
        await opdracht.ExecuteNonQueryAsync();
    }
}
