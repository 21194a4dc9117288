using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Werkstroom;
using Schakel.Web.Features.Meldpunt.Bijlagen;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Meldpunt.Opvolging;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Meldpunt.Medewerkers;

public sealed record InboxRegel(
    Guid Id, MeldingSoort Soort, Kanaal Kanaal, MeldingStatus Status, DateTimeOffset OntvangenOp, bool Urgent,
    string? GemeenteCode, bool Ingezien, Termijnstand Termijnen, Eerstetermijn? EersteActie = null)
{
    /// <summary>Any deadline missed: the reporter's two or the first action after triage.</summary>
    public bool TeLaat => Termijnen.TeLaat || EersteActie?.TeLaat == true;
}

public sealed record MeldingDetail(
    Guid Id, MeldingSoort Soort, MelderType MelderType, string? Sector, Kanaal Kanaal, MeldingStatus Status,
    DateTimeOffset OntvangenOp, bool Urgent, bool AcuutGevaar, JaNeeOnbekend MinderjarigBetrokken, string Taal,
    string Omschrijving, string? GemeenteCode, string? Plaats, string? Tijdstip,
    IReadOnlyList<string> Uitbuitingsvormen, IReadOnlyList<string> Indicatoren,
    Betrokkenen? Betrokkenen, MelderContact? Contact, bool HeeftOntvangstcode, bool VanProfessional,
    Termijnstand Termijnen, IReadOnlyList<MeldingStatus> VolgendeStatussen,
    MeldingOpvolging Gesprek, IReadOnlyList<MeldingStatusHistorie> Historie, bool ContactIngetrokken = false);

/// <summary>Another open report of the same reporting point that a report can be merged into.</summary>
public sealed record Samenvoegkandidaat(Guid Id, DateTimeOffset OntvangenOp, MeldingSoort Soort, MeldingStatus Status);

public enum Handelingsresultaat
{
    Gelukt,
    NietGevonden,
    Ongeldig,
}

public sealed record Handeling(Handelingsresultaat Resultaat, string? Fout = null)
{
    public static readonly Handeling Gelukt = new(Handelingsresultaat.Gelukt);
    public static readonly Handeling NietGevonden = new(Handelingsresultaat.NietGevonden);
    public static Handeling Ongeldig(string fout) => new(Handelingsresultaat.Ongeldig, fout);
}

