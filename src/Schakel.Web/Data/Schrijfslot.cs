using Microsoft.EntityFrameworkCore;

namespace Schakel.Web.Data;

/// <summary>
/// SQLite has one writer per database file. Writers that read before they write (the pool lock, the audit
/// chain head) queue here in order instead of polling SQLite's busy handler, which favours whoever retries
/// last. PostgreSQL needs no process lock: row and advisory locks serialise writers across web nodes.
/// </summary>
public static class Schrijfslot
{
    private static readonly SemaphoreSlim Slot = new(1, 1);

    /// <summary>Takes the slot on SQLite (a no-op on PostgreSQL); dispose to release it.</summary>
    public static async Task<IDisposable> NeemAsync(SchakelDbContext db, CancellationToken ct)
    {
        if (db.Provider != DatabaseProvider.Sqlite)
        {
            return Leeg.Instantie;
        }
        await Slot.WaitAsync(ct);
        return new Vrijgave();
    }

    private sealed class Vrijgave : IDisposable
    {
        private int _vrij;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _vrij, 1) == 0)
            {
                Slot.Release();
            }
        }
    }

    private sealed class Leeg : IDisposable
    {
        public static readonly Leeg Instantie = new();

        public void Dispose()
        {
        }
    }
}
