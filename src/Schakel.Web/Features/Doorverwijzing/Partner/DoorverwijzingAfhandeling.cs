using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Partner;

/// <summary>What a party does with a referral; each is one status transition (or none, for more information).</summary>
public enum DoorverwijzingActie
{
    Accepteren,
    Vraag,
    Informatie,
    Uitkomst,
    Afsluiten,
    /// <summary>The sending organisation answers a question.</summary>
    Antwoord,
}

public enum ActieResultaat
{
    Gelukt,
    NietGevonden,
    Ongeldig,
    /// <summary>The status machine refuses the transition; <see cref="ActieUitkomst.Toegestaan"/> names the allowed ones.</summary>
    NietToegestaan,
    /// <summary>
    /// Processing in the report is restricted (art. 18 AVG): an action with text is refused, whatever its status; the
    /// <see cref="ActieUitkomst.Beperking"/> says why.
    /// </summary>
    Beperkt,
}

public sealed record ActieUitkomst(
    ActieResultaat Resultaat, IReadOnlyDictionary<string, string[]>? Fouten = null, DoorverwijzingStatus? Status = null,
    IReadOnlyList<DoorverwijzingStatus>? Toegestaan = null, LeesbeperkingWeergave? Beperking = null);

/// <summary>
/// The actions on a referral: the receiver accepts, asks, informs, reports an outcome or closes (declining from
/// verstuurd); the sender answers a question. Each is a <see cref="DoorverwijzingStatusmachine"/> transition with
/// a history row, the message encrypted, the first action recorded, audited in the same transaction and announced after commit.
/// </summary>
public sealed class DoorverwijzingAfhandeling(
    SchakelDbContext db,
    DoorverwijzingLezer lezer,
    Leesbeperking leesbeperking,
    Veldversleuteling versleuteling,
    AuditTrail audit,
    IDoorverwijzingGebeurtenissen gebeurtenissen,
    TimeProvider tijd)
{
    public const int MaximaleTekstLengte = 4000;

    public async Task<ActieUitkomst> VoerUitAsync(
        Guid id, ClaimsPrincipal gebruiker, DoorverwijzingActie actie, string? tekst, string? soort, string herkomst, CancellationToken ct = default)
    {
        var auditActie = "doorverwijzing." + actie.ToString().ToLowerInvariant();
        if (await lezer.VindAsync(id, gebruiker, auditActie, herkomst, ct) is not { } gevonden)
        {
            return new ActieUitkomst(ActieResultaat.NietGevonden);
        }
        var (rij, kant) = gevonden;
        if ((kant == DoorverwijzingKant.Ontvanger) == (actie == DoorverwijzingActie.Antwoord))
        {
            // Found on the other side: an action that side may not take is as unknown as the referral.
            await audit.SchrijfAsync(gebruiker.AlsActor(), auditActie, nameof(DoorverwijzingRij), id.ToString(), AuditResultaat.Geweigerd, herkomst, ct);
            return new ActieUitkomst(ActieResultaat.NietGevonden);
        }

        tekst = string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
        var tekstVerplicht = actie is DoorverwijzingActie.Vraag or DoorverwijzingActie.Informatie or DoorverwijzingActie.Uitkomst or DoorverwijzingActie.Antwoord;
        // While processing in the report is restricted, no side adds free text (it could name the person concerned again). Accepting
        // and closing without a reason stay possible: they add nothing about anyone, and closing is how the receiver stops processing.
        if ((tekstVerplicht || tekst is not null) && await leesbeperking.BerichtenAsync(rij, ct) is { } beperking)
        {
            await audit.SchrijfAsync([new AuditInvoer(gebruiker.AlsActor(), auditActie, nameof(DoorverwijzingRij), id.ToString(),
                AuditResultaat.Geweigerd, herkomst, beperking.Code)], ct);
            return new ActieUitkomst(ActieResultaat.Beperkt, new Dictionary<string, string[]> { ["tekst"] = [beperking.Tekst] }, rij.Status, Beperking: beperking);
        }
        if (tekstVerplicht && tekst is null)
        {
            return new ActieUitkomst(ActieResultaat.Ongeldig, new Dictionary<string, string[]> { ["tekst"] = ["Vul een tekst in."] });
        }
        if (tekst is { Length: > MaximaleTekstLengte })
        {
            return new ActieUitkomst(ActieResultaat.Ongeldig, new Dictionary<string, string[]> { ["tekst"] = [$"Gebruik ten hoogste {MaximaleTekstLengte} tekens."] });
        }

        var van = rij.Status;
        if ((actie == DoorverwijzingActie.Antwoord && van != DoorverwijzingStatus.VraagGesteld)
            || (actie == DoorverwijzingActie.Informatie && van == DoorverwijzingStatus.Afgesloten))
        {
            var fout = actie == DoorverwijzingActie.Antwoord ? "Er staat geen vraag open." : "De doorverwijzing is afgesloten.";
            return new ActieUitkomst(ActieResultaat.NietToegestaan, new Dictionary<string, string[]> { ["status"] = [fout] }, van,
                DoorverwijzingStatusmachine.Volgende(van));
        }
        var naar = await DoelAsync(rij, actie, ct);
        if (naar != van)
        {
            var overgang = DoorverwijzingStatusmachine.Probeer(van, naar);
            if (!overgang.Gelukt)
            {
                return new ActieUitkomst(ActieResultaat.NietToegestaan, new Dictionary<string, string[]> { ["status"] = [overgang.Fout!] }, van,
                    DoorverwijzingStatusmachine.Volgende(van));
            }
        }
        else if (actie != DoorverwijzingActie.Informatie)
        {
            return new ActieUitkomst(ActieResultaat.NietToegestaan,
                new Dictionary<string, string[]> { ["status"] = [$"De doorverwijzing heeft al status '{DoorverwijzingStatusmachine.Label(van)}'."] }, van,
                DoorverwijzingStatusmachine.Volgende(van));
        }

        var nu = tijd.GetUtcNow();
        var organisatie = gebruiker.OrganisatieId()!.Value;
        var medewerker = gebruiker.IsApiClient() ? (Guid?)null : gebruiker.MedewerkerId();
        var client = gebruiker.FindFirstValue(SchakelClaims.ClientId);
        // The change and its audit entry commit together (docs/adr/0004); the writer slot is released right after.
        using var slot = await Schrijfslot.NeemAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (naar != van)
        {
            rij.Status = naar;
            db.Add(new DoorverwijzingHistorie
            {
                DoorverwijzingId = rij.Id, Van = van, Naar = naar, Tijdstip = nu, OrganisatieId = organisatie, MedewerkerId = medewerker, Client = client,
            });
        }
        if (kant == DoorverwijzingKant.Ontvanger)
        {
            rij.EersteActieOp ??= nu;
        }
        if (naar == DoorverwijzingStatus.Afgesloten)
        {
            rij.AfgeslotenOp = nu;
        }
        DoorverwijzingBericht? bericht = null;
        if (tekst is not null)
        {
            bericht = new DoorverwijzingBericht
            {
                DoorverwijzingId = rij.Id,
                Soort = actie switch
                {
                    DoorverwijzingActie.Vraag => DoorverwijzingBerichtSoort.Vraag,
                    DoorverwijzingActie.Antwoord => DoorverwijzingBerichtSoort.Antwoord,
                    DoorverwijzingActie.Uitkomst => DoorverwijzingBerichtSoort.Uitkomst,
                    _ => DoorverwijzingBerichtSoort.Informatie,
                },
                VanOrganisatieId = organisatie, MedewerkerId = medewerker, Client = client, Tijdstip = nu,
            };
            db.Add(bericht);
        }
        await db.SaveChangesAsync(ct);
        if (bericht is not null)
        {
            // Encrypted bound to the row id, so it is written once the id exists.
            var inhoud = actie == DoorverwijzingActie.Uitkomst && !string.IsNullOrWhiteSpace(soort) ? $"{soort.Trim()}: {tekst}" : tekst!;
            bericht.TekstVersleuteld = versleuteling.Versleutel(inhoud, DoorverwijzingBericht.VeldContext(bericht.Id));
            await db.SaveChangesAsync(ct);
        }
        await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), auditActie, nameof(DoorverwijzingRij), id.ToString(), AuditResultaat.Gelukt, herkomst), ct, slotGenomen: true);
        slot.Dispose();

        // The side that now has to act hears of it by notification as well; both sides' open pages follow live.
        var voorAfzender = actie is DoorverwijzingActie.Vraag or DoorverwijzingActie.Uitkomst or DoorverwijzingActie.Afsluiten;
        await gebeurtenissen.GewijzigdAsync(rij.Id, rij.OntvangerOrganisatieId,
            actie == DoorverwijzingActie.Antwoord ? Aandachtlinks.Ontvanger : null, ct);
        if (rij.AfzenderOrganisatieId != rij.OntvangerOrganisatieId)
        {
            await gebeurtenissen.GewijzigdAsync(rij.Id, rij.AfzenderOrganisatieId,
                voorAfzender ? Aandachtlinks.Afzender : null, ct);
        }
        return new ActieUitkomst(ActieResultaat.Gelukt, Status: naar);
    }

    private async Task<DoorverwijzingStatus> DoelAsync(DoorverwijzingRij rij, DoorverwijzingActie actie, CancellationToken ct) => actie switch
    {
        DoorverwijzingActie.Accepteren => DoorverwijzingStatus.Geaccepteerd,
        DoorverwijzingActie.Vraag => DoorverwijzingStatus.VraagGesteld,
        // More information is work on the referral: an accepted one is now being handled; otherwise it stays.
        DoorverwijzingActie.Informatie => rij.Status == DoorverwijzingStatus.Geaccepteerd ? DoorverwijzingStatus.InBehandeling : rij.Status,
        DoorverwijzingActie.Uitkomst => DoorverwijzingStatus.UitkomstGemeld,
        DoorverwijzingActie.Afsluiten => DoorverwijzingStatus.Afgesloten,
        // An answer returns the referral to where it was before the question.
        _ => await db.Set<DoorverwijzingHistorie>().AsNoTracking()
                .Where(h => h.DoorverwijzingId == rij.Id && h.Naar == DoorverwijzingStatus.VraagGesteld)
                .OrderByDescending(h => h.Id).Select(h => h.Van).FirstOrDefaultAsync(ct) ?? DoorverwijzingStatus.Verstuurd,
    };
}
