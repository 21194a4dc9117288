using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Keten.Signalentafel;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Privacy.Declaraties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Privacy.Bewaring;

/// <summary>
/// Retention that deletes. Each record whose period (<see cref="Verwerkingsactiviteiten"/>) has ended loses its personal fields
/// for real: free text, place, time, people, contact details, receipt-code hash, written messages, attachments, triage leads and
/// signals-table content are emptied or their rows removed. What the monitor counts (kind, status, municipality, forms,
/// moments, referrals) stays, so past years' figures do not change. Records under an active legal hold are skipped.
/// Each record's changes, its line in the deletion log and its audit entry (counts, never content) commit in one transaction.
/// </summary>
public sealed class Bewaartaak(SchakelDbContext db, AuditTrail audit, Veldversleuteling versleuteling, TimeProvider tijd, IOptions<BewaringOpties> opties)
{
    public const string Actie = "bewaring.persoonsgegevens-verwijderd";

    /// <summary>What a required encrypted column holds after deletion, so every page that reads it still works.</summary>
    public const string Verwijderd = "[verwijderd: bewaartermijn verstreken]";

    private static readonly MeldingStatus[] Afgesloten = [MeldingStatus.Afgerond, MeldingStatus.NietOntvankelijk, MeldingStatus.Samengevoegd];
    private static readonly MeldingStatus[] NogOpen = [MeldingStatus.Ontvangen, MeldingStatus.InTriage, MeldingStatus.Heropend];

    public async Task<int> VoerUitAsync(CancellationToken ct)
    {
        var nu = tijd.GetUtcNow();
        var blokkades = await db.Set<Bewaarblokkade>().AsNoTracking()
            .Where(b => b.OpgehevenOp == null && b.EindDatum > nu).Select(b => new { b.ObjectSoort, b.ObjectId }).ToListAsync(ct);
        var geblokkeerdeDoorverwijzingen = blokkades.Where(b => b.ObjectSoort == BewaarObjectSoort.Doorverwijzing).Select(b => b.ObjectId).ToList();
        var geblokkeerd = blokkades.Where(b => b.ObjectSoort == BewaarObjectSoort.Melding).Select(b => b.ObjectId)
            .Concat(await db.Set<DoorverwijzingRij>().Where(d => geblokkeerdeDoorverwijzingen.Contains(d.Id)).Select(d => d.MeldingId).ToListAsync(ct))
            .ToHashSet();
        var geblokkeerdePlaatsingen = blokkades.Where(b => b.ObjectSoort == BewaarObjectSoort.Plaatsing).Select(b => b.ObjectId).ToHashSet();

        var aantal = 0;
        foreach (var (id, regel) in await TeVerwijderenMeldingenAsync(nu, ct))
        {
            if (!geblokkeerd.Contains(id))
            {
                await VerwijderMeldingAsync(id, regel, nu, ct);
                aantal++;
            }
        }
        foreach (var (id, verzoekId) in await TeVerwijderenPlaatsingenAsync(nu, ct))
        {
            if (!geblokkeerdePlaatsingen.Contains(id))
            {
                await VerwijderPlaatsingAsync(id, verzoekId, nu, ct);
                aantal++;
            }
        }
        aantal += await VerwijderBlokkaderedenenAsync(nu, ct);
        return aantal;
    }

