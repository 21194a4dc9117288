using Microsoft.EntityFrameworkCore;
using Npgsql;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Schaal.Wijzigingen;

/// <summary>
/// Something a node keeps in memory between changes (a read model, a cache) and that follows changes made on any node.
/// A change sends <see cref="Kanaal"/> a message with <c>pg_notify</c> inside the change's own transaction, so it
/// leaves only when the change commits, and never for a rolled-back one.
/// </summary>
public interface IWijzigingsvolger
{
    string Kanaal { get; }

    /// <summary>A change committed on some node (this one included).</summary>
    void Gewijzigd(string bericht);

    /// <summary>Messages may have been missed (after (re)connecting, on the timer): start again from the database.</summary>
    void AllesOpnieuw();
}

/// <summary>
/// One listening connection per node for every <see cref="IWijzigingsvolger"/>. On PostgreSQL it listens on each
/// follower's channel; after (re)connecting, and after <see cref="Interval"/> without messages, every follower starts
/// again, which also bounds how long a lost message can leave a node stale. On SQLite (one node) only the timer runs.
/// </summary>
public sealed class Wijzigingsluisteraar(IServiceScopeFactory scopes, IEnumerable<IWijzigingsvolger> volgers, ILogger<Wijzigingsluisteraar> log)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Sends a message to every node once the current transaction commits (at once when there is none).</summary>
    public static Task MeldAsync(SchakelDbContext db, string kanaal, string bericht, CancellationToken ct) =>
        db.Provider == DatabaseProvider.Postgres
            ? db.Database.ExecuteSqlRawAsync("SELECT pg_notify({0}, {1})", [kanaal, bericht], ct)
            : Task.CompletedTask;

    /// <summary>The same from a synchronous save.</summary>
    public static void Meld(SchakelDbContext db, string kanaal, string bericht)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            db.Database.ExecuteSqlRaw("SELECT pg_notify({0}, {1})", kanaal, bericht);
        }
    }

    private readonly IReadOnlyList<IWijzigingsvolger> _volgers = [.. volgers];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_volgers.Count == 0)
        {
            return;
        }
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
                    AllesOpnieuw();
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
                // The reload after reconnecting covers what was missed meanwhile.
                log.LogInformation("Luisteren naar wijzigingen onderbroken ({Soort}); opnieuw over 5 s.", e.GetType().Name);
                AllesOpnieuw();
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private void AllesOpnieuw()
    {
        foreach (var volger in _volgers)
        {
            volger.AllesOpnieuw();
        }
    }

    private async Task LuisterAsync(string verbinding, CancellationToken ct)
    {
        // Its own connection outside the pool: LISTEN belongs to a session, and keepalive notices a dead server.
        var bouwer = new NpgsqlConnectionStringBuilder(verbinding) { Pooling = false, KeepAlive = 30 };
        await using var conn = new NpgsqlConnection(bouwer.ConnectionString);
        conn.Notification += (_, e) =>
        {
            foreach (var volger in _volgers.Where(v => v.Kanaal == e.Channel))
            {
                volger.Gewijzigd(e.Payload);
            }
        };
        await conn.OpenAsync(ct);
        foreach (var kanaal in _volgers.Select(v => v.Kanaal).Distinct(StringComparer.Ordinal))
        {
            await using var cmd = new NpgsqlCommand($"LISTEN {kanaal}", conn);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        AllesOpnieuw();
        while (!ct.IsCancellationRequested)
        {
            if (!await conn.WaitAsync(Interval, ct))
            {
                AllesOpnieuw();
            }
        }
    }
}
