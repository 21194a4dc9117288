using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Bewustwording;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>Who signs up: a signed-in professional (account and organisation) or anyone with a name and e-mail.</summary>
public sealed record Deelnemer(Guid? MedewerkerId, Guid? OrganisatieId, string? Naam, string? Email, string? Rol, string? GemeenteCode,
    string? AnnuleercodeHash = null);

public abstract record InschrijfUitkomst
{
    public sealed record Gelukt(Guid InschrijvingId, Inschrijfstatus Status) : InschrijfUitkomst;
    public sealed record NietGevonden : InschrijfUitkomst;
    /// <summary>The sign-up deadline has passed or the session was cancelled.</summary>
    public sealed record Gesloten : InschrijfUitkomst;
    public sealed record Geweigerd : InschrijfUitkomst;
    /// <summary>A session's capacity below the places already taken: refused, the taken places stand.</summary>
    public sealed record TeWeinigPlaatsen(int Ingeschreven) : InschrijfUitkomst;
}

/// <summary>A planned session's new date and time, place or online link, and capacity.</summary>
public sealed record SessieWijziging(DateTimeOffset Begin, DateTimeOffset Einde, string? Plaats, string? Link, int Capaciteit, DateTimeOffset AanmeldenTot);

/// <summary>
/// Sign-up and cancellation under the session's lock, so the count of places and the new row are one decision:
/// never more sign-ups than places, and the waiting list moves up in order of arrival when a place comes free.
/// PostgreSQL: a row lock on the session (SELECT … FOR UPDATE) serialises writers across web nodes.
/// SQLite: the process's writer slot (one writer per database file), as the shelter holds do.
/// </summary>
public sealed class Inschrijven(SchakelDbContext db, AuditTrail audit, Veldversleuteling versleuteling, Sleutelbos sleutels, TimeProvider tijd)
{
    public const string ObjectType = "bewustwording.inschrijving";
    public const string ActieInschrijven = "bewustwording.inschrijven";
    public const string ActieAnnuleren = "bewustwording.annuleren";
    public const string ActieDoorgeschoven = "bewustwording.doorgeschoven";
    public const string ActieSessieGewijzigd = "bewustwording.sessie-gewijzigd";
    public const string ActieSessieGeannuleerd = "bewustwording.sessie-geannuleerd";

    /// <summary>Name and e-mail of a public sign-up are kept until this long after the session, for the certificate and questions.</summary>
    public static readonly TimeSpan Bewaartermijn = TimeSpan.FromDays(365);

    internal const string NaamContext = "Bewustwording.Inschrijving.Naam";
    internal const string EmailContext = "Bewustwording.Inschrijving.Email";

    public string? Naam(Inschrijving i) => versleuteling.OntsleutelOfNull(i.NaamVersleuteld, NaamContext);
    public string? Email(Inschrijving i) => versleuteling.OntsleutelOfNull(i.EmailVersleuteld, EmailContext);

    public string FormulierHash(string sleutel) =>
        Convert.ToBase64String(HMACSHA256.HashData(sleutels.Pseudoniem, Encoding.UTF8.GetBytes("bewustwording/formulier/v1\n" + sleutel)));

