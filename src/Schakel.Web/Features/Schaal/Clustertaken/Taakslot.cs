using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Schaal.Clustertaken;

/// <summary>
/// Lets a periodic job run on one node at a time across the cluster. Every node still ticks, but a round runs only on the
/// node that gets the job's slot; the others skip that round. Rounds are serialised, so one round always sees what the
/// previous one committed (an escalation is recorded once, not once per node), and a job dead on one node is simply run by
/// the next node whose timer ticks.
/// <list type="bullet">
/// <item>PostgreSQL: a session-level <c>pg_try_advisory_lock</c> per job on a connection of its own, held for the round.
/// A node that dies drops its connection and with it the lock.</item>
/// <item>SQLite (one node is the only supported setup): a lease row with an expiry, renewed while the round runs; a lease
/// left by a crashed process is free after <see cref="LeaseDuur"/>.</item>
/// </list>
/// </summary>
public sealed class Taakslot(IServiceScopeFactory scopes, TimeProvider tijd, ILogger<Taakslot> log)
{
    private readonly IServiceScopeFactory _scopes = scopes;
    private readonly TimeProvider _tijd = tijd;
    public static readonly TimeSpan LeaseDuur = TimeSpan.FromMinutes(1);

    /// <summary>Advisory locks of Schakel's jobs use the two-key form, so they never meet the audit trail's one-key lock.</summary>
    private const int Klasse = 0x5343484B; // "SCHK"

    /// <summary>This process, unique even when a restarted process gets the same id.</summary>
    private readonly string _houder = Kort($"{Guid.NewGuid():N}:{Environment.ProcessId}:{Environment.MachineName}");

    private static string Kort(string s) => s.Length > 120 ? s[..120] : s;

    /// <summary>
    /// Runs one round of <paramref name="taak"/> in a scope of its own when no other node runs it now; false when another had it.
    /// With <paramref name="wachten"/> it waits for its turn instead of skipping (for work every node must see done before it serves).
    /// </summary>
    public async Task<bool> VoerUitAsync(string taak, Func<IServiceProvider, CancellationToken, Task> werk, CancellationToken ct, bool wachten = false)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        await using var slot = db.Provider == DatabaseProvider.Postgres
            ? await AdviesslotAsync(db, taak, wachten, ct)
            : await LeaseAsync(taak, wachten, ct);
        if (slot is null)
        {
            log.LogDebug("Taak {Taak} loopt op een andere node; deze ronde overgeslagen", taak);
            return false;
        }
        await werk(scope.ServiceProvider, ct);
        return true;
    }

    internal static int Sleutel(string taak) => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(taak)), 0);

    private static async Task<IAsyncDisposable?> AdviesslotAsync(SchakelDbContext db, string taak, bool wachten, CancellationToken ct)
    {
        var verbinding = new NpgsqlConnection(db.Database.GetConnectionString());
        try
        {
            await verbinding.OpenAsync(ct);
            await using var opdracht = new NpgsqlCommand(
                wachten ? "SELECT true FROM (SELECT pg_advisory_lock(@k, @t)) AS wacht" : "SELECT pg_try_advisory_lock(@k, @t)", verbinding);
            opdracht.Parameters.AddWithValue("k", Klasse);
            opdracht.Parameters.AddWithValue("t", Sleutel(taak));
            if (await opdracht.ExecuteScalarAsync(ct) is true)
            {
                return new Adviesslot(verbinding, Sleutel(taak));
            }
        }
        catch
        {
            await verbinding.DisposeAsync();
            throw;
        }
        await verbinding.DisposeAsync();
        return null;
    }

    private sealed class Adviesslot(NpgsqlConnection verbinding, int sleutel) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var opdracht = new NpgsqlCommand("SELECT pg_advisory_unlock(@k, @t)", verbinding);
                opdracht.Parameters.AddWithValue("k", Klasse);
                opdracht.Parameters.AddWithValue("t", sleutel);
                await opdracht.ExecuteScalarAsync(CancellationToken.None);
            }
            catch (NpgsqlException)
            {
                // A broken connection has released the lock on the server already.
            }
            await verbinding.DisposeAsync();
        }
    }

    private async Task<IAsyncDisposable?> LeaseAsync(string taak, bool wachten, CancellationToken ct)
    {
        while (!await NeemLeaseAsync(taak, ct))
        {
            if (!wachten)
            {
                return null;
            }
            // Real time, also when a test runs the app on a clock of its own.
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
        return new Lease(this, taak);
    }

    private async Task<bool> NeemLeaseAsync(string taak, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var nu = _tijd.GetUtcNow();
        var tot = nu + LeaseDuur;
        if (await db.Set<Taaklease>().Where(l => l.Naam == taak && (l.VerlooptOp <= nu || l.Houder == _houder))
                .ExecuteUpdateAsync(u => u.SetProperty(l => l.Houder, _houder).SetProperty(l => l.VerlooptOp, tot), ct) == 1)
        {
            return true;
        }
        if (await db.Set<Taaklease>().AnyAsync(l => l.Naam == taak, ct))
        {
            return false;
        }
        db.Add(new Taaklease { Naam = taak, Houder = _houder, VerlooptOp = tot });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another process inserted the same job's row at the same moment: it holds the lease.
            return false;
        }
    }

    /// <summary>Renews the lease while the round runs, and frees it at the end.</summary>
    private sealed class Lease : IAsyncDisposable
    {
        private readonly Taakslot _slot;
        private readonly string _taak;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _verlenging;

        public Lease(Taakslot slot, string taak)
        {
            _slot = slot;
            _taak = taak;
            _verlenging = VerlengAsync();
        }

        private async Task VerlengAsync()
        {
            using var timer = new PeriodicTimer(LeaseDuur / 3);
            try
            {
                while (await timer.WaitForNextTickAsync(_stop.Token))
                {
                    await _slot.NeemLeaseAsync(_taak, _stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // The round ended.
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _verlenging;
            _stop.Dispose();
            await using var scope = _slot._scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var nu = _slot._tijd.GetUtcNow();
            await db.Set<Taaklease>().Where(l => l.Naam == _taak && l.Houder == _slot._houder)
                .ExecuteUpdateAsync(u => u.SetProperty(l => l.VerlooptOp, nu), CancellationToken.None);
        }
    }
}
