using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Schakel.Web.Data;
using Schakel.Web.Security;

namespace Schakel.Web.Tests.Infrastructure;

/// <summary>
/// The whole app on a real database of its own: a SQLite file or a PostgreSQL database on the throw-away cluster
/// (SCHAKEL_TEST_POSTGRES, started by scripts/test.sh). Development environment, so the demo organisations, accounts
/// and clients the README lists exist. The database starts as a copy of the test run's migrated and seeded template
/// (<see cref="Sjabloon"/>), unless the factory opts out with <see cref="VanSjabloon"/>.
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

    /// <summary>
    /// Random keys for the whole test run, never the developer's key file. One set for all factories: the template's
    /// demo data is encrypted and pseudonymised with them, and every copy of it must be read with the same keys.
    /// </summary>
    public static Sleutelbos GedeeldeSleutels { get; } = Sleutelbos.Nieuw();

    /// <summary>The keys this app starts with. A factory that brings its own must set <see cref="VanSjabloon"/> to false.</summary>
    public virtual Sleutelbos Sleutels => GedeeldeSleutels;

    /// <summary>
    /// Whether the database starts as a copy of the template (migrated and seeded once per test run) instead of empty.
    /// Startup still migrates (nothing to do) and seeds (finds everything there), so a copy is what a fresh start makes,
    /// minutes earlier. Override with false, and say why, where the test needs startup to meet an empty database: other
    /// keys than <see cref="GedeeldeSleutels"/>, or settings that change what migration or seeding writes.
    /// </summary>
    protected virtual bool VanSjabloon => true;

    /// <summary>
    /// The host that builds the template: migration and seeding only. Its background rounds (e-mail, retention,
    /// monitoring) stay off, so every copy meets them still to do, as a fresh database would, and their mails land
    /// in the copy's own <see cref="MailMap"/>.
    /// </summary>
    private protected virtual bool BouwtSjabloon => false;

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
        if (BouwtSjabloon)
        {
            builder.ConfigureTestServices(services =>
            {
                // Some rounds are registered through a factory, so the type shows only once made: each hosted service
                // is made as registered, and a background one is swapped for one that does nothing.
                for (var i = 0; i < services.Count; i++)
                {
                    var d = services[i];
                    if (d.ServiceType == typeof(IHostedService) && !d.IsKeyedService)
                    {
                        services[i] = ServiceDescriptor.Singleton<IHostedService>(sp => Maak(sp, d) is var h and not BackgroundService ? h : new GeenRonde());
                    }
                }
            });
        }
    }

    private static IHostedService Maak(IServiceProvider sp, ServiceDescriptor d) =>
        (IHostedService)(d.ImplementationInstance ?? d.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, d.ImplementationType!));

    private sealed class GeenRonde : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>A scope on the app's own services, for arranging data and for looking at what was stored.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public virtual async Task InitializeAsync()
    {
        await ZetDatabaseKlaarAsync();
        // Starting the host runs migrations and seeding once for the whole test class.
        _ = Server;
    }

    /// <summary>Makes the database the host will start on: a copy of the template, or an empty one.</summary>
    protected virtual Task ZetDatabaseKlaarAsync() => Task.CompletedTask;

    /// <summary>Whether to copy the template; refuses a factory that would read the template's data with other keys.</summary>
    private protected bool OpSjabloon()
    {
        if (!VanSjabloon)
        {
            return false;
        }
        var eigen = ExtraInstellingen.Select(i => i.Key).Where(k => k.StartsWith("Sleutels:", StringComparison.OrdinalIgnoreCase)
            || k.Equals("DemoGegevens", StringComparison.OrdinalIgnoreCase)
            || k.Equals("ConnectionStrings:Schakel", StringComparison.OrdinalIgnoreCase)).ToList();
        if (!ReferenceEquals(Sleutels, GedeeldeSleutels) || eigen.Count > 0)
        {
            throw new InvalidOperationException(
                $"{GetType().Name} brengt eigen sleutels of database-instellingen mee ({string.Join(", ", eigen)}): zet VanSjabloon op false.");
        }
        return true;
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

    protected override async Task ZetDatabaseKlaarAsync()
    {
        if (OpSjabloon())
        {
            File.Copy(await Sjabloon.SqliteAsync(), Bestand);
        }
    }

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

    protected override async Task ZetDatabaseKlaarAsync()
    {
        var sjabloon = OpSjabloon() ? $" TEMPLATE \"{await Sjabloon.PostgresAsync()}\"" : "";
        await BeheerAsync($"CREATE DATABASE \"{_database}\"{sjabloon}");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await BeheerAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    /// <summary>One statement on the cluster's maintenance database (creating and dropping test databases).</summary>
    internal static async Task BeheerAsync(string sql)
    {
        await using var verbinding = new NpgsqlConnection(Beheerverbinding);
        await verbinding.OpenAsync();
        await using var opdracht = new NpgsqlCommand(sql, verbinding);
        await opdracht.ExecuteNonQueryAsync();
    }
}
