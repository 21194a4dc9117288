using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Privacy.Bewaring;

/// <summary>The outcome of setting or lifting a legal hold: the hold, or the errors per field, or not found / refused.</summary>
public sealed record BlokkadeUitkomst(Bewaarblokkade? Blokkade, IReadOnlyDictionary<string, string[]> Fouten, bool NietGevonden = false, bool Geweigerd = false)
{
    public static BlokkadeUitkomst Gelukt(Bewaarblokkade b) => new(b, new Dictionary<string, string[]>());
}

/// <summary>
/// Legal holds: set and lifted by the reporting point that owns the record, or by a beheerder; each change audited in the same
/// transaction. A stranger to the record gets "not found" (its existence is not confirmed).
/// </summary>
public sealed class Bewaarblokkades(SchakelDbContext db, AuditTrail audit, Veldversleuteling versleuteling, TimeProvider tijd)
{
    public const int RedenMaximum = 1000;

    public static readonly string[] RollenZetten = [Rollen.Beheerder, Rollen.Ketenregisseur, Rollen.Aandachtsfunctionaris];

    public async Task<IReadOnlyList<Bewaarblokkade>> VoorAsync(BewaarObjectSoort soort, Guid objectId, CancellationToken ct) =>
        await db.Set<Bewaarblokkade>().AsNoTracking().Where(b => b.ObjectSoort == soort && b.ObjectId == objectId)
            .OrderByDescending(b => b.GezetOp).ToListAsync(ct);

    public string? Reden(Bewaarblokkade b) => versleuteling.OntsleutelOfNull(b.RedenVersleuteld, Bewaarblokkade.RedenContext(b.Id));

    public async Task<BlokkadeUitkomst> ZetAsync(ClaimsPrincipal wie, BewaarObjectSoort soort, Guid objectId, string? reden, DateOnly? einde, string herkomst, CancellationToken ct)
    {
        var nu = tijd.GetUtcNow();
        var fouten = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(reden))
        {
            fouten["reden"] = ["Geef de reden van de blokkade (bijvoorbeeld een lopend onderzoek of een klacht)."];
        }
        else if (reden.Length > RedenMaximum)
        {
            fouten["reden"] = [$"De reden is te lang (ten hoogste {RedenMaximum} tekens)."];
        }
        if (einde is null)
        {
            fouten["einddatum"] = ["Geef de datum waarop de blokkade eindigt."];
        }
        else if (einde.Value.ToDateTime(TimeOnly.MinValue) <= nu.UtcDateTime.Date)
        {
            fouten["einddatum"] = ["De einddatum moet na vandaag liggen."];
        }
        if (!await MagAsync(wie, soort, objectId, ct))
        {
            return new BlokkadeUitkomst(null, fouten, NietGevonden: true);
        }
        if (fouten.Count > 0)
        {
            return new BlokkadeUitkomst(null, fouten);
        }
        var id = Guid.NewGuid();
        var blokkade = new Bewaarblokkade
        {
            Id = id, ObjectSoort = soort, ObjectId = objectId, OrganisatieId = wie.OrganisatieId() ?? Guid.Empty,
            RedenVersleuteld = versleuteling.Versleutel(reden!.Trim(), Bewaarblokkade.RedenContext(id)),
            EindDatum = new DateTimeOffset(einde!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            GezetDoor = wie.AlsActor().Id ?? "onbekend", GezetOp = nu,
        };
        db.Add(blokkade);
        await audit.VastleggenAsync(db, [new AuditInvoer(wie.AlsActor(), "bewaring.blokkade-gezet", soort.ToString(), objectId.ToString(), AuditResultaat.Gelukt, herkomst)], ct);
        return BlokkadeUitkomst.Gelukt(blokkade);
    }

    /// <param name="objectId">When given, the record the hold must be on (the page it was lifted from): another's is not found.</param>
    public async Task<BlokkadeUitkomst> HefOpAsync(ClaimsPrincipal wie, Guid blokkadeId, string herkomst, CancellationToken ct, Guid? objectId = null)
    {
        var blokkade = await db.Set<Bewaarblokkade>().FirstOrDefaultAsync(b => b.Id == blokkadeId && (objectId == null || b.ObjectId == objectId), ct);
        if (blokkade is null || !await MagAsync(wie, blokkade.ObjectSoort, blokkade.ObjectId, ct))
        {
            return new BlokkadeUitkomst(null, new Dictionary<string, string[]>(), NietGevonden: true);
        }
        if (blokkade.OpgehevenOp is null)
        {
            blokkade.OpgehevenOp = tijd.GetUtcNow();
            blokkade.OpgehevenDoor = wie.AlsActor().Id ?? "onbekend";
            await audit.VastleggenAsync(db, [new AuditInvoer(wie.AlsActor(), "bewaring.blokkade-opgeheven", blokkade.ObjectSoort.ToString(),
                blokkade.ObjectId.ToString(), AuditResultaat.Gelukt, herkomst)], ct);
        }
        return BlokkadeUitkomst.Gelukt(blokkade);
    }

    /// <summary>A beheerder may hold any record; the reporting point only the reports (and their referrals) of its own organisation.</summary>
    public async Task<bool> MagAsync(ClaimsPrincipal wie, BewaarObjectSoort soort, Guid objectId, CancellationToken ct)
    {
        var rollen = wie.Rollen();
        var beheerder = rollen.Contains(Rollen.Beheerder);
        if (!beheerder && !RollenZetten.Any(rollen.Contains))
        {
            return false;
        }
        var organisatie = wie.OrganisatieId();
        return soort switch
        {
            BewaarObjectSoort.Melding => await db.Set<Melding>().AnyAsync(m => m.Id == objectId && (beheerder || m.MeldpuntOrganisatieId == organisatie), ct),
            BewaarObjectSoort.Doorverwijzing => await db.Set<DoorverwijzingRij>().AnyAsync(d => d.Id == objectId && (beheerder || d.AfzenderOrganisatieId == organisatie), ct),
            BewaarObjectSoort.Plaatsing => beheerder && await db.Set<PlaatsingRegel>().AnyAsync(p => p.Id == objectId, ct),
            _ => false,
        };
    }
}
