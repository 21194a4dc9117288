using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor.Edities;

/// <summary>
/// The format of one edition (which sections and tables appear), changed by the chain director while it is a concept.
/// Each change raises the edition's format version, so next year's edition starts from a named version.
/// </summary>
public sealed class EditieBewerking(SchakelDbContext db, AuditTrail audit, TimeProvider tijd)
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

    /// <summary>Whether the format of an edition in this state can still be completed: not once adopted or published.</summary>
    public static bool KanAanvullen(EditieStatus status) => status is EditieStatus.Concept or EditieStatus.InReview;

    /// <summary>
    /// Adds every section of today's standard format the edition lacks (an edition begun before those sections existed),
    /// in one save with its audit record: a new format version, named with the sections in the edition's change log. A
    /// concept or an edition in review only; an adopted or published edition never changes (its correction can).
    /// Sections the standard dropped stay: removing one is the chain director's choice in the format editor.
    /// </summary>
    public async Task<EditieUitkomst> VulFormatAanAsync(Guid id, AuditActor actor, string herkomst, CancellationToken ct)
    {
        var editie = await db.Set<MonitorEditie>().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (editie is null)
        {
            return new(null, "niet-gevonden");
        }

        if (!KanAanvullen(editie.Status))
        {
            return new(editie, "status");
        }

        var secties = EditieFormat.Lees(editie.Format);
        var ontbreekt = EditieFormat.Verschil(secties).Ontbreekt;
        if (ontbreekt.Count == 0)
        {
            // Sent twice, or already complete: nothing changes.
            return new(editie, null);
        }

        var van = editie.FormatVersie;
        editie.Format = EditieFormat.Schrijf(EditieFormat.Aangevuld(secties));
        editie.FormatVersie++;
        var codes = string.Join(", ", ontbreekt.Select(s => s.Code));
        editie.Wijzigingslog = (editie.Wijzigingslog.Length > 0 ? editie.Wijzigingslog + "\n" : "")
            + $"Formatversie {editie.FormatVersie} ({tijd.GetUtcNow():yyyy-MM-dd}): secties van het huidige format toegevoegd: {codes}";
        await audit.VastleggenAsync(db, new AuditInvoer(actor, "monitor.editie.format.aangevuld", nameof(MonitorEditie), id.ToString(), AuditResultaat.Gelukt, herkomst,
            // The audit's reason is short (80): the versions and how many; the sections themselves are in the change log.
            $"formatversie {van} -> {editie.FormatVersie}, {ontbreekt.Count} secties"), ct);
        return new(editie, null);
    }
}
