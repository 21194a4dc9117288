using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Schaal;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Schaal;

/// <summary>
/// The app on PostgreSQL with <c>ConnectionStrings:SchakelLezen</c> on a second database. Not a streaming standby: a second
/// database on the same throw-away cluster, migrated and seeded by the app the same way before the node starts, and then left
/// behind like a replica that lags. Whatever the node writes afterwards is on the primary only, so a read tells the two apart.
/// </summary>
public sealed class MetLeesreplica : PostgresFactory
{
    private readonly string _lees = $"schakel_test_{Guid.NewGuid():N}";

    public string Leesverbinding => new NpgsqlConnectionStringBuilder(Beheerverbinding) { Database = _lees }.ConnectionString;

    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => [new("ConnectionStrings:SchakelLezen", Leesverbinding)];

    public override async Task InitializeAsync()
    {
        await BeheerAsync($"CREATE DATABASE \"{_lees}\"");
        await using (var vuller = new Vuller(Leesverbinding))
        {
            await vuller.InitializeAsync();
        }
        await base.InitializeAsync();
    }

    /// <summary>Takes the replica away (no new sessions, the open ones ended) or brings it back.</summary>
    public async Task ReplicaBereikbaarAsync(bool bereikbaar)
    {
        await BeheerAsync($"ALTER DATABASE \"{_lees}\" ALLOW_CONNECTIONS {(bereikbaar ? "true" : "false")}");
        if (!bereikbaar)
        {
            await BeheerAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_lees}'");
            NpgsqlConnection.ClearAllPools();
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await BeheerAsync($"DROP DATABASE IF EXISTS \"{_lees}\" WITH (FORCE)");
    }

    /// <summary>Migrates and seeds the replica's database as the app does on the primary, then stops.</summary>
    private sealed class Vuller(string verbinding) : SchakelFactory
    {
        public override DatabaseProvider Provider => DatabaseProvider.Postgres;

        protected override string Verbinding => verbinding;
    }
}

/// <summary>Issue 19: the monitor reads from the replica, every write goes to the primary, and a replica that is away falls back to the primary.</summary>
public sealed class LeesreplicaTests(MetLeesreplica factory) : IClassFixture<MetLeesreplica>
{
    [Fact]
    public async Task De_monitor_leest_van_de_replica_schrijft_op_de_primaire_en_valt_terug_als_de_replica_weg_is()
    {
        // A report through the API: acknowledged, so on the primary.
        HashSet<Guid> voor;
        await using (var scope = factory.Scope())
        {
            voor = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Melding>().Select(m => m.Id).ToHashSetAsync();
        }
        var antwoord = await factory.CreateClient().PostAsJsonAsync(Pad("/api/v1/meldingen"), new
        {
            melderType = "burger", omschrijving = "Na de kopie", gemeenteCode = "GM0518", uitbuitingsvormen = new[] { "arbeid" },
        });
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        Guid id;
        await using (var scope = factory.Scope())
        {
            var na = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Melding>().Select(m => m.Id).ToListAsync();
            id = Assert.Single(na, m => !voor.Contains(m));
        }
        await using (var replica = new PostgresSchakelDbContext(new DbContextOptionsBuilder<PostgresSchakelDbContext>().UseNpgsql(factory.Leesverbinding).Options))
        {
            Assert.False(await replica.Set<Melding>().AnyAsync(m => m.Id == id), "de schrijfactie kwam op de replica terecht");
            Assert.True(await replica.Set<Schakel.Web.Features.Opvang.Plekkenpool>().AnyAsync(), "de replica is niet gevuld");
        }

        // The monitor's facts come from the replica: the report is not there yet; the replica's sessions refuse writes.
        await using (var scope = factory.Scope())
        {
            var lezen = scope.ServiceProvider.GetRequiredService<Leesdatabase>();
            Assert.DoesNotContain(await MeldingenInMonitorAsync(scope.ServiceProvider), m => m == id);
            Assert.True(lezen.OpReplica);
            var fout = await Assert.ThrowsAsync<PostgresException>(() => lezen.Context.Set<Melding>().Where(m => m.Id == id).ExecuteDeleteAsync());
            Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, fout.SqlState);
        }

        // The replica away: the monitor reads the primary and keeps answering.
        await factory.ReplicaBereikbaarAsync(false);
        try
        {
            await using (var scope = factory.Scope())
            {
                Assert.Contains(await MeldingenInMonitorAsync(scope.ServiceProvider), m => m == id);
                Assert.False(scope.ServiceProvider.GetRequiredService<Leesdatabase>().OpReplica);
            }
            var monitor = await factory.CreateClient().GetAsync("/monitor/publiek");
            Assert.Equal(HttpStatusCode.OK, monitor.StatusCode);
        }
        finally
        {
            await factory.ReplicaBereikbaarAsync(true);
        }
    }

    private static async Task<List<Guid>> MeldingenInMonitorAsync(IServiceProvider sp)
    {
        var gegevens = sp.GetRequiredService<MonitorGegevens>();
        var indeling = await gegevens.IndelingAsync(CancellationToken.None);
        var feiten = await gegevens.FeitenAsync(indeling, DateTimeOffset.UtcNow.Year, CancellationToken.None);
        return feiten.Meldingen.Select(m => m.Id).ToList();
    }
}