/// <summary>
/// The reporting point's staff: inbox, opening a report (audited), writing to the reporter, changing the
/// status, turning an advice question into a report. A staff member only ever reaches reports of the
/// reporting point their own organisation runs; anything else is "not found", and audited as refused.
/// </summary>
public sealed class MeldpuntBehandeling(
    SchakelDbContext db,
    Veldversleuteling versleuteling,
    MeldpuntOpvolging opvolging,
    BijlageOpslag bijlageOpslag,
    AuditTrail audit,
    Termijnbewaking termijnbewaking,
    TimeProvider tijd)
{
    public async Task<IReadOnlyList<InboxRegel>> InboxAsync(ClaimsPrincipal medewerker, bool ookAfgerond = false, CancellationToken ct = default)
    {
        if (medewerker.OrganisatieId() is not { } organisatie)
        {
            return [];
        }
        var gesloten = Enum.GetValues<MeldingStatus>().Where(s => !MeldingStatusmachine.IsOpen(s)).ToList();
        var rijen = await db.Set<Melding>().AsNoTracking()
            .Where(m => m.MeldpuntOrganisatieId == organisatie && (ookAfgerond || !gesloten.Contains(m.Status)))
            .Select(m => new { m.Id, m.Soort, m.Kanaal, m.Status, m.OntvangenOp, m.Urgent, m.GemeenteCode, m.IngezienOp, m.TeruggekoppeldOp })
            .ToListAsync(ct);
        var nu = tijd.GetUtcNow();
        var eersteActie = await termijnbewaking.EersteActieMeldingenAsync(rijen.Select(r => r.Id).ToList(), ct);
        return [.. rijen
            .Select(r => new InboxRegel(r.Id, r.Soort, r.Kanaal, r.Status, r.OntvangenOp, r.Urgent, r.GemeenteCode, r.IngezienOp is not null,
                // The automatic acknowledgement is placed at receipt, so the first deadline is met by design.
                Meldtermijnen.Stand(r.OntvangenOp, r.OntvangenOp, r.TeruggekoppeldOp, nu), eersteActie.GetValueOrDefault(r.Id)))
            .OrderByDescending(r => r.Urgent)
            .ThenByDescending(r => r.TeLaat)
            .ThenBy(r => r.OntvangenOp)];
    }

    /// <summary>Opens a report with its personal data; every opening is written to the audit trail.</summary>
    public async Task<MeldingDetail?> OpenAsync(Guid id, ClaimsPrincipal medewerker, CancellationToken ct = default)
    {
        var m = await VindAsync(id, medewerker, "melding.ingezien", ct);
        if (m is null)
        {
            return null;
        }
        m.IngezienOp ??= tijd.GetUtcNow();
        await audit.VastleggenAsync(db, new AuditInvoer(medewerker.AlsActor(), "melding.ingezien", nameof(Melding), id.ToString(), AuditResultaat.Gelukt, Herkomst.Web), ct);

        await db.Entry(m).Collection(x => x.Berichten).LoadAsync(ct);
        var historie = await db.Set<MeldingStatusHistorie>().AsNoTracking().Where(h => h.MeldingId == id).OrderBy(h => h.Id).ToListAsync(ct);
        var gesprek = opvolging.Weergave(m, await bijlageOpslag.OverzichtAsync(db, id, ct));
        string? Lees(string? waarde, string veld) => versleuteling.OntsleutelOfNull(waarde, Melding.VeldContext(veld, id));
        return new MeldingDetail(
            m.Id, m.Soort, m.MelderType, m.Sector, m.Kanaal, m.Status, m.OntvangenOp, m.Urgent, m.AcuutGevaar, m.MinderjarigBetrokken, m.Taal,
            Lees(m.OmschrijvingVersleuteld, "Omschrijving")!, m.GemeenteCode, Lees(m.PlaatsVersleuteld, "Plaats"), Lees(m.TijdstipVersleuteld, "Tijdstip"),
            Lijst(m.Uitbuitingsvormen), Lijst(m.Indicatoren),
            Lees(m.BetrokkenenVersleuteld, "Betrokkenen") is { } b ? JsonSerializer.Deserialize<Betrokkenen>(b) : null,
            Lees(m.ContactVersleuteld, "Contact") is { } c ? JsonSerializer.Deserialize<MelderContact>(c) : null,
            m.OntvangstcodeHash is not null, m.IndienerMedewerkerId is not null,
            Meldtermijnen.Stand(m.OntvangenOp, m.OntvangenOp, m.TeruggekoppeldOp, tijd.GetUtcNow()),
            MeldingStatusmachine.Volgende(m.Status), gesprek, historie, m.ContactIngetrokkenOp is not null);
    }

    /// <summary>An attachment of a report, decrypted for staff; audited like opening the report.</summary>
    public async Task<(string Naam, string ContentType, byte[] Inhoud)?> BijlageAsync(Guid id, Guid bijlageId, ClaimsPrincipal medewerker, CancellationToken ct = default)
    {
        var m = await VindAsync(id, medewerker, "bijlage.ingezien", ct);
        var b = m is null ? null : await db.Set<Bijlage>().FirstOrDefaultAsync(x => x.Id == bijlageId && x.MeldingId == id, ct);
        if (b is null)
        {
            return null;
        }
        await audit.SchrijfAsync(medewerker.AlsActor(), "bijlage.ingezien", nameof(Bijlage), bijlageId.ToString(), AuditResultaat.Gelukt, Herkomst.Web, ct);
        return bijlageOpslag.Lees(b);
    }

    /// <summary>A message to the reporter, who reads it with the receipt code (or in their own inbox).</summary>
    public async Task<Handeling> StuurBerichtAsync(Guid id, ClaimsPrincipal medewerker, string? tekst, CancellationToken ct = default)
    {
        var fouten = MeldingValidatie.ValideerReactie(tekst, 0);
        if (fouten.Count > 0)
        {
            return Handeling.Ongeldig(fouten.First().Value[0]);
        }
        var m = await VindAsync(id, medewerker, "melding.bericht", ct);
        if (m is null)
        {
            return Handeling.NietGevonden;
        }
        var nu = tijd.GetUtcNow();
        var bericht = new MeldingBericht { MeldingId = id, Van = BerichtAfzender.Meldpunt, Tijdstip = nu, MedewerkerId = medewerker.MedewerkerId() };
        db.Add(bericht);
        m.TeruggekoppeldOp ??= nu;
        // The message, its encrypted text (bound to the id the insert hands out) and the audit entry commit together.
        using var slot = await Schrijfslot.NeemAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        bericht.TekstVersleuteld = versleuteling.Versleutel(tekst!.Trim(), MeldpuntOpvolging.BerichtContext(bericht.Id));
        await audit.VastleggenAsync(db, new AuditInvoer(medewerker.AlsActor(), "melding.bericht", nameof(Melding), id.ToString(), AuditResultaat.Gelukt, Herkomst.Web), ct, slotGenomen: true);
        return Handeling.Gelukt;
    }

    /// <summary>Moves the report through the workflow; the reporter gets a templated message when what they see changes.</summary>
    public async Task<Handeling> WijzigStatusAsync(Guid id, ClaimsPrincipal medewerker, MeldingStatus naar, Guid? samengevoegdMet = null, CancellationToken ct = default,
        string herkomst = Herkomst.Web)
    {
        var m = await VindAsync(id, medewerker, "melding.status", ct);
        if (m is null)
        {
            return Handeling.NietGevonden;
        }
        // A merge link may only point at another report of the same reporting point that was not merged itself,
        // so every chain of merges ends in one report.
        if (naar == MeldingStatus.Samengevoegd && samengevoegdMet is { } ander && ander != id
            && !await db.Set<Melding>().AnyAsync(x => x.Id == ander && x.MeldpuntOrganisatieId == m.MeldpuntOrganisatieId
                && x.Status != MeldingStatus.Samengevoegd, ct))
        {
            return Handeling.Ongeldig("De melding om mee samen te voegen is niet gevonden bij dit meldpunt.");
        }
        var handeling = ZetStatus(m, medewerker, naar, samengevoegdMet);
        if (handeling.Resultaat != Handelingsresultaat.Gelukt)
        {
            return handeling;
        }
        await audit.VastleggenAsync(db, new AuditInvoer(medewerker.AlsActor(), "melding.status", nameof(Melding), id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return Handeling.Gelukt;
    }

    /// <summary>The open reports of the same reporting point this report can be merged into, newest first.</summary>
    public async Task<IReadOnlyList<Samenvoegkandidaat>> SamenvoegkandidatenAsync(Guid id, ClaimsPrincipal medewerker, CancellationToken ct = default)
    {
        if (medewerker.OrganisatieId() is not { } organisatie)
        {
            return [];
        }
        var open = Enum.GetValues<MeldingStatus>().Where(MeldingStatusmachine.IsOpen).ToList();
        return await db.Set<Melding>().AsNoTracking()
            .Where(m => m.MeldpuntOrganisatieId == organisatie && m.Id != id && open.Contains(m.Status))
            .OrderByDescending(m => m.OntvangenOp)
            .Take(MaximaalKandidaten)
            .Select(m => new Samenvoegkandidaat(m.Id, m.OntvangenOp, m.Soort, m.Status))
            .ToListAsync(ct);
    }

    public const int MaximaalKandidaten = 200;

    /// <summary>
    /// The status change with its history row and templated reporter message, added to the context but not
    /// saved: a caller that stores more in the same step saves once and audits after.
    /// </summary>
    internal Handeling ZetStatus(Melding m, ClaimsPrincipal medewerker, MeldingStatus naar, Guid? samengevoegdMet = null)
    {
        var overgang = MeldingStatusmachine.Probeer(m.Status, naar, m.Id, samengevoegdMet);
        if (!overgang.Gelukt)
        {
            return Handeling.Ongeldig(overgang.Fout!);
        }
        var nu = tijd.GetUtcNow();
        var van = m.Status;
        m.Status = naar;
        if (naar == MeldingStatus.Samengevoegd)
        {
            m.SamengevoegdMetId = samengevoegdMet;
        }
        db.Add(new MeldingStatusHistorie { MeldingId = m.Id, Van = van, Naar = naar, Gebeurtenis = "status", Tijdstip = nu, MedewerkerId = medewerker.MedewerkerId() });
        if (Terugkoppeling.BijStatuswijziging(van, naar, m.Taal) is { } sjabloon)
        {
            db.Add(new MeldingBericht { MeldingId = m.Id, Van = BerichtAfzender.Meldpunt, Tijdstip = nu, Sjabloon = sjabloon.Sleutel });
            m.TeruggekoppeldOp ??= nu;
        }
        return Handeling.Gelukt;
    }

    /// <summary>
    /// An advice question becomes a report in place: same id, code, messages and history, so nothing the
    /// asker or staff wrote is lost, and the step itself is in the history.
    /// </summary>
    public async Task<Handeling> ZetOmNaarMeldingAsync(Guid id, ClaimsPrincipal medewerker, CancellationToken ct = default)
    {
        var m = await VindAsync(id, medewerker, "melding.omgezet", ct);
        if (m is null)
        {
            return Handeling.NietGevonden;
        }
        if (Omzetting.ZetOm(db, m, medewerker.MedewerkerId(), tijd.GetUtcNow()) is { } fout)
        {
            return Handeling.Ongeldig(fout);
        }
        await audit.VastleggenAsync(db, new AuditInvoer(medewerker.AlsActor(), "melding.omgezet", nameof(Melding), id.ToString(), AuditResultaat.Gelukt, Herkomst.Web), ct);
        return Handeling.Gelukt;
    }

    /// <summary>The report if it belongs to the reporting point of the caller's organisation; a miss is audited as refused.</summary>
    internal async Task<Melding?> VindAsync(Guid id, ClaimsPrincipal medewerker, string actie, CancellationToken ct)
    {
        var organisatie = medewerker.OrganisatieId();
        var m = organisatie is null ? null : await db.Set<Melding>().FirstOrDefaultAsync(x => x.Id == id && x.MeldpuntOrganisatieId == organisatie, ct);
        if (m is null)
        {
            await audit.SchrijfAsync(medewerker.AlsActor(), actie, nameof(Melding), id.ToString(), AuditResultaat.Geweigerd, Herkomst.Web, ct);
        }
        return m;
    }

    private static IReadOnlyList<string> Lijst(string waarde) => waarde.Length == 0 ? [] : waarde.Split(';');
}