    private async Task<List<(Guid Id, Bewaarregel Regel)>> TeVerwijderenMeldingenAsync(DateTimeOffset nu, CancellationToken ct)
    {
        var verwijderd = db.Set<Verwijdering>().Where(v => v.ObjectSoort == BewaarObjectSoort.Melding).Select(v => v.ObjectId);
        var kandidaten = await db.Set<Melding>().AsNoTracking()
            .Where(m => !NogOpen.Contains(m.Status) && !verwijderd.Contains(m.Id))
            // In SQL before the Take: otherwise old reports with a referral a partner never closes fill the window
            // for good and nothing after them is ever deleted.
            .Where(m => !db.Set<DoorverwijzingRij>().Any(d => d.MeldingId == m.Id && d.Status != DoorverwijzingStatus.Afgesloten))
            .Where(m => Afgesloten.Contains(m.Status) || db.Set<DoorverwijzingRij>().Any(d => d.MeldingId == m.Id))
            .Select(m => new
            {
                m.Id, m.Soort, m.Status, m.OntvangenOp,
                LaatsteStatus = db.Set<MeldingStatusHistorie>().Where(h => h.MeldingId == m.Id).OrderByDescending(h => h.Tijdstip)
                    .Select(h => (DateTimeOffset?)h.Tijdstip).FirstOrDefault(),
                Doorverwijzingen = db.Set<DoorverwijzingRij>().Count(d => d.MeldingId == m.Id),
                LaatsteAfsluiting = db.Set<DoorverwijzingRij>().Where(d => d.MeldingId == m.Id && d.AfgeslotenOp != null).OrderByDescending(d => d.AfgeslotenOp)
                    .Select(d => d.AfgeslotenOp).FirstOrDefault(),
            })
            .OrderBy(m => m.OntvangenOp).Take(opties.Value.PerRonde * 4)
            .ToListAsync(ct);

        var uit = new List<(Guid, Bewaarregel)>();
        foreach (var m in kandidaten)
        {
            var laatste = Max(m.OntvangenOp, m.LaatsteStatus);
            Bewaarregel regel;
            if (m.Doorverwijzingen == 0)
            {
                regel = m.Soort == MeldingSoort.Adviesvraag ? Verwerkingsactiviteiten.AdviesvraagBeantwoord : Verwerkingsactiviteiten.MeldingZonderDoorverwijzing;
            }
            else
            {
                regel = Verwerkingsactiviteiten.DoorverwijzingAfgesloten;
                laatste = Max(laatste, m.LaatsteAfsluiting);
            }
            if (laatste + opties.Value.Termijn(regel) <= nu)
            {
                uit.Add((m.Id, regel));
            }
            if (uit.Count == opties.Value.PerRonde)
            {
                break;
            }
        }
        return uit;
    }

    /// <summary>
    /// Erasure on request of a person concerned (art. 17 AVG) by the same steps as the period's end. Refused (false) while the report
    /// or one of its referrals is under an active legal hold, or when it was already erased. <paramref name="extra"/> are the
    /// caller's audit entries; the caller's tracked changes (its record of the answer) commit in the same transaction.
    /// </summary>
    public async Task<bool> VerwijderOpVerzoekAsync(Guid meldingId, IReadOnlyList<AuditInvoer> extra, CancellationToken ct)
    {
        var nu = tijd.GetUtcNow();
        if (await IsGeblokkeerdAsync(meldingId, nu, ct)
            || await db.Set<Verwijdering>().AnyAsync(v => v.ObjectSoort == BewaarObjectSoort.Melding && v.ObjectId == meldingId, ct))
        {
            return false;
        }
        await VerwijderMeldingAsync(meldingId, Verwerkingsactiviteiten.VerzoekVerwijdering, nu, ct, extra);
        return true;
    }

    /// <summary>Whether the report or one of its referrals is under an active legal hold.</summary>
    public async Task<bool> IsGeblokkeerdAsync(Guid meldingId, DateTimeOffset nu, CancellationToken ct)
    {
        var doorverwijzingen = db.Set<DoorverwijzingRij>().Where(d => d.MeldingId == meldingId).Select(d => d.Id);
        return await db.Set<Bewaarblokkade>().AnyAsync(b => b.OpgehevenOp == null && b.EindDatum > nu
            && ((b.ObjectSoort == BewaarObjectSoort.Melding && b.ObjectId == meldingId)
                || (b.ObjectSoort == BewaarObjectSoort.Doorverwijzing && doorverwijzingen.Contains(b.ObjectId))), ct);
    }