    /// <summary>
    /// The cancel code of a public sign-up, derived from the form's one-time token with a server key: a repeated post of
    /// the same form (a double click whose first answer was lost) shows the same code, and without the key nobody can
    /// derive it. Sixteen digits, as the reporting point's receipt code, so people meet one kind of code.
    /// </summary>
    public string Annuleercode(string formulierSleutel)
    {
        var h = HMACSHA256.HashData(sleutels.Pseudoniem, Encoding.UTF8.GetBytes("bewustwording/annuleercode/v1\n" + formulierSleutel));
        return (BitConverter.ToUInt64(h, 0) % 10_000_000_000_000_000UL).ToString("D16", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Only a keyed hash of the code is stored: the database alone does not let anyone cancel.</summary>
    public string AnnuleercodeHash(string cijfers) =>
        Convert.ToBase64String(HMACSHA256.HashData(sleutels.Pseudoniem, Encoding.UTF8.GetBytes("bewustwording/annuleercode-hash/v1\n" + cijfers)));

    /// <summary>The sign-up a typed code belongs to, or null when the code is malformed or unknown.</summary>
    public async Task<Inschrijving?> MetCodeAsync(string? invoer, CancellationToken ct)
    {
        if (!Core.Meldpunt.Ontvangstcode.TryLees(invoer, out var cijfers))
        {
            return null;
        }
        var hash = AnnuleercodeHash(cijfers);
        return await db.Set<Inschrijving>().AsNoTracking().FirstOrDefaultAsync(i => i.AnnuleercodeHash == hash, ct);
    }

    public async Task<InschrijfUitkomst> InschrijvenAsync(Guid sessieId, Deelnemer deelnemer, AuditActor actor, string herkomst, string? formulierSleutel, CancellationToken ct)
    {
        var hash = formulierSleutel is null ? null : FormulierHash(formulierSleutel);
        // The same form posted twice (a double click, a reload): the first sign-up stands. Asked again under the
        // session's lock, because two posts at the same moment both pass the first question.
        async Task<InschrijfUitkomst?> EerderAsync() =>
            hash is not null && await db.Set<Inschrijving>().AsNoTracking().FirstOrDefaultAsync(i => i.FormulierSleutelHash == hash, ct) is { } eerder
                ? eerder.SessieId == sessieId ? new InschrijfUitkomst.Gelukt(eerder.Id, eerder.Status) : new InschrijfUitkomst.Geweigerd()
                : null;
        if (await EerderAsync() is { } herhaald)
        {
            return herhaald;
        }
        return await OnderSlotAsync(sessieId, async (sessie, nu) =>
        {
            if (await EerderAsync() is { } gelijktijdig)
            {
                return gelijktijdig;
            }
            if (sessie.Geannuleerd || nu > sessie.AanmeldenTot)
            {
                return new InschrijfUitkomst.Gesloten();
            }
            if (deelnemer.MedewerkerId is { } m && await db.Set<Inschrijving>().FirstOrDefaultAsync(
                    i => i.SessieId == sessieId && i.MedewerkerId == m && i.Status != Inschrijfstatus.Geannuleerd, ct) is { } bestaand)
            {
                return new InschrijfUitkomst.Gelukt(bestaand.Id, bestaand.Status);
            }
            var ingeschreven = await db.Set<Inschrijving>().CountAsync(i => i.SessieId == sessieId && i.Status == Inschrijfstatus.Ingeschreven, ct);
            var volgnummer = (await db.Set<Inschrijving>().Where(i => i.SessieId == sessieId).MaxAsync(i => (long?)i.Volgnummer, ct) ?? 0) + 1;
            var inschrijving = new Inschrijving
            {
                Id = Guid.NewGuid(),
                SessieId = sessieId,
                Status = Plaatsen.NieuweInschrijving(sessie.Capaciteit, ingeschreven),
                Volgnummer = volgnummer,
                MedewerkerId = deelnemer.MedewerkerId,
                OrganisatieId = deelnemer.OrganisatieId,
                Rol = deelnemer.Rol,
                GemeenteCode = deelnemer.GemeenteCode,
                NaamVersleuteld = versleuteling.VersleutelOfNull(deelnemer.Naam, NaamContext),
                EmailVersleuteld = versleuteling.VersleutelOfNull(deelnemer.Email, EmailContext),
                FormulierSleutelHash = hash,
                AnnuleercodeHash = deelnemer.AnnuleercodeHash,
                IngeschrevenOp = nu,
                BewaarTot = deelnemer.Naam is null && deelnemer.Email is null ? null : sessie.Einde + Bewaartermijn,
            };
            db.Add(inschrijving);
            await audit.VastleggenAsync(db, new AuditInvoer(actor, ActieInschrijven, ObjectType, inschrijving.Id.ToString(), AuditResultaat.Gelukt, herkomst,
                inschrijving.Status.ToString()), ct, slotGenomen: true);
            return new InschrijfUitkomst.Gelukt(inschrijving.Id, inschrijving.Status);
        }, ct);
    }

    /// <summary>Cancels a sign-up; the freed place goes to the first on the waiting list, in the same transaction.</summary>
    public async Task<InschrijfUitkomst> AnnulerenAsync(Guid inschrijvingId, Func<Inschrijving, bool> mag, AuditActor actor, string herkomst, CancellationToken ct)
    {
        var sessieId = await db.Set<Inschrijving>().Where(i => i.Id == inschrijvingId).Select(i => (Guid?)i.SessieId).FirstOrDefaultAsync(ct);
        if (sessieId is null)
        {
            return new InschrijfUitkomst.NietGevonden();
        }
        return await OnderSlotAsync(sessieId.Value, async (sessie, nu) =>
        {
            var inschrijving = await db.Set<Inschrijving>().FirstAsync(i => i.Id == inschrijvingId, ct);
            if (!mag(inschrijving))
            {
                return new InschrijfUitkomst.NietGevonden();
            }
            if (inschrijving.Status == Inschrijfstatus.Geannuleerd)
            {
                return new InschrijfUitkomst.Gelukt(inschrijving.Id, inschrijving.Status);
            }
            inschrijving.Status = Inschrijfstatus.Geannuleerd;
            await db.SaveChangesAsync(ct);
            var regels = new List<AuditInvoer> { new(actor, ActieAnnuleren, ObjectType, inschrijving.Id.ToString(), AuditResultaat.Gelukt, herkomst) };
            regels.AddRange((await SchuifDoorAsync(sessie, ct)).Select(id => new AuditInvoer(actor, ActieDoorgeschoven, ObjectType, id.ToString(), AuditResultaat.Gelukt, herkomst)));
            await audit.VastleggenAsync(db, regels, ct, slotGenomen: true);
            return new InschrijfUitkomst.Gelukt(inschrijving.Id, inschrijving.Status);
        }, ct);
    }

    /// <summary>
    /// Changes a planned session under its lock. Capacity below the places taken is refused (nobody loses a place they
    /// were given); a raised capacity moves the waiting list up. Everyone signed up or waiting hears of a new time,
    /// place or link.
    /// </summary>
    public async Task<InschrijfUitkomst> WijzigSessieAsync(Guid sessieId, SessieWijziging w, AuditActor actor, string herkomst, CancellationToken ct) =>
        await OnderSlotAsync(sessieId, async (sessie, nu) =>
        {
            if (sessie.Geannuleerd)
            {
                return new InschrijfUitkomst.Gesloten();
            }
            var ingeschreven = await db.Set<Inschrijving>().CountAsync(i => i.SessieId == sessieId && i.Status == Inschrijfstatus.Ingeschreven, ct);
            if (w.Capaciteit < ingeschreven)
            {
                return new InschrijfUitkomst.TeWeinigPlaatsen(ingeschreven);
            }
            var anders = sessie.Begin != w.Begin || sessie.Einde != w.Einde || sessie.Plaats != w.Plaats || sessie.Link != w.Link;
            (sessie.Begin, sessie.Einde, sessie.Plaats, sessie.Link, sessie.Capaciteit, sessie.AanmeldenTot) = (w.Begin, w.Einde, w.Plaats, w.Link, w.Capaciteit, w.AanmeldenTot);
            if (anders)
            {
                foreach (var i in await db.Set<Inschrijving>().Where(i => i.SessieId == sessieId && i.Status != Inschrijfstatus.Geannuleerd).ToListAsync(ct))
                {
                    Meld(i, Inschrijfbericht.SessieGewijzigd);
                }
            }
            await db.SaveChangesAsync(ct);
            var regels = new List<AuditInvoer> { new(actor, ActieSessieGewijzigd, "bewustwording.sessie", sessieId.ToString(), AuditResultaat.Gelukt, herkomst) };
            regels.AddRange((await SchuifDoorAsync(sessie, ct)).Select(id => new AuditInvoer(actor, ActieDoorgeschoven, ObjectType, id.ToString(), AuditResultaat.Gelukt, herkomst)));
            await audit.VastleggenAsync(db, regels, ct, slotGenomen: true);
            return new InschrijfUitkomst.Gelukt(sessieId, Inschrijfstatus.Ingeschreven);
        }, ct);

    /// <summary>
    /// Cancels a session: closed for sign-up, and everyone signed up or waiting is told. Their sign-ups stay as they
    /// were, so the page can show what they had.
    /// </summary>
    public async Task<InschrijfUitkomst> AnnuleerSessieAsync(Guid sessieId, AuditActor actor, string herkomst, CancellationToken ct) =>
        await OnderSlotAsync(sessieId, async (sessie, nu) =>
        {
            if (sessie.Geannuleerd)
            {
                return new InschrijfUitkomst.Gelukt(sessieId, Inschrijfstatus.Geannuleerd);
            }
            if (nu >= sessie.Begin)
            {
                // What has begun was held: it counts as a meeting and its attendance stands.
                return new InschrijfUitkomst.Gesloten();
            }
            sessie.Geannuleerd = true;
            foreach (var i in await db.Set<Inschrijving>().Where(i => i.SessieId == sessieId && i.Status != Inschrijfstatus.Geannuleerd).ToListAsync(ct))
            {
                Meld(i, Inschrijfbericht.SessieGeannuleerd);
            }
            await audit.VastleggenAsync(db, new AuditInvoer(actor, ActieSessieGeannuleerd, "bewustwording.sessie", sessieId.ToString(), AuditResultaat.Gelukt, herkomst),
                ct, slotGenomen: true);
            return new InschrijfUitkomst.Gelukt(sessieId, Inschrijfstatus.Geannuleerd);
        }, ct);

    private static void Meld(Inschrijving i, Inschrijfbericht bericht)
    {
        i.Bericht = bericht;
        i.BerichtWachtend = true;
    }

    private async Task<IReadOnlyList<Guid>> SchuifDoorAsync(Sessie sessie, CancellationToken ct)
    {
        var ingeschreven = await db.Set<Inschrijving>().CountAsync(i => i.SessieId == sessie.Id && i.Status == Inschrijfstatus.Ingeschreven, ct);
        var wachtend = await db.Set<Inschrijving>().Where(i => i.SessieId == sessie.Id && i.Status == Inschrijfstatus.Wachtlijst)
            .OrderBy(i => i.Volgnummer).ToListAsync(ct);
        var door = wachtend.Take(Plaatsen.Doorschuiven(sessie.Capaciteit, ingeschreven, wachtend.Count)).ToList();
        foreach (var i in door)
        {
            i.Status = Inschrijfstatus.Ingeschreven;
            // Told through the same page as the sign-up, and by e-mail with no content (InschrijvingBerichten).
            Meld(i, Inschrijfbericht.Doorgeschoven);
        }
        return door.Select(i => i.Id).ToList();
    }

    private async Task<InschrijfUitkomst> OnderSlotAsync(Guid sessieId, Func<Sessie, DateTimeOffset, Task<InschrijfUitkomst>> werk, CancellationToken ct)
    {
        using var slot = await Schrijfslot.NeemAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1 FROM bewustwording_sessies WHERE \"Id\" = {0} FOR UPDATE", [sessieId], ct);
        }
        var sessie = await db.Set<Sessie>().FirstOrDefaultAsync(s => s.Id == sessieId, ct);
        var uitkomst = sessie is null ? new InschrijfUitkomst.NietGevonden() : await werk(sessie, tijd.GetUtcNow());
        if (uitkomst is not InschrijfUitkomst.Gelukt)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
        }
        else if (db.Database.CurrentTransaction is not null)
        {
            // VastleggenAsync commits; a repeat that changed nothing still ends its transaction.
            await tx.CommitAsync(ct);
        }
        return uitkomst;
    }
}
