using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor.Edities;

/// <summary>
/// The format of one edition (which sections and tables appear), changed by the chain director while it is a concept.
/// Each change raises the edition's format version, so next year's edition starts from a named version.
/// </summary>
public sealed class EditieBewerking(SchakelDbContext db, AuditTrail audit)
{
    /// <summary>Every section an edition can hold: the standard ones and any this edition's format carries beyond them.</summary>
    public static IReadOnlyList<Sectie> Mogelijk(MonitorEditie editie) =>
        EditieFormat.Standaard.Concat(EditieFormat.Lees(editie.Format).Where(s => EditieFormat.Standaard.All(x => x.Code != s.Code))).ToList();

    public async Task<EditieUitkomst> ZetFormatAsync(Guid id, IReadOnlyCollection<string> codes, AuditActor actor, string herkomst, CancellationToken ct)
    {
        var editie = await db.Set<MonitorEditie>().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (editie is null)
        {
            return new(null, "niet-gevonden");
        }

        if (editie.Status != EditieStatus.Concept)
        {
            return new(editie, "status");
        }

        var nieuw = Mogelijk(editie).Where(s => codes.Contains(s.Code)).ToList();
        if (nieuw.Count == 0)
        {
            return new(editie, "leeg");
        }

        var json = EditieFormat.Schrijf(nieuw);
        if (json == editie.Format)
        {
            return new(editie, null);
        }

        editie.Format = json;
        editie.FormatVersie++;
        await audit.VastleggenAsync(db, new AuditInvoer(actor, "monitor.editie.format", nameof(MonitorEditie), id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return new(editie, null);
    }
}
