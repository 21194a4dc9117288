using Microsoft.EntityFrameworkCore;
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
/// Appends to the hash-chained audit trail. Appends are serialised (a process lock, and on PostgreSQL a
/// transaction-scoped advisory lock so several web nodes cannot fork the chain).
/// </summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, TimeProvider tijd)
{
    private const long AdviesSlot = 0x5343484B_41554454; // "SCHKAUDT"
    private static readonly SemaphoreSlim Slot = new(1, 1);

    public Task SchrijfAsync(AuditActor actor, string actie, string objectType, string? objectId, string resultaat, string herkomst, CancellationToken ct = default) =>
        SchrijfAsync([new AuditInvoer(actor, actie, objectType, objectId, resultaat, herkomst)], ct);

    /// <summary>Writes several entries in one transaction; used by bulk work and the benchmark.</summary>
    public async Task SchrijfAsync(IReadOnlyList<AuditInvoer> invoer, CancellationToken ct = default)
    {
        // Its own scope and context: an audit entry must be written even when the caller's unit of work fails.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        await Slot.WaitAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (db.Provider == DatabaseProvider.Postgres)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdviesSlot})", ct);
            }
            var laatste = await db.Set<AuditRegel>().AsNoTracking()
                .OrderByDescending(r => r.Volgnummer)
                .Select(r => new { r.Volgnummer, r.Hash })
                .FirstOrDefaultAsync(ct);
            var volgnummer = laatste?.Volgnummer ?? 0;
            var vorigeHash = laatste?.Hash ?? AuditKeten.BeginHash;
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
            await tx.CommitAsync(ct);
        }
        finally
        {
            Slot.Release();
        }
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