    private async Task VerwijderMeldingAsync(Guid id, Bewaarregel regel, DateTimeOffset nu, CancellationToken ct, IReadOnlyList<AuditInvoer>? extra = null)
    {
        var m = await db.Set<Melding>().FirstAsync(x => x.Id == id, ct);
        var velden = 1;
        m.OmschrijvingVersleuteld = versleuteling.Versleutel(Verwijderd, Melding.VeldContext("Omschrijving", id));
        velden += Leeg(m.PlaatsVersleuteld, () => m.PlaatsVersleuteld = null);
        velden += Leeg(m.TijdstipVersleuteld, () => m.TijdstipVersleuteld = null);
        velden += Leeg(m.BetrokkenenVersleuteld, () => m.BetrokkenenVersleuteld = null);
        velden += Leeg(m.ContactVersleuteld, () => m.ContactVersleuteld = null);
        velden += Leeg(m.OntvangstcodeHash, () => m.OntvangstcodeHash = null);
        m.ContactToestemming = false;
        // The search keys go with the fields they were made from (Privacy/Rechten).
        await Rechten.Persoonspseudoniemen.VerwijderAllesAsync(db, id, ct);

        var bijlagen = await db.Set<Bijlage>().Where(b => b.MeldingId == id).ToListAsync(ct);
        db.RemoveRange(bijlagen);
        // Written messages go; template messages (a resource key, no content) stay so the reporter's timeline keeps its shape.
        var berichten = await db.Set<MeldingBericht>().Where(b => b.MeldingId == id && b.TekstVersleuteld != null).ToListAsync(ct);
        db.RemoveRange(berichten);
        db.RemoveRange(await db.Set<Verzendsleutel>().Where(v => v.MeldingId == id).ToListAsync(ct));

        foreach (var t in await db.Set<MeldingTriage>().Where(t => t.MeldingId == id).ToListAsync(ct))
        {
            velden += Leeg(t.AanknopingspuntenVersleuteld, () => t.AanknopingspuntenVersleuteld = null);
            velden += Leeg(t.Aanknopingspunten, () => t.Aanknopingspunten = "");
        }
        foreach (var r in await db.Set<Routebesluit>().Where(r => r.MeldingId == id).ToListAsync(ct))
        {
            velden += Leeg(r.AfwijkingRedenVersleuteld, () => r.AfwijkingRedenVersleuteld = null);
        }
        var doorverwijzingen = await db.Set<DoorverwijzingRij>().Where(d => d.MeldingId == id).ToListAsync(ct);
        foreach (var d in doorverwijzingen)
        {
            velden += Leeg(d.RedenVitaalBelangVersleuteld, () => d.RedenVitaalBelangVersleuteld = null);
        }
        var doorverwijzingIds = doorverwijzingen.Select(d => d.Id).ToList();
        var doorverwijzingBerichten = await db.Set<DoorverwijzingBericht>().Where(b => doorverwijzingIds.Contains(b.DoorverwijzingId)).ToListAsync(ct);
        db.RemoveRange(doorverwijzingBerichten);

        var signalen = await db.Set<TafelSignaal>().Where(s => s.MeldingId == id).ToListAsync(ct);
        var signaalIds = signalen.Select(s => s.Id).ToList();
        db.RemoveRange(await db.Set<TafelBijdrage>().Where(b => signaalIds.Contains(b.SignaalId)).ToListAsync(ct));
        db.RemoveRange(signalen);

        var aantallen = $"velden {velden}, berichten {berichten.Count + doorverwijzingBerichten.Count}, bijlagen {bijlagen.Count}, tafelsignalen {signalen.Count}";
        await VastleggenAsync(BewaarObjectSoort.Melding, id, regel, aantallen, nu, ct, extra);
    }

