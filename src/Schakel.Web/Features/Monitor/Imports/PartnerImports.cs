using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Monitor;
using Schakel.Web.Data;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor.Imports;

/// <summary>An imported figure that counts, with the code of its source.</summary>
public sealed record ActiefCijfer(PartnerCijferRij Rij, string Bron);

public abstract record ImportUitkomst
{
    /// <summary>Stored; <paramref name="Herhaald"/> when the same content was already imported (nothing new stored).</summary>
    public sealed record Gelukt(PartnerImport Import, bool Herhaald) : ImportUitkomst;
    public sealed record Ongeldig(IReadOnlyList<ImportFout> Fouten) : ImportUitkomst;
}

/// <summary>
/// Imports partner figures (all or nothing, idempotent, audited), lists and withdraws imports, and gives the figures
/// that count: of imports not withdrawn, per measure, geography, period and category the newest import wins.
/// </summary>
public sealed class PartnerImports(SchakelDbContext db, AuditTrail audit, TimeProvider tijd, MonitorGegevens gegevens)
{
    private readonly Dictionary<string, List<ActiefCijfer>> _actief = new(StringComparer.Ordinal);

    public async Task<ImportUitkomst> ImporteerAsync(
        string? bronCode, IReadOnlyList<IReadOnlyDictionary<string, string?>> rijen, IReadOnlySet<string> eenheden,
        AuditActor actor, string herkomst, CancellationToken ct, string? formulierSleutelHash = null)
    {
        var bron = PartnerBronnen.Zoek(bronCode);
        if (bron is null)
        {
            return new ImportUitkomst.Ongeldig([new ImportFout(0, "bron", $"Kies een van: {string.Join(", ", PartnerBronnen.Alle.Select(b => b.Code))}.")]);
        }

        var indeling = await gegevens.IndelingAsync(ct);
        var (gelezen, fouten) = PartnerRijen.Lees(bron, indeling, rijen);
        // An organisation imports figures for the police units it works in (national figures for anyone allowed to import).
        foreach (var c in gelezen.Where(c => EenheidVan(indeling, c.Gebied) is { } e && !eenheden.Contains(e)))
        {
            fouten.Add(new ImportFout(c.Regel, "gebied", "Uw organisatie werkt niet in dit gebied."));
        }

        if (fouten.Count > 0)
        {
            return new ImportUitkomst.Ongeldig(fouten);
        }

        var vingerafdruk = Vingerafdruk(gelezen);
        if (formulierSleutelHash is not null && await MetSleutelAsync(formulierSleutelHash, ct) is { } verzonden)
        {
            if (verzonden.Vingerafdruk == vingerafdruk && verzonden.Bron == bron.Code)
            {
                // The same form sent again (double click, a reload after a lost answer, even after a withdrawal):
                // the first sending's import, nothing new.
                return new ImportUitkomst.Gelukt(verzonden, false);
            }

            // An old page sent again with other content is a new sending; the token already belongs to the first.
            formulierSleutelHash = null;
        }

        var bestaand = await db.Set<PartnerImport>()
            .FirstOrDefaultAsync(i => i.Bron == bron.Code && i.Vingerafdruk == vingerafdruk && i.IngetrokkenOp == null, ct);
        if (bestaand is not null)
        {
            return new ImportUitkomst.Gelukt(bestaand, true);
        }

        var import = new PartnerImport
        {
            Id = Guid.NewGuid(), Bron = bron.Code, Vingerafdruk = vingerafdruk, AantalRijen = gelezen.Count,
            IngevoerdOp = tijd.GetUtcNow(), IngevoerdDoor = $"{actor.Type}:{actor.Id}", OrganisatieId = actor.OrganisatieId,
            FormulierSleutelHash = formulierSleutelHash,
        };
        db.Add(import);
        db.AddRange(gelezen.Select(c => new PartnerCijferRij
        {
            ImportId = import.Id, Regel = c.Regel, Maatstaf = c.Maatstaf, Gebied = c.Gebied, PeriodeVan = c.Periode.Van,
            PeriodeTot = c.Periode.Tot, Periode = c.Periode.Label, Categorie = c.Categorie, Waarde = c.Waarde,
            Document = c.Document, Sectie = c.Sectie, Datum = c.Datum, Gepubliceerd = c.Gepubliceerd,
        }));
        try
        {
            await audit.VastleggenAsync(db, new AuditInvoer(actor, "monitor.import.ingevoerd", nameof(PartnerImport), import.Id.ToString(),
                AuditResultaat.Gelukt, herkomst), ct);
        }
        catch (DbUpdateException) when (formulierSleutelHash is not null)
        {
            // Two sendings of one form at the same moment: the unique key let one through; answer with that one.
            db.ChangeTracker.Clear();
            return await MetSleutelAsync(formulierSleutelHash, ct) is { } eerste
                ? new ImportUitkomst.Gelukt(eerste, false)
                : throw new InvalidOperationException("Formuliersleutel botst maar de import is niet te vinden.");
        }

        _actief.Clear();
        return new ImportUitkomst.Gelukt(import, false);
    }

