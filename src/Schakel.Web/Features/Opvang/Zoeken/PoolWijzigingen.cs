using Microsoft.EntityFrameworkCore;
using Npgsql;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Opvang.Zoeken;

/// <summary>
/// Keeps each node's <see cref="PoolLeesmodel"/> in step with changes made on other nodes. On PostgreSQL it listens on
/// <see cref="Kanaal"/>: a change to a pool sends its id with <c>pg_notify</c> inside the change's own transaction (so
/// the message leaves only when the change is committed, and never for a rolled-back one); "alles" asks for a full
/// reload (the placement rules changed). After (re)connecting — when messages may have been missed — and every
/// <see cref="Interval"/> everything is reloaded, which also bounds how long a lost message can leave a node stale.
/// On SQLite (one node) only the timer runs.
/// </summary>
public sealed class PoolWijzigingen(IServiceScopeFactory scopes, PoolLeesmodel leesmodel, ILogger<PoolWijzigingen> log) : BackgroundService
{
    public const string Kanaal = "schakel_opvang_pools";
    public const string Alles = "alles";
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Sends the change to every node once the current transaction commits (at once when there is none).</summary>
    public static Task MeldAsync(SchakelDbContext db, string bericht, CancellationToken ct) =>
        db.Provider == DatabaseProvider.Postgres
            ? db.Database.ExecuteSqlRawAsync("SELECT pg_notify({0}, {1})", [Kanaal, bericht], ct)
            : Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? verbinding;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            verbinding = db.Provider == DatabaseProvider.Postgres ? db.Database.GetConnectionString() : null;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (verbinding is null)
                {
                    await Task.Delay(Interval, stoppingToken);
                    leesmodel.AllesOpnieuw();
                    continue;
                }
                await LuisterAsync(verbinding, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                // The timer reload and the reload after reconnecting cover what was missed meanwhile.
                log.LogInformation("Luisteren naar wijzigingen van plekkenpools onderbroken ({Soort}); opnieuw over 5 s.", e.GetType().Name);
                leesmodel.AllesOpnieuw();
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task LuisterAsync(string verbinding, CancellationToken ct)
    {
        // Its own connection outside the pool: LISTEN belongs to a session, and keepalive notices a dead server.
        var bouwer = new NpgsqlConnectionStringBuilder(verbinding) { Pooling = false, KeepAlive = 30 };
        await using var conn = new NpgsqlConnection(bouwer.ConnectionString);
        conn.Notification += (_, e) =>
        {
            if (e.Payload == Alles)
            {
                leesmodel.AllesOpnieuw();
            }
            else if (Guid.TryParse(e.Payload, out var pool))
            {
                leesmodel.Gewijzigd(pool);
            }
        };
        await conn.OpenAsync(ct);
        await using (var cmd = new NpgsqlCommand($"LISTEN {Kanaal}", conn))
        {
            await cmd.ExecuteNonQueryAsync(ct);
        }
        leesmodel.AllesOpnieuw();
        while (!ct.IsCancellationRequested)
        {
            if (!await conn.WaitAsync(Interval, ct))
            {
                leesmodel.AllesOpnieuw();
            }
        }
    }
}
