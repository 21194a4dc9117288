using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Privacy.Grondslagen;
using Schakel.Web.Features.Schaal.Wijzigingen;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>
/// Notices every save that touches what a route proposal reads, whoever saves it (rule editor, directory, HSDS import,
/// register, legal bases, seeders), and tells <see cref="Routegegevens"/> once the change is committed: at once after a
/// save without a transaction of its own, after the commit when the save was part of one. Other nodes hear it through
/// <c>pg_notify</c> in the same transaction.
/// </summary>
public sealed class RoutebasisVolger(Routegegevens gegevens) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly HashSet<Type> Gevolgd =
    [
        typeof(MeldrouteRegelVersie), typeof(Organisatie), typeof(OrganisatieWerkgebied), typeof(Aandachtsfunctionaris),
        typeof(GrondslagRij), typeof(VerwerkingsgrondslagRij),
    ];

    private static readonly object Ja = new();

    /// <summary>Contexts saving such a change now, and those that saved one in a transaction not yet committed.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _bezig = [];
    private readonly ConditionalWeakTable<DbContext, object> _wachtOpCommit = [];

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
            await Wijzigingsluisteraar.MeldAsync(db, Routegegevens.KanaalNaam, "", cancellationToken);
            NaCommit(db);
        }
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is SchakelDbContext db && _bezig.Remove(db))
        {
            Wijzigingsluisteraar.Meld(db, Routegegevens.KanaalNaam, "");
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
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Gevolgd.Contains(e.Metadata.ClrType)))
        {
            _bezig.AddOrUpdate(context, Ja);
        }
    }

    private void NaCommit(DbContext db)
    {
        if (db.Database.CurrentTransaction is null)
        {
            gegevens.Vergeet();
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
            gegevens.Vergeet();
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