    private Task<PartnerImport?> MetSleutelAsync(string formulierSleutelHash, CancellationToken ct) =>
        db.Set<PartnerImport>().AsNoTracking().FirstOrDefaultAsync(i => i.FormulierSleutelHash == formulierSleutelHash, ct);

    public Task<List<PartnerImport>> LijstAsync(CancellationToken ct) =>
        db.Set<PartnerImport>().AsNoTracking().OrderByDescending(i => i.IngevoerdOp).ThenBy(i => i.Id).ToListAsync(ct);

    public Task<PartnerImport?> VindAsync(Guid id, CancellationToken ct) =>
        db.Set<PartnerImport>().FirstOrDefaultAsync(i => i.Id == id, ct);

    public Task<List<PartnerCijferRij>> RijenAsync(Guid id, CancellationToken ct) =>
        db.Set<PartnerCijferRij>().AsNoTracking().Where(r => r.ImportId == id).OrderBy(r => r.Regel).ToListAsync(ct);

    /// <summary>Withdraws an import: its figures stop counting. False when it does not exist or was already withdrawn.</summary>
    public async Task<bool> TrekInAsync(Guid id, AuditActor actor, string herkomst, CancellationToken ct)
    {
        var import = await VindAsync(id, ct);
        if (import is null || import.IngetrokkenOp is not null)
        {
            return false;
        }

        import.IngetrokkenOp = tijd.GetUtcNow();
        await audit.VastleggenAsync(db, new AuditInvoer(actor, "monitor.import.ingetrokken", nameof(PartnerImport), id.ToString(),
            AuditResultaat.Gelukt, herkomst), ct);
        _actief.Clear();
        return true;
    }

    /// <summary>The figures of a measure that count now: imports not withdrawn, the newest one per cell.</summary>
    public async Task<IReadOnlyList<ActiefCijfer>> ActiefAsync(string maatstaf, CancellationToken ct)
    {
        if (_actief.TryGetValue(maatstaf, out var klaar))
        {
            return klaar;
        }

        var rijen = await (from r in db.Set<PartnerCijferRij>().AsNoTracking()
                           join i in db.Set<PartnerImport>() on r.ImportId equals i.Id
                           where r.Maatstaf == maatstaf && i.IngetrokkenOp == null
                           select new { Rij = r, i.IngevoerdOp, i.Bron }).ToListAsync(ct);
        var lijst = rijen.GroupBy(x => (x.Rij.Gebied, x.Rij.Periode, x.Rij.Categorie))
            .Select(g => g.OrderByDescending(x => x.IngevoerdOp).ThenByDescending(x => x.Rij.Id).First())
            .OrderBy(x => x.Rij.PeriodeVan).ThenBy(x => x.Rij.Gebied, StringComparer.Ordinal).ThenBy(x => x.Rij.Categorie, StringComparer.Ordinal)
            .Select(x => new ActiefCijfer(x.Rij, x.Bron))
            .ToList();
        _actief[maatstaf] = lijst;
        return lijst;
    }

    public static string? EenheidVan(Core.Monitor.Indeling indeling, string gebied) => gebied.Split(':') switch
    {
        ["regio", var e] => e,
        ["gemeente", var g] => indeling.Gemeente(g)?.EenheidCode,
        ["district", var d] => d.Split('-')[0],
        _ => null,
    };

    /// <summary>Same rows in any order → same fingerprint, so a re-upload of the same file stores nothing.</summary>
    private static string Vingerafdruk(IEnumerable<PartnerCijfer> cijfers)
    {
        var regels = cijfers.Select(c => string.Join('\u001f', c.Maatstaf, c.Gebied, c.Periode.Label, c.Categorie,
                c.Waarde?.ToString(CultureInfo.InvariantCulture) ?? "-", c.Document, c.Sectie ?? "", c.Datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                c.Gepubliceerd ? "ja" : "nee"))
            .Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', regels))));
    }
}