    private async Task<List<(Guid Id, Guid VerzoekId)>> TeVerwijderenPlaatsingenAsync(DateTimeOffset nu, CancellationToken ct)
    {
        var grens = nu - opties.Value.Termijn(Verwerkingsactiviteiten.PlaatsingBeeindigd);
        var verwijderd = db.Set<Verwijdering>().Where(v => v.ObjectSoort == BewaarObjectSoort.Plaatsing).Select(v => v.ObjectId);
        var rijen = await db.Set<PlaatsingRegel>().AsNoTracking()
            .Where(p => p.OntslagenOp != null && p.OntslagenOp <= grens && !verwijderd.Contains(p.Id))
            .OrderBy(p => p.OntslagenOp).Take(opties.Value.PerRonde)
            .Select(p => new { p.Id, p.PlaatsingsverzoekId }).ToListAsync(ct);
        return rijen.Select(r => (r.Id, r.PlaatsingsverzoekId)).ToList();
    }

    private async Task VerwijderPlaatsingAsync(Guid id, Guid verzoekId, DateTimeOffset nu, CancellationToken ct)
    {
        var velden = 0;
        foreach (var r in await db.Set<Reservering>().Where(r => r.PlaatsingsverzoekId == verzoekId && r.Reden != null).ToListAsync(ct))
        {
            r.Reden = null;
            velden++;
        }
        foreach (var o in await db.Set<OnvervuldeVraagRegel>().Where(o => o.PlaatsingsverzoekId == verzoekId && o.Toelichting != null).ToListAsync(ct))
        {
            o.Toelichting = null;
            velden++;
        }
        await VastleggenAsync(BewaarObjectSoort.Plaatsing, id, Verwerkingsactiviteiten.PlaatsingBeeindigd, $"velden {velden}", nu, ct);
    }

    /// <summary>A legal hold's reason is free text too: it goes once the hold has ended and its own period has passed.</summary>
    private async Task<int> VerwijderBlokkaderedenenAsync(DateTimeOffset nu, CancellationToken ct)
    {
        var grens = nu - opties.Value.Termijn(Verwerkingsactiviteiten.Bewaarblokkade);
        var oud = await db.Set<Bewaarblokkade>()
            .Where(b => b.RedenVersleuteld != null && ((b.OpgehevenOp != null && b.OpgehevenOp <= grens) || (b.OpgehevenOp == null && b.EindDatum <= grens)))
            .OrderBy(b => b.Id).Take(opties.Value.PerRonde).ToListAsync(ct);
        if (oud.Count == 0)
        {
            return 0;
        }
        foreach (var b in oud)
        {
            b.RedenVersleuteld = null;
        }
        await audit.VastleggenAsync(db, oud.Select(b => new AuditInvoer(AuditActor.Systeem, Actie, nameof(Bewaarblokkade), b.Id.ToString(),
            AuditResultaat.Gelukt, Herkomst.Systeem, "velden 1")).ToList(), ct);
        return oud.Count;
    }

    private async Task VastleggenAsync(BewaarObjectSoort soort, Guid id, Bewaarregel regel, string aantallen, DateTimeOffset nu, CancellationToken ct,
        IReadOnlyList<AuditInvoer>? extra = null)
    {
        db.Add(new Verwijdering { ObjectSoort = soort, ObjectId = id, Regel = regel.Code, VerwijderdOp = nu, Aantallen = aantallen });
        await audit.VastleggenAsync(db,
            [new AuditInvoer(AuditActor.Systeem, Actie, soort.ToString(), id.ToString(), AuditResultaat.Gelukt, Herkomst.Systeem, Inkorten(aantallen)), .. extra ?? []], ct);
        db.ChangeTracker.Clear();
    }

    private static string Inkorten(string tekst) => tekst.Length <= 80 ? tekst : tekst[..80];

    private static int Leeg(string? waarde, Action leeg)
    {
        if (string.IsNullOrEmpty(waarde))
        {
            return 0;
        }
        leeg();
        return 1;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset? b) => b is { } x && x > a ? x : a;
}
