using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Schakel.Core.Audit;
using Schakel.Web.Data;

namespace Schakel.Web.Security.Audit;

/// <summary>Who did something, as the audit trail records it. Only ids, never names.</summary>
public sealed record AuditActor(string Type, string? Id, Guid? OrganisatieId)
{
    public static readonly AuditActor Anoniem = new("anoniem", null, null);
    public static readonly AuditActor Systeem = new("systeem", null, null);
    public static AuditActor Medewerker(Guid id, Guid organisatieId) => new("medewerker", id.ToString(), organisatieId);
    public static AuditActor ApiClient(string clientId, Guid organisatieId) => new("apiclient", clientId, organisatieId);
}

public static class AuditResultaat
{
    public const string Gelukt = "gelukt";
    public const string Geweigerd = "geweigerd";
    public const string Mislukt = "mislukt";
}

/// <summary>
/// Appends to the hash-chained audit trail, in the same transaction as the change an entry records, so that
/// either both are stored or neither (docs/adr/0004). The chain head is read and extended under a lock held
/// only for that append and the commit: on PostgreSQL a transaction-scoped advisory lock (every web node
/// takes the same one), on SQLite the process's <see cref="Schrijfslot"/> (one writer per file anyway).
/// </summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, TimeProvider tijd, AuditOnderbreking onderbreking)
{
    private const long AdviesSlot = 0x5343484B_41554454; // "SCHKAUDT"

    public Task SchrijfAsync(AuditActor actor, string actie, string objectType, string? objectId, string resultaat, string herkomst, CancellationToken ct = default) =>
        SchrijfAsync([new AuditInvoer(actor, actie, objectType, objectId, resultaat, herkomst)], ct);

    /// <summary>
    /// Writes entries that record no stored change of their own (a read, a refusal, a failed attempt) in a
    /// unit of work of their own, so they are kept even when the caller's work is rolled back.
    /// </summary>
    public async Task SchrijfAsync(IReadOnlyList<AuditInvoer> invoer, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        await VastleggenAsync(db, invoer, ct);
    }

    public Task VastleggenAsync(SchakelDbContext db, AuditInvoer invoer, CancellationToken ct = default, bool slotGenomen = false) =>
        VastleggenAsync(db, [invoer], ct, slotGenomen);

    /// <summary>
    /// Saves the context's pending changes together with the entries and commits: one transaction. When the
    /// caller has begun a transaction (to lock a row first), that transaction is the one committed; on SQLite
    /// such a caller already holds the <see cref="Schrijfslot"/> and says so with <paramref name="slotGenomen"/>.
    /// Slow work (hashing, encryption) belongs before this call: the chain lock is held only from the append
    /// to the commit.
    /// <paramref name="eenOpslag"/>: the pending changes are saved in the same round trip as the entries instead of
    /// before the chain's lock. For a small change under another lock (a pool's, for a hold) that is one round trip
    /// less while both locks are held; a large change should keep it false, so the chain's lock is not held while it is
    /// written.
    /// </summary>
    public async Task VastleggenAsync(SchakelDbContext db, IReadOnlyList<AuditInvoer> invoer, CancellationToken ct = default, bool slotGenomen = false, bool eenOpslag = false)
    {
        using var slot = slotGenomen ? null : await Schrijfslot.NeemAsync(db, ct);
        var eigen = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (!eenOpslag || invoer.Count == 0)
            {
                await db.SaveChangesAsync(ct);
            }
            await onderbreking.BijAsync(AuditMoment.NaWijziging, invoer, ct);
            if (invoer.Count > 0)
            {
                await VoegToeAanKetenAsync(db, invoer, ct);
            }
            await onderbreking.BijAsync(AuditMoment.VoorCommit, invoer, ct);
            await db.Database.CommitTransactionAsync(ct);
        }
        finally
        {
            if (eigen is not null)
            {
                await eigen.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// For a change that saves on its own — ASP.NET Identity's stores call SaveChanges themselves, on this same scoped
    /// context — inside one transaction with the entries it produces: the transaction is begun first (under the
    /// <see cref="Schrijfslot"/> on SQLite), the change saves into it, then the entries are appended and all commits
    /// at once. An exception anywhere rolls back both. No entries (an empty list) commits the change alone.
    /// </summary>
    public async Task<T> InTransactieAsync<T>(SchakelDbContext db, Func<Task<T>> wijziging, Func<T, IReadOnlyList<AuditInvoer>> invoer, CancellationToken ct = default)
    {
        using var slot = await Schrijfslot.NeemAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var uitkomst = await wijziging();
        await VastleggenAsync(db, invoer(uitkomst), ct, slotGenomen: true);
        return uitkomst;
    }

    private async Task VoegToeAanKetenAsync(SchakelDbContext db, IReadOnlyList<AuditInvoer> invoer, CancellationToken ct)
    {
        var (volgnummer, vorigeHash) = db.Provider == DatabaseProvider.Postgres
            ? await KopOnderSlotAsync(db, ct)
            : await KopAsync(db, ct);
        foreach (var i in invoer)
        {
            var schakel = AuditKeten.Volgende(new AuditGegevens(
                ++volgnummer, tijd.GetUtcNow(), i.Actor.Type, i.Actor.Id, i.Actor.OrganisatieId,
                i.Actie, i.ObjectType, i.ObjectId, i.Resultaat, i.Herkomst, i.Reden), vorigeHash);
            db.Add(new AuditRegel
            {
                Volgnummer = schakel.Gegevens.Volgnummer,
                Tijdstip = schakel.Gegevens.Tijdstip,
                ActorType = i.Actor.Type,
                ActorId = i.Actor.Id,
                OrganisatieId = i.Actor.OrganisatieId,
                Actie = i.Actie,
                ObjectType = i.ObjectType,
                ObjectId = i.ObjectId,
                Resultaat = i.Resultaat,
                Herkomst = i.Herkomst,
                Reden = i.Reden,
                VorigeHash = schakel.VorigeHash,
                Hash = schakel.Hash,
            });
            vorigeHash = schakel.Hash;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>SQLite: the caller holds the <see cref="Schrijfslot"/>, so the head cannot move.</summary>
    private static async Task<(long Volgnummer, string Hash)> KopAsync(SchakelDbContext db, CancellationToken ct)
    {
        var laatste = await db.Set<AuditRegel>().AsNoTracking()
            .OrderByDescending(r => r.Volgnummer)
            .Select(r => new { r.Volgnummer, r.Hash })
            .FirstOrDefaultAsync(ct);
        return laatste is null ? (0L, AuditKeten.BeginHash) : (laatste.Volgnummer, laatste.Hash);
    }

    /// <summary>
    /// PostgreSQL: takes the chain's lock and reads the head in one round trip — two statements sent together. The lock is
    /// transaction-scoped, so the commit (or rollback) of this very transaction releases it and the head cannot move under
    /// us. The head is read by a statement of its own on purpose: in READ COMMITTED each statement sees what was committed
    /// when it began, so it must begin after the lock is granted to see the entry of the previous holder.
    /// </summary>
    private static async Task<(long Volgnummer, string Hash)> KopOnderSlotAsync(SchakelDbContext db, CancellationToken ct)
    {
        var verbinding = db.Database.GetDbConnection();
        await using var opdracht = verbinding.CreateCommand();
        opdracht.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        opdracht.CommandText = $"SELECT pg_advisory_xact_lock({AdviesSlot}); SELECT \"Volgnummer\", \"Hash\" FROM audit_regels ORDER BY \"Volgnummer\" DESC LIMIT 1";
        await using var lezer = await opdracht.ExecuteReaderAsync(ct);
        await lezer.NextResultAsync(ct);
        return await lezer.ReadAsync(ct) ? (lezer.GetInt64(0), lezer.GetString(1)) : (0L, AuditKeten.BeginHash);
    }

    /// <summary>Verifies the whole chain, streaming it in order, and names the first broken entry.</summary>
    public async Task<VerificatieUitkomst> VerifieerAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var regels = db.Set<AuditRegel>().AsNoTracking().OrderBy(r => r.Volgnummer).AsAsyncEnumerable();
        var lijst = new List<AuditSchakel>();
        // Verify in batches so 100,000+ entries never sit in memory at once.
        var uitkomst = new VerificatieUitkomst(true, 0, null, null);
        var vorigeHash = AuditKeten.BeginHash;
        long volgende = 1;
        await foreach (var r in regels.WithCancellation(ct))
        {
            lijst.Add(r.NaarSchakel());
            if (lijst.Count == 5000)
            {
                uitkomst = VerifieerDeel(lijst, ref vorigeHash, ref volgende, uitkomst.AantalGecontroleerd);
                if (!uitkomst.Intact)
                {
                    return uitkomst;
                }
                lijst.Clear();
            }
        }
        return VerifieerDeel(lijst, ref vorigeHash, ref volgende, uitkomst.AantalGecontroleerd);
    }

    private static VerificatieUitkomst VerifieerDeel(List<AuditSchakel> deel, ref string vorigeHash, ref long volgende, long eerder)
    {
        var uitkomst = AuditKeten.Verifieer(deel, vorigeHash, volgende);
        if (uitkomst.Intact && deel.Count > 0)
        {
            vorigeHash = deel[^1].Hash;
            volgende += deel.Count;
        }
        return uitkomst with { AantalGecontroleerd = eerder + uitkomst.AantalGecontroleerd };
    }
}

public sealed record AuditInvoer(AuditActor Actor, string Actie, string ObjectType, string? ObjectId, string Resultaat, string Herkomst, string? Reden = null);
