using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Schaal.Wijzigingen;

/// <summary>
/// Notices every save that touches one of <paramref name="gevolgd"/>, whoever saves it (an editor, an import, a seeder),
/// and calls <see cref="Gecommit()"/> once the change is committed: at once after a save without a transaction of its
/// own, after the commit when the save was part of one. Other nodes hear it through <c>pg_notify</c> on
/// <paramref name="kanaal"/> in the same transaction (<see cref="Wijzigingsluisteraar"/>). A node's copy of data that
/// changes only when a beheerder changes it follows the changes this way.
/// </summary>
public abstract class Commitvolger(IReadOnlySet<Type> gevolgd, string kanaal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Ja = new();

    /// <summary>Contexts saving such a change now, and those that saved one in a transaction not yet committed.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _bezig = [];
    private readonly ConditionalWeakTable<DbContext, object> _wachtOpCommit = [];

    /// <summary>A followed change committed on this node.</summary>
    protected abstract void Gecommit();

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Merk(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Merk(eventData.Context);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SchakelDbContext db && _bezig.Remove(db))
        {
            await Wijzigingsluisteraar.MeldAsync(db, kanaal, "", cancellationToken);
            NaCommit(db);
        }
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is SchakelDbContext db && _bezig.Remove(db))
        {
            Wijzigingsluisteraar.Meld(db, kanaal, "");
            NaCommit(db);
        }
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Vergeet(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Vergeet(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Gecommit(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Gecommit(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Vergeet(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Vergeet(eventData.Context);
        return Task.CompletedTask;
    }

    private void Merk(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && gevolgd.Contains(e.Metadata.ClrType)))
        {
            _bezig.AddOrUpdate(context, Ja);
        }
    }

    private void NaCommit(DbContext db)
    {
        if (db.Database.CurrentTransaction is null)
        {
            Gecommit();
        }
        else
        {
            _wachtOpCommit.AddOrUpdate(db, Ja);
        }
    }

    private void Gecommit(DbContext? context)
    {
        if (context is not null && _wachtOpCommit.Remove(context))
        {
            Gecommit();
        }
    }

    private void Vergeet(DbContext? context)
    {
        if (context is not null)
        {
            _bezig.Remove(context);
            _wachtOpCommit.Remove(context);
        }
    }
}
