using Schakel.Core.Teksten;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Schakel.Core.Opvang;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang.Zoeken;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Opvang;

public sealed class OpvangOpties
{
    /// <summary>How long a hold keeps a bed before it is released automatically.</summary>
    public TimeSpan Reserveringsduur { get; set; } = TimeSpan.FromMinutes(90);

    /// <summary>
    /// Police units (codes) that set their own norm "a long-term place when the 36 hours end": only there does a request
    /// without one count as unmet demand. Empty by default: the national plan measures that time, it does not set a norm.
    /// </summary>
    public List<string> Norm36UurRegios { get; set; } = [];

    /// <summary>How long before a hold expires unanswered the shelter is reminded (once).</summary>
    public TimeSpan VerloopWaarschuwing { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>What a caller gets back; the API and the pages map these to their own shapes.</summary>
public abstract record Uitkomst<T>
{
    public sealed record Gelukt(T Waarde, bool Nieuw = true) : Uitkomst<T>;
    /// <summary><paramref name="Code"/>: the domain message's code, when the detail is one (the API carries it as "code").</summary>
    /// <param name="Bericht">The detail as a domain message, so a page can say it in the reader's language.</param>
    public sealed record Fout(int Status, string Detail, IReadOnlyDictionary<string, string[]>? Velden = null, string? Code = null, Bericht? Bericht = null) : Uitkomst<T>
    {
        public static Fout Van(int status, Bericht bericht, IReadOnlyDictionary<string, string[]>? velden = null, string? code = null) =>
            new(status, bericht.Nederlands, velden, code, bericht);

        public static Fout Van(int status, string code, string sjabloon, params object[] argumenten) =>
            Van(status, Bericht.Van(code, sjabloon, argumenten));
    }
}

/// <summary>
/// The shelter board's use cases. Authorization per organisation is checked here, so a page and an API
/// call cannot differ in what they allow.
/// </summary>
public sealed class OpvangService(
    SchakelDbContext db, TimeProvider tijd, AuditTrail audit, Veldversleuteling versleuteling,
    IOpvangGebeurtenissen gebeurtenissen, IOptions<OpvangOpties> opties, ReserveringNotificaties notificaties,
    PoolLeesmodel leesmodel, OnvervuldeVraagSchrijver onvervuldeVraag, Plaatsingsgids plaatsingsgids)
{
    /// <summary>Near misses shown below the fitting pools, on the page and in the API.</summary>
    public const int MaxBijna = 10;

    /// <summary>Internal marker: the same Idempotency-Key was already used (found under the pool's lock); never sent to a client.</summary>
    private const int HerhaaldeSleutel = 0;

    public Task<IReadOnlyList<PoolStand>> PoolStandenAsync(CancellationToken ct = default) =>
        PoolStandenAsync(db.Set<Plekkenpool>().AsNoTracking(), ct);

    /// <summary>One pool's figures, for a live update of the board; null when the pool does not exist.</summary>
    public async Task<PoolStand?> PoolStandAsync(Guid poolId, CancellationToken ct = default) =>
        (await PoolStandenAsync(db.Set<Plekkenpool>().AsNoTracking().Where(p => p.Id == poolId), ct)).SingleOrDefault();

    /// <summary>These pools' figures from the read model (for naming a hold's pool), by id; unknown ids are left out.</summary>
    public async Task<IReadOnlyDictionary<Guid, PoolStand>> PoolStandenAsync(IEnumerable<Guid> ids, CancellationToken ct = default)
    {
        var model = await leesmodel.HuidigAsync(ct);
        var nu = tijd.GetUtcNow();
        return ids.Distinct().Where(model.Index.ContainsKey).ToDictionary(id => id, id => model.Rijen[model.Index[id]].Stand(nu));
    }

    /// <summary>Who may place, from this node's copy of the organisations and the directory (<see cref="Plaatsingsgids"/>).</summary>
    private Task<Contactgids> ContactgidsAsync(DateTimeOffset nu, CancellationToken ct) => plaatsingsgids.ContactgidsAsync(db, nu, ct);

    private async Task<IReadOnlyList<PoolStand>> PoolStandenAsync(IQueryable<Plekkenpool> pools, CancellationToken ct)
    {
        var nu = tijd.GetUtcNow();
        // Held beds as the hold counts them under the lock: the pool's counter less the holds past their time that the
        // minute job has not marked yet. Counting the live holds instead would read every one of them on a busy pool.
        var rijen = await (
            from p in pools
            join l in db.Set<Opvanglocatie>().AsNoTracking() on p.OpvanglocatieId equals l.Id
            select new
            {
                Pool = p,
                Locatie = l,
                Verlopen = db.Set<Reservering>().Count(r => r.PlekkenpoolId == p.Id && r.Status == ReserveringStatus.Actief && r.VerlooptOp <= nu),
            }).ToListAsync(ct);
        return rijen.Select(r => new PoolStand(r.Locatie, r.Pool, Math.Max(0, r.Pool.Vastgehouden - r.Verlopen))).ToList();
    }

    public async Task<IReadOnlyList<Opvanglocatie>> LocatiesAsync(CancellationToken ct = default) =>
        await db.Set<Opvanglocatie>().AsNoTracking().Include(l => l.Plekkenpools).OrderBy(l => l.Naam).ToListAsync(ct);

    /// <summary>Decrypts an address for those allowed, and audits the read.</summary>
    public async Task<string?> AdresAsync(ClaimsPrincipal gebruiker, Opvanglocatie locatie, string herkomst, CancellationToken ct = default)
    {
        if (locatie.AdresVersleuteld is null || !OpvangToegang.MagAdresZien(gebruiker, locatie, await EigenTypeAsync(gebruiker, ct)))
        {
            return null;
        }
        await audit.SchrijfAsync(gebruiker.AlsActor(), "opvanglocatie.adres.ingezien", nameof(Opvanglocatie), locatie.Id.ToString(), AuditResultaat.Gelukt, herkomst, ct);
        return versleuteling.Ontsleutel(locatie.AdresVersleuteld, AdresContext);
    }

    public const string AdresContext = "Opvanglocatie.Adres";

    public async Task<Uitkomst<PoolStand>> ZetBezettingAsync(ClaimsPrincipal gebruiker, Guid locatieId, Guid poolId, int bezet, int buitenGebruik, string herkomst, CancellationToken ct = default)
    {
        var locatie = await db.Set<Opvanglocatie>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == locatieId, ct);
        if (locatie is null || !await db.Set<Plekkenpool>().AnyAsync(p => p.Id == poolId && p.OpvanglocatieId == locatieId, ct))
        {
            return Uitkomst<PoolStand>.Fout.Van(404, Opvangfoutberichten.PoolBestaatNiet, "Deze plekkenpool bestaat niet.");
        }
        if (!gebruiker.IsInRole(Rollen.Opvangmedewerker) || gebruiker.OrganisatieId() != locatie.OrganisatieId)
        {
            await audit.SchrijfAsync(gebruiker.AlsActor(), "plekkenpool.bezetting", nameof(Plekkenpool), poolId.ToString(), AuditResultaat.Geweigerd, herkomst, ct);
            return Uitkomst<PoolStand>.Fout.Van(403, Opvangfoutberichten.AlleenEigenOpvang, "Alleen medewerkers van deze opvangorganisatie houden de bezetting bij.");
        }

        var resultaat = await InPoolTransactieAsync<PoolStand>(poolId, (pool, gereserveerd, nu) =>
        {
            var fouten = Beschikbaarheid.ValideerBezetting(pool.Capaciteit, bezet, buitenGebruik);
            if (fouten.Count > 0)
            {
                return Task.FromResult<Uitkomst<PoolStand>>(new Uitkomst<PoolStand>.Fout(400, "De bezetting klopt niet.", fouten.GroupBy(f => f.Veld).ToDictionary(g => g.Key, g => g.Select(f => f.Melding).ToArray()), Bericht: fouten[0].Bericht));
            }
            pool.Bezet = bezet;
            pool.BuitenGebruik = buitenGebruik;
            pool.BijgewerktOp = nu;
            db.Add(new BezettingSnapshot { PlekkenpoolId = pool.Id, Capaciteit = pool.Capaciteit, Bezet = bezet, BuitenGebruik = buitenGebruik, Tijdstip = nu, ActorId = gebruiker.AlsActor().Id });
            return Task.FromResult<Uitkomst<PoolStand>>(new Uitkomst<PoolStand>.Gelukt(new PoolStand(locatie, pool, gereserveerd)));
        }, _ => new AuditInvoer(gebruiker.AlsActor(), "plekkenpool.bezetting", nameof(Plekkenpool), poolId.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        if (resultaat is Uitkomst<PoolStand>.Gelukt nieuweStand)
        {
            await GewijzigdAsync(nieuweStand.Waarde, ct);
        }
        return resultaat;
    }

    /// <summary>After a committed change of a pool: this node's read model at once (other nodes hear it by NOTIFY), then the live boards.</summary>
    private Task GewijzigdAsync(Guid poolId, CancellationToken ct)
    {
        leesmodel.Gewijzigd(poolId);
        return gebeurtenissen.BeschikbaarheidGewijzigdAsync(poolId, ct);
    }

    /// <summary>As above, with the figures the change committed: the boards get them without another read.</summary>
    private Task GewijzigdAsync(PoolStand stand, CancellationToken ct)
    {
        leesmodel.Gewijzigd(stand.Pool.Id);
        return gebeurtenissen.BeschikbaarheidGewijzigdAsync(stand, ct);
    }

    public async Task<Uitkomst<Plaatsingsverzoek>> MaakVerzoekAsync(ClaimsPrincipal gebruiker, Plaatsingsverzoek verzoek, string herkomst, CancellationToken ct = default)
    {
        if (!OpvangToegang.MagPlaatsen(gebruiker) || gebruiker.OrganisatieId() is not { } organisatie)
        {
            return Uitkomst<Plaatsingsverzoek>.Fout.Van(403, Opvangfoutberichten.AlleenAanvragers, "Alleen zorgcoördinatie, politie, CoMensha en gemeenten vragen een plaatsing aan.");
        }
        var nu = tijd.GetUtcNow();
        verzoek.Id = Guid.NewGuid();
        verzoek.AanvragerOrganisatieId = organisatie;
        verzoek.AangemaaktOp = nu;
        verzoek.VerantwoordelijkeGemeenteCode = VerantwoordelijkeGemeente.Bepaal(verzoek.InschrijvingsgemeenteCode, verzoek.GevondenInGemeenteCode ?? "").GemeenteCode;
        db.Add(verzoek);
        await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), "plaatsingsverzoek.aangemaakt", nameof(Plaatsingsverzoek), verzoek.Id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return new Uitkomst<Plaatsingsverzoek>.Gelukt(verzoek);
    }

    /// <summary>The request if this user's organisation made it (or the chain director reads it); else null, shown as 404.</summary>
    public async Task<Plaatsingsverzoek?> VerzoekAsync(ClaimsPrincipal gebruiker, Guid id, CancellationToken ct = default)
    {
        var verzoek = await db.Set<Plaatsingsverzoek>().FirstOrDefaultAsync(v => v.Id == id, ct);
        return verzoek is not null && (verzoek.AanvragerOrganisatieId == gebruiker.OrganisatieId() || gebruiker.IsInRole(Rollen.Ketenregisseur))
            ? verzoek
            : null;
    }

    /// <summary>The open requests of this user's organisation, newest find first, for the board.</summary>
    public async Task<IReadOnlyList<Plaatsingsverzoek>> OpenVerzoekenAsync(ClaimsPrincipal gebruiker, CancellationToken ct = default)
    {
        var organisatie = gebruiker.OrganisatieId();
        var verzoeken = await db.Set<Plaatsingsverzoek>().AsNoTracking()
            .Where(v => v.AanvragerOrganisatieId == organisatie && !v.Afgesloten).ToListAsync(ct);
        return verzoeken.OrderByDescending(v => v.GevondenOp).ToList();
    }

    /// <summary>The holds of a request the user may see (as <see cref="VerzoekAsync"/>), newest first.</summary>
    public async Task<IReadOnlyList<Reservering>> ReserveringenVanAsync(ClaimsPrincipal gebruiker, Guid verzoekId, CancellationToken ct = default)
    {
        if (await VerzoekAsync(gebruiker, verzoekId, ct) is null)
        {
            return [];
        }
        var holds = await db.Set<Reservering>().AsNoTracking().Where(r => r.PlaatsingsverzoekId == verzoekId).ToListAsync(ct);
        return holds.OrderByDescending(r => r.AangemaaktOp).ToList();
    }

    /// <summary>
    /// One page of the fitting pools ranked for the request's current step, then at most <see cref="MaxBijna"/> near
    /// misses, with who may place and whether they can be reached now. Reads the request; the pools and rules come from
    /// this node's read model (<see cref="PoolLeesmodel"/>), and only the rows shown are ranked and explained (ranks as in
    /// the full ranking). A search that finds no fitting bed is recorded once per request and step as unmet demand, by a
    /// writer off the search's path.
    /// </summary>
    public async Task<Uitkomst<Matchoverzicht>> MatchesAsync(ClaimsPrincipal gebruiker, Guid verzoekId, Zoekpagina pagina, CancellationToken ct = default)
    {
        var verzoek = await db.Set<Plaatsingsverzoek>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == verzoekId, ct);
        if (verzoek is null || (verzoek.AanvragerOrganisatieId != gebruiker.OrganisatieId() && !gebruiker.IsInRole(Rollen.Ketenregisseur)))
        {
            return Uitkomst<Matchoverzicht>.Fout.Van(404, Opvangfoutberichten.VerzoekBestaatNiet, "Dit plaatsingsverzoek bestaat niet.");
        }
        var nu = tijd.GetUtcNow();
        var klok = Klok(verzoek, nu);
        var stap = klok.HuidigeStap ?? Stap.Vervolgplaatsing;
        var model = await leesmodel.HuidigAsync(ct);
        var zoek = Snelzoeker.Zoek(verzoek.Id, verzoek.Behoefte, stap, model.Zoekpools, i => model.Rijen[i].Beschikbaarheid(nu), nu, MaxBijna, pagina.Overslaan, pagina.Grootte);

        var aanvrager = gebruiker.OrganisatieId() is { } org ? await plaatsingsgids.AanvragerAsync(db, org, ct) : new Aanvrager(default, []);
        var oordelen = zoek.Getoond.Select(r => (Resultaat: r, Stand: model.Rijen[model.Index[r.Pool.Id]].Stand(nu), Oordeel: model.Regels.Beoordeel(aanvrager, r.Pool, verzoek.Behoefte))).ToList();
        // Who may place is only named beside a refused pool: the directory is read only when there is one.
        var gids = oordelen.Any(o => !o.Oordeel.Toegestaan) ? await ContactgidsAsync(nu, ct) : null;
        var regelsPerMatch = oordelen.Select(o =>
            new Match(o.Resultaat, o.Stand, o.Oordeel, gids is null || o.Oordeel.Toegestaan ? [] : gids.Voor(o.Oordeel))).ToList();

        if (!verzoek.Afgesloten && zoek.Onvervuld is { } onvervuld)
        {
            onvervuldeVraag.Meld(onvervuld);
        }
        return new Uitkomst<Matchoverzicht>.Gelukt(new Matchoverzicht(verzoek, stap, klok, regelsPerMatch, zoek.Passend, pagina));
    }

    /// <summary>
    /// Holds one bed. The pool row is locked (PostgreSQL: FOR UPDATE; SQLite: one writer at a time with an
    /// immediate transaction), occupied beds and live holds are counted inside that lock, and only then is
    /// the hold written — so simultaneous requests can never take more beds than are free.
    /// </summary>
    public async Task<Uitkomst<Reservering>> ReserveerAsync(ClaimsPrincipal gebruiker, Guid verzoekId, Guid poolId, string idempotencyKey, string herkomst, CancellationToken ct = default)
    {
        if (!OpvangToegang.MagPlaatsen(gebruiker) || gebruiker.OrganisatieId() is not { } organisatie)
        {
            return Uitkomst<Reservering>.Fout.Van(403, Opvangfoutberichten.AlleenPlaatsers, "Alleen wie plaatst, houdt een plek vast.");
        }
        // The request, an earlier hold under this Idempotency-Key and the pool's figures in one round trip. Only a request
        // of the requester's own organisation is found (a hold is made for one's own request; any other is a 404, as
        // VerzoekAsync and the check after it answered), and the answers keep their order: no request, then the earlier
        // hold, then no pool.
        // The pool is read from the database, not from the read model: every hold marks its pool, so on a contended pool
        // the read model would be reloaded by one hold after another, each waiting for the last. The requester and the
        // rules come from the node's copy (Plaatsingsgids).
        var vooraf = await VoorafAsync(organisatie, verzoekId, idempotencyKey, poolId, ct);
        if (vooraf is null)
        {
            return Uitkomst<Reservering>.Fout.Van(404, Opvangfoutberichten.VerzoekBestaatNiet, "Dit plaatsingsverzoek bestaat niet.");
        }
        var verzoek = vooraf.Verzoek;
        if (Eerdere(vooraf.Eerder, verzoekId, poolId) is { } eerder)
        {
            return eerder;
        }
        if (vooraf.Stand is not { } stand)
        {
            return Uitkomst<Reservering>.Fout.Van(404, Opvangfoutberichten.PoolBestaatNiet, "Deze plekkenpool bestaat niet.");
        }
        var oordeel = (await plaatsingsgids.RegelsAsync(db, ct)).Beoordeel(await plaatsingsgids.AanvragerAsync(db, organisatie, ct), stand.AlsAanbod(), verzoek.Behoefte);
        if (!oordeel.Toegestaan)
        {
            var nu = tijd.GetUtcNow();
            var gids = await ContactgidsAsync(nu, ct);
            var contacten = gids.Voor(oordeel).Select(c => Bericht.Van(Opvangfoutberichten.Contact, "{0}: {1} ({2}).", c.Naam, c.Telefoon ?? "", c.BereikbaarheidBericht ?? new Bericht("", c.Bereikbaarheid, []))).ToList();
            var contact = string.Join(" ", contacten.Select(c => c.Nederlands));
            // The parties who may place hear of it in the same save as the refusal's entry.
            notificaties.BevoegdeNodigKlaarzetten(gids.Voor(oordeel).Select(c => c.OrganisatieId), organisatie);
            await audit.VastleggenAsync(db, [new AuditInvoer(gebruiker.AlsActor(), "reservering.aangemaakt", nameof(Plekkenpool), poolId.ToString(), AuditResultaat.Geweigerd, herkomst)], ct, eenOpslag: true);
            return new Uitkomst<Reservering>.Fout(403, $"{oordeel.Uitleg} {contact}".Trim(), Code: oordeel.Bericht.Code,
                Bericht: new Bericht(Bericht.ZinnenCode, $"{oordeel.Uitleg} {contact}".Trim(), [oordeel.Bericht, .. contacten]));
        }

        var opvangOrganisatie = stand.Locatie.OrganisatieId;
        Reservering? nieuw = null;
        PoolStand? nieuweStand = null;
        // What the request and the pool's committed figures already refuse is refused without the pool's lock, which is
        // kept for holds that can succeed; under the lock the same check runs again on the locked row.
        var uitkomst = Weigering(verzoek, stand.Beschikbaarheid, tijd.GetUtcNow());
        try
        {
            uitkomst ??= await InPoolTransactieAsync(poolId, (pool, gereserveerd, nu) =>
            {
                // Under the pool's lock a racing retry with the same key saw the hold that won (InPoolTransactieAsync), so
                // the race is settled there and not by the unique index (whose violation EF would log as a failed command).
                if (Weigering(verzoek, new Beschikbaarheid(pool.Capaciteit, pool.Bezet, pool.BuitenGebruik, gereserveerd, pool.BijgewerktOp), nu) is { } weigering)
                {
                    return Task.FromResult(weigering);
                }
                var stap = Klok(verzoek, nu).HuidigeStap!.Value;
                nieuw = new Reservering
                {
                    Id = Guid.NewGuid(),
                    PlaatsingsverzoekId = verzoekId,
                    PlekkenpoolId = poolId,
                    AanvragerOrganisatieId = organisatie,
                    Stap = stap,
                    IdempotencyKey = idempotencyKey,
                    AangemaaktOp = nu,
                    VerlooptOp = nu + opties.Value.Reserveringsduur,
                    Status = ReserveringStatus.Actief,
                };
                db.Add(nieuw);
                pool.Vastgehouden++;
                nieuweStand = new PoolStand(stand.Locatie, pool, gereserveerd + 1);
                // The request was read untracked before the lock: only its first-step mark changes here. A page may already
                // track the same request (it checked that it is the requester's), and then that instance is the one marked.
                if (stap == Stap.EersteOpvang && verzoek.EersteOpvangOp is null)
                {
                    var bijgehouden = db.Set<Plaatsingsverzoek>().Local.FindEntry(verzoek.Id)?.Entity ?? db.Attach(verzoek).Entity;
                    bijgehouden.EersteOpvangOp = nu;
                    verzoek.EersteOpvangOp = nu;
                }
                // The shelter hears of it in the same save: no reads or saves of its own, and a hold that fails tells nobody.
                notificaties.NieuwKlaarzetten(opvangOrganisatie);
                return Task.FromResult<Uitkomst<Reservering>>(new Uitkomst<Reservering>.Gelukt(nieuw));
            }, _ => new AuditInvoer(gebruiker.AlsActor(), "reservering.aangemaakt", nameof(Reservering), nieuw!.Id.ToString(), AuditResultaat.Gelukt, herkomst), ct,
            sleutel: (organisatie, idempotencyKey));
        }
        catch (DbUpdateException) when (nieuw is not null)
        {
            // A racing retry with the same key won the unique index: answer with its hold, take no bed.
            db.ChangeTracker.Clear();
            return await EerdereAsync(organisatie, idempotencyKey, verzoekId, poolId, ct)
                ?? Uitkomst<Reservering>.Fout.Van(409, Opvangfoutberichten.SleutelGebruikt, "Deze Idempotency-Key is al gebruikt.");
        }

        if (uitkomst is Uitkomst<Reservering>.Fout { Status: HerhaaldeSleutel })
        {
            // A retry that lost the race: the earlier hold is the answer, as for a retry that came later.
            return await EerdereAsync(organisatie, idempotencyKey, verzoekId, poolId, ct)
                ?? Uitkomst<Reservering>.Fout.Van(409, Opvangfoutberichten.SleutelGebruikt, "Deze Idempotency-Key is al gebruikt.");
        }
        if (uitkomst is Uitkomst<Reservering>.Fout fout)
        {
            // Nothing was stored, so the refusal is recorded on its own; a bed that is gone is also unmet demand, stored
            // with that entry in one save.
            var mislukt = new AuditInvoer(gebruiker.AlsActor(), "reservering.aangemaakt", nameof(Plekkenpool), poolId.ToString(), AuditResultaat.Mislukt, herkomst);
            // Only a bed that is gone is unmet demand; a request whose places are already arranged needs none.
            if (fout.Bericht?.Code == Opvangfoutberichten.GeenPlekMeer)
            {
                await VoegOnvervuldToeAsync(verzoek.Id, Klok(verzoek, tijd.GetUtcNow()).HuidigeStap ?? Stap.Vervolgplaatsing, OnvervuldeVraagReden.GeenCapaciteit, "geen plek meer vrij bij het vasthouden", mislukt, ct);
            }
            else
            {
                await audit.SchrijfAsync([mislukt], ct);
            }
        }
        if (uitkomst is Uitkomst<Reservering>.Gelukt gelukt)
        {
            await (nieuweStand is null ? GewijzigdAsync(poolId, ct) : GewijzigdAsync(nieuweStand, ct));
            if (gelukt.Nieuw)
            {
                await gebeurtenissen.ReserveringGewijzigdAsync(gelukt.Waarde.Id, poolId, gelukt.Waarde.Status, ct);
            }
        }
        return uitkomst;
    }

    /// <summary>Why this request cannot hold a bed in a pool with these figures, or null when it can.</summary>
    private static Uitkomst<Reservering>? Weigering(Plaatsingsverzoek verzoek, Beschikbaarheid beschikbaarheid, DateTimeOffset nu) =>
        Klok(verzoek, nu).HuidigeStap is null
            ? Uitkomst<Reservering>.Fout.Van(409, Opvangfoutberichten.AlGeregeld, "Voor dit verzoek zijn eerste opvang en vervolgplaatsing al geregeld.")
            : !beschikbaarheid.HeeftPlekVrij
                ? Uitkomst<Reservering>.Fout.Van(409, Opvangfoutberichten.GeenPlekMeer, "Er is geen plek meer vrij in deze plekkenpool.")
                : null;

    private async Task<Uitkomst<Reservering>?> EerdereAsync(Guid organisatie, string sleutel, Guid verzoekId, Guid poolId, CancellationToken ct) =>
        Eerdere(await db.Set<Reservering>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.AanvragerOrganisatieId == organisatie && r.IdempotencyKey == sleutel, ct), verzoekId, poolId);

    /// <summary>The answer to a retry: the earlier hold when the key was used for this request and pool, else a 409.</summary>
    private static Uitkomst<Reservering>? Eerdere(Reservering? eerder, Guid verzoekId, Guid poolId) =>
        eerder is null
            ? null
            : eerder.PlaatsingsverzoekId == verzoekId && eerder.PlekkenpoolId == poolId
                ? new Uitkomst<Reservering>.Gelukt(eerder, Nieuw: false)
                : Uitkomst<Reservering>.Fout.Van(409, Opvangfoutberichten.SleutelAnders, "Deze Idempotency-Key is al gebruikt voor een andere reservering.");

    private sealed record Vooraf(Plaatsingsverzoek Verzoek, Reservering? Eerder, PoolStand? Stand);

    /// <summary>
    /// What a hold reads before the pool's lock, in one query: the request if the organisation made it (else null), the
    /// organisation's hold under this key, and the pool's figures as <see cref="PoolStandAsync"/> counts them. Nothing is
    /// tracked; the hold attaches the request if it marks it.
    /// </summary>
    private async Task<Vooraf?> VoorafAsync(Guid organisatie, Guid verzoekId, string sleutel, Guid poolId, CancellationToken ct)
    {
        if (db.Provider != DatabaseProvider.Postgres)
        {
            // SQLite cannot run the one query (it needs a lateral join) and is in process: no round trips to save.
            var gevonden = await db.Set<Plaatsingsverzoek>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == verzoekId && v.AanvragerOrganisatieId == organisatie, ct);
            return gevonden is null
                ? null
                : new Vooraf(gevonden,
                    await db.Set<Reservering>().AsNoTracking().FirstOrDefaultAsync(r => r.AanvragerOrganisatieId == organisatie && r.IdempotencyKey == sleutel, ct),
                    await PoolStandAsync(poolId, ct));
        }
        var nu = tijd.GetUtcNow();
        var rij = await db.Set<Plaatsingsverzoek>().AsNoTracking()
            .Where(v => v.Id == verzoekId && v.AanvragerOrganisatieId == organisatie)
            .Select(v => new
            {
                Verzoek = v,
                Eerder = db.Set<Reservering>().FirstOrDefault(r => r.AanvragerOrganisatieId == organisatie && r.IdempotencyKey == sleutel),
                Stand = (
                    from p in db.Set<Plekkenpool>()
                    join l in db.Set<Opvanglocatie>() on p.OpvanglocatieId equals l.Id
                    where p.Id == poolId
                    select new
                    {
                        Pool = p,
                        Locatie = l,
                        Verlopen = db.Set<Reservering>().Count(r => r.PlekkenpoolId == p.Id && r.Status == ReserveringStatus.Actief && r.VerlooptOp <= nu),
                    }).FirstOrDefault(),
            }).FirstOrDefaultAsync(ct);
        return rij is null
            ? null
            : new Vooraf(rij.Verzoek, rij.Eerder,
                rij.Stand is null ? null : new PoolStand(rij.Stand.Locatie, rij.Stand.Pool, Math.Max(0, rij.Stand.Pool.Vastgehouden - rij.Stand.Verlopen)));
    }

    public Task<Uitkomst<Reservering>> BevestigAsync(ClaimsPrincipal gebruiker, Guid id, string herkomst, CancellationToken ct = default) =>
        HandelAfAsync(gebruiker, id, doorOpvang: true, "reservering.bevestigd", herkomst, async (r, pool, verzoek, nu) =>
        {
            r.Status = ReserveringStatus.Bevestigd;
            pool.Bezet++;
            pool.BijgewerktOp = nu;
            db.Add(new BezettingSnapshot { PlekkenpoolId = pool.Id, Capaciteit = pool.Capaciteit, Bezet = pool.Bezet, BuitenGebruik = pool.BuitenGebruik, Tijdstip = nu, ActorId = gebruiker.AlsActor().Id });
            var gemeente = verzoek.VerantwoordelijkeGemeenteCode ?? (await db.Set<Opvanglocatie>().FirstAsync(l => l.Id == pool.OpvanglocatieId, ct)).GemeenteCode;
            db.Add(new PlaatsingRegel
            {
                Id = Guid.NewGuid(), ReserveringId = r.Id, PlaatsingsverzoekId = verzoek.Id, PlekkenpoolId = pool.Id,
                Stap = r.Stap, VerantwoordelijkeGemeenteCode = gemeente, OpgenomenOp = nu,
            });
            // Any confirmed placement is help given: the first step is met, whichever step the hold served.
            verzoek.EersteOpvangBevestigdOp ??= nu;
            if (r.Stap == Stap.Vervolgplaatsing)
            {
                verzoek.VervolgGeregeldOp ??= nu;
                verzoek.Afgesloten = true;
            }
            return null;
        }, ct);

    public Task<Uitkomst<Reservering>> AfwijzenAsync(ClaimsPrincipal gebruiker, Guid id, string reden, string herkomst, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(reden) || reden.Length > 500
            ? Task.FromResult<Uitkomst<Reservering>>(Uitkomst<Reservering>.Fout.Van(400, Bericht.Van(Opvangfoutberichten.RedenNodig, "Geef een reden (hoogstens 500 tekens)."), new Dictionary<string, string[]> { ["reden"] = ["Geef een reden voor de afwijzing."] }))
            : HandelAfAsync(gebruiker, id, doorOpvang: true, "reservering.afgewezen", herkomst, (r, _, verzoek, nu) =>
            {
                r.Status = ReserveringStatus.Afgewezen;
                r.Reden = reden.Trim();
                db.Add(Regel(OnvervuldeVraag.Afgewezen(verzoek.Id, verzoek.Behoefte, r.Stap, reden.Trim(), nu)));
                return HeropenEersteStapAsync(r, verzoek, ct);
            }, ct);

    public Task<Uitkomst<Reservering>> AnnulerenAsync(ClaimsPrincipal gebruiker, Guid id, string herkomst, CancellationToken ct = default) =>
        HandelAfAsync(gebruiker, id, doorOpvang: false, "reservering.geannuleerd", herkomst, (r, _, verzoek, _) =>
        {
            r.Status = ReserveringStatus.Geannuleerd;
            return HeropenEersteStapAsync(r, verzoek, ct);
        }, ct);

    private async Task<Uitkomst<Reservering>> HandelAfAsync(
        ClaimsPrincipal gebruiker, Guid id, bool doorOpvang, string actie, string herkomst,
        Func<Reservering, Plekkenpool, Plaatsingsverzoek, DateTimeOffset, Task<Uitkomst<Reservering>?>> handeling, CancellationToken ct)
    {
        var r = await db.Set<Reservering>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null)
        {
            return Uitkomst<Reservering>.Fout.Van(404, Opvangfoutberichten.ReserveringBestaatNiet, "Deze reservering bestaat niet.");
        }
        var locatie = await (from p in db.Set<Plekkenpool>() join l in db.Set<Opvanglocatie>() on p.OpvanglocatieId equals l.Id where p.Id == r.PlekkenpoolId select l).FirstAsync(ct);
        var mag = doorOpvang
            ? gebruiker.IsInRole(Rollen.Opvangmedewerker) && gebruiker.OrganisatieId() == locatie.OrganisatieId
            : gebruiker.OrganisatieId() == r.AanvragerOrganisatieId;
        if (!mag)
        {
            await audit.SchrijfAsync(gebruiker.AlsActor(), actie, nameof(Reservering), id.ToString(), AuditResultaat.Geweigerd, herkomst, ct);
            // The requester's own holds are visible to them; anyone else learns nothing about the hold.
            return gebruiker.OrganisatieId() == r.AanvragerOrganisatieId || gebruiker.OrganisatieId() == locatie.OrganisatieId
                ? (doorOpvang
                    ? Uitkomst<Reservering>.Fout.Van(403, Opvangfoutberichten.AlleenOpvangBevestigt, "Alleen de opvang bevestigt of wijst af.")
                    : Uitkomst<Reservering>.Fout.Van(403, Opvangfoutberichten.AlleenAanvragerAnnuleert, "Alleen de aanvrager annuleert."))
                : Uitkomst<Reservering>.Fout.Van(404, Opvangfoutberichten.ReserveringBestaatNiet, "Deze reservering bestaat niet.");
        }

        var uitkomst = await InPoolTransactieAsync(r.PlekkenpoolId, async (pool, _, nu) =>
        {
            var reservering = await db.Set<Reservering>().FirstAsync(x => x.Id == id, ct);
            if (reservering.Status != ReserveringStatus.Actief || reservering.VerlooptOp <= nu)
            {
                return Uitkomst<Reservering>.Fout.Van(409, Opvangfoutberichten.NietMeerActief, "Deze reservering is niet meer actief (status: {0}).",
                    reservering.VerlooptOp <= nu && reservering.Status == ReserveringStatus.Actief
                        ? new Bericht("woord.ReserveringStatus.Verlopen", "verlopen", [])
                        : new Bericht($"woord.ReserveringStatus.{reservering.Status}", reservering.Status.ToString().ToLowerInvariant(), []));
            }
            var verzoek = await db.Set<Plaatsingsverzoek>().FirstAsync(v => v.Id == reservering.PlaatsingsverzoekId, ct);
            reservering.AfgehandeldOp = nu;
            // Confirmed, declined or cancelled: the hold no longer holds a bed (a confirmation moves it to Bezet).
            pool.Vastgehouden = Math.Max(0, pool.Vastgehouden - 1);
            return await handeling(reservering, pool, verzoek, nu) ?? new Uitkomst<Reservering>.Gelukt(reservering, Nieuw: false);
        }, _ => new AuditInvoer(gebruiker.AlsActor(), actie, nameof(Reservering), id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        if (uitkomst is Uitkomst<Reservering>.Fout)
        {
            await audit.SchrijfAsync(gebruiker.AlsActor(), actie, nameof(Reservering), id.ToString(), AuditResultaat.Mislukt, herkomst, ct);
        }
        if (uitkomst is Uitkomst<Reservering>.Gelukt gelukt)
        {
            await GewijzigdAsync(r.PlekkenpoolId, ct);
            await gebeurtenissen.ReserveringGewijzigdAsync(id, r.PlekkenpoolId, gelukt.Waarde.Status, ct);
        }
        return uitkomst;
    }

    /// <summary>
    /// The person leaves the shelter: the placement records the date and where they went, and the bed they
    /// occupied is free again (one fewer occupied, under the pool's lock like every change of its figures).
    /// </summary>
    public async Task<Uitkomst<PlaatsingRegel>> UitstroomAsync(ClaimsPrincipal gebruiker, Guid plaatsingId, DateOnly datum, Uitstroom uitstroom, string herkomst, CancellationToken ct = default)
    {
        var plaatsing = await db.Set<PlaatsingRegel>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == plaatsingId, ct);
        var locatie = plaatsing is null ? null : await (from p in db.Set<Plekkenpool>() join l in db.Set<Opvanglocatie>() on p.OpvanglocatieId equals l.Id
                                                        where p.Id == plaatsing.PlekkenpoolId select l).FirstAsync(ct);
        if (plaatsing is null || locatie is null || gebruiker.OrganisatieId() != locatie.OrganisatieId || !gebruiker.IsInRole(Rollen.Opvangmedewerker))
        {
            await audit.SchrijfAsync(gebruiker.AlsActor(), "plaatsing.uitstroom", nameof(PlaatsingRegel), plaatsingId.ToString(), AuditResultaat.Geweigerd, herkomst, ct);
            return Uitkomst<PlaatsingRegel>.Fout.Van(404, Opvangfoutberichten.PlaatsingBestaatNiet, "Deze plaatsing bestaat niet.");
        }
        var uitkomst = await InPoolTransactieAsync<PlaatsingRegel>(plaatsing.PlekkenpoolId, async (pool, _, nu) =>
        {
            var p = await db.Set<PlaatsingRegel>().FirstAsync(x => x.Id == plaatsingId, ct);
            var vandaag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(nu, Amsterdam).DateTime);
            var opgenomen = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(p.OpgenomenOp, Amsterdam).DateTime);
            if (p.OntslagenOp is not null)
            {
                return Uitkomst<PlaatsingRegel>.Fout.Van(409, Opvangfoutberichten.PlaatsingBeeindigd, "Deze plaatsing is al beëindigd.");
            }
            if (datum < opgenomen || datum > vandaag)
            {
                return Uitkomst<PlaatsingRegel>.Fout.Van(400, Bericht.Van(Opvangfoutberichten.UitstroomDatum, "De datum van uitstroom ligt tussen de opname en vandaag."),
                    new Dictionary<string, string[]> { ["datum"] = ["Kies een datum tussen de opname en vandaag."] });
            }
            // Local midnight of that day, stored in UTC like every moment (PostgreSQL accepts only UTC offsets).
            var middernacht = datum.ToDateTime(TimeOnly.MinValue);
            p.OntslagenOp = new DateTimeOffset(middernacht, Amsterdam.GetUtcOffset(middernacht)).ToUniversalTime();
            p.Uitstroom = uitstroom;
            pool.Bezet = Math.Max(0, pool.Bezet - 1);
            pool.BijgewerktOp = nu;
            db.Add(new BezettingSnapshot { PlekkenpoolId = pool.Id, Capaciteit = pool.Capaciteit, Bezet = pool.Bezet, BuitenGebruik = pool.BuitenGebruik, Tijdstip = nu, ActorId = gebruiker.AlsActor().Id });
            return new Uitkomst<PlaatsingRegel>.Gelukt(p, Nieuw: false);
        }, _ => new AuditInvoer(gebruiker.AlsActor(), "plaatsing.uitstroom", nameof(PlaatsingRegel), plaatsingId.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        if (uitkomst is Uitkomst<PlaatsingRegel>.Fout)
        {
            await audit.SchrijfAsync(gebruiker.AlsActor(), "plaatsing.uitstroom", nameof(PlaatsingRegel), plaatsingId.ToString(), AuditResultaat.Mislukt, herkomst, ct);
        }
        if (uitkomst is Uitkomst<PlaatsingRegel>.Gelukt)
        {
            await GewijzigdAsync(plaatsing.PlekkenpoolId, ct);
        }
        return uitkomst;
    }

    /// <summary>
    /// A crisis hold that ends without a placement means the victim is again waiting for a first place,
    /// unless another crisis hold or placement for the request is still there.
    /// </summary>
    internal async Task<Uitkomst<Reservering>?> HeropenEersteStapAsync(Reservering r, Plaatsingsverzoek verzoek, CancellationToken ct)
    {
        if (r.Stap != Stap.EersteOpvang)
        {
            return null;
        }
        var nu = tijd.GetUtcNow();
        var nogIets = await db.Set<Reservering>().AnyAsync(x => x.PlaatsingsverzoekId == verzoek.Id && x.Id != r.Id && x.Stap == Stap.EersteOpvang
            && (x.Status == ReserveringStatus.Bevestigd || (x.Status == ReserveringStatus.Actief && x.VerlooptOp > nu)), ct);
        if (!nogIets)
        {
            verzoek.EersteOpvangOp = null;
        }
        return null;
    }

    public async Task<Uitkomst<NachtZonderPlekRegel>> NachtZonderPlekAsync(ClaimsPrincipal gebruiker, Guid verzoekId, Nachtverblijf verblijf, DateOnly? nacht, string herkomst, CancellationToken ct = default)
    {
        var verzoek = await VerzoekAsync(gebruiker, verzoekId, ct);
        if (verzoek is null || verzoek.AanvragerOrganisatieId != gebruiker.OrganisatieId())
        {
            return Uitkomst<NachtZonderPlekRegel>.Fout.Van(404, Opvangfoutberichten.VerzoekBestaatNiet, "Dit plaatsingsverzoek bestaat niet.");
        }
        var nu = tijd.GetUtcNow();
        var datum = nacht ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(verzoek.GevondenOp, Amsterdam).Date);
        var bestaand = await db.Set<NachtZonderPlekRegel>().FirstOrDefaultAsync(n => n.PlaatsingsverzoekId == verzoekId && n.Nacht == datum, ct);
        if (bestaand is not null)
        {
            bestaand.Verblijf = verblijf;
        }
        else
        {
            bestaand = new NachtZonderPlekRegel { Id = Guid.NewGuid(), PlaatsingsverzoekId = verzoekId, Nacht = datum, Verblijf = verblijf, VastgelegdOp = nu };
            db.Add(bestaand);
            db.Add(Regel(OnvervuldeVraag.NachtZonderPlek(verzoek.Id, verzoek.Behoefte, verblijf, nu)));
        }
        await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), "plaatsingsverzoek.nachtzonderplek", nameof(Plaatsingsverzoek), verzoekId.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return new Uitkomst<NachtZonderPlekRegel>.Gelukt(bestaand);
    }

    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static Klok36Uur Klok(Plaatsingsverzoek v, DateTimeOffset nu) =>
        Klok36Uur.Bereken(v.GevondenOp, nu, v.EersteOpvangOp, v.VervolgGeregeldOp, eersteOpvangBevestigdOp: v.EersteOpvangBevestigdOp);

    /// <summary>Stores unmet demand together with the refusal's audit entry: one transaction, one save.</summary>
    private async Task VoegOnvervuldToeAsync(Guid verzoekId, Stap stap, OnvervuldeVraagReden reden, string toelichting, AuditInvoer weigering, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.Add(new OnvervuldeVraagRegel { PlaatsingsverzoekId = verzoekId, Stap = stap, Reden = reden, Toelichting = toelichting, Tijdstip = tijd.GetUtcNow() });
        // Refused holds arrive in bursts while others hold the writer: on SQLite queue behind them (the audit trail takes
        // the slot). A writer outside the slot is waited for by SQLite's busy timeout (Data/SqliteVerbindingen); past
        // that it is saturation, a 503.
        await audit.VastleggenAsync(db, [weigering], ct, eenOpslag: true);
        db.ChangeTracker.Clear();
    }

    internal static OnvervuldeVraagRegel Regel(OnvervuldeVraag o) => new()
    {
        PlaatsingsverzoekId = o.PlaatsingsverzoekId,
        Stap = o.Stap,
        Reden = o.Reden,
        Criteria = string.Join(';', o.NietVervuldeCriteria),
        Toelichting = o.Afwijzingsreden ?? o.Nachtverblijf?.ToString(),
        Tijdstip = o.Op,
    };

    private async Task<OrganisatieType?> EigenTypeAsync(ClaimsPrincipal gebruiker, CancellationToken ct)
    {
        var id = gebruiker.OrganisatieId();
        return id is null ? null : await db.Set<Organisatie>().Where(o => o.Id == id).Select(o => (OrganisatieType?)o.Type).FirstOrDefaultAsync(ct);
    }

    public Task<Plaatsingsbevoegdheid> RegelsAsync(CancellationToken ct = default) => Plaatsingsgids.LeesRegelsAsync(db, ct);

    /// <summary>The organisations that may place in a pool, with their public number and whether they answer now.</summary>

    /// <summary>
    /// Runs a change to one pool under that pool's lock, with the live holds known inside the lock, and
    /// commits it together with its audit entry (docs/adr/0004).
    /// PostgreSQL: a row lock (SELECT … FOR UPDATE) serialises writers per pool across web nodes.
    /// SQLite: the process's writer slot plus an immediate transaction (one writer per database file).
    /// Inside the lock: the lock and the locked row with the expired-but-unmarked holds (and, for a hold, whether its
    /// Idempotency-Key was used meanwhile) — on PostgreSQL one round trip of two statements (<see cref="SluitPoolAsync"/>)
    /// — the work, then one save with the audit entry and the commit.
    /// The row is read by a statement of its own on purpose: in READ COMMITTED a statement sees what was committed when
    /// it began, so a count inside the locking statement could miss what the previous holder of the lock committed.
    /// </summary>
    /// <param name="sleutel">A hold's requester and Idempotency-Key: when another hold took that key while this one
    /// waited for the lock, the answer is <see cref="HerhaaldeSleutel"/> and <paramref name="werk"/> does not run.</param>
    private async Task<Uitkomst<T>> InPoolTransactieAsync<T>(Guid poolId, Func<Plekkenpool, int, DateTimeOffset, Task<Uitkomst<T>>> werk,
        Func<Uitkomst<T>, AuditInvoer?> auditBijSucces, CancellationToken ct, (Guid Organisatie, string Sleutel)? sleutel = null)
    {
        using var slot = await Schrijfslot.NeemAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // A save that fails here ends the transaction (nothing retries inside it), so the savepoint EF would set before
        // the save, a command of its own while the pool's lock is held, protects nothing.
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            return await OnderPoolSlotAsync(poolId, werk, auditBijSucces, tx, ct, sleutel);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
        }
    }

    private async Task<Uitkomst<T>> OnderPoolSlotAsync<T>(Guid poolId, Func<Plekkenpool, int, DateTimeOffset, Task<Uitkomst<T>>> werk,
        Func<Uitkomst<T>, AuditInvoer?> auditBijSucces, IDbContextTransaction tx, CancellationToken ct, (Guid Organisatie, string Sleutel)? sleutel)
    {
        var nu = tijd.GetUtcNow();
        var rij = db.Provider == DatabaseProvider.Postgres
            ? await SluitPoolAsync(poolId, nu, sleutel, ct)
            : await GeslotenPoolAsync(poolId, nu, sleutel, ct);
        var uitkomst = rij.Herhaald
            ? new Uitkomst<T>.Fout(HerhaaldeSleutel, "")
            : await werk(rij.Pool, Math.Max(0, rij.Pool.Vastgehouden - rij.NogNietVerlopen), nu);
        if (uitkomst is Uitkomst<T>.Gelukt)
        {
            // One save for the change and its entry: the chain's lock is taken just before it, then the commit.
            await audit.VastleggenAsync(db, auditBijSucces(uitkomst) is { } invoer ? [invoer] : [], ct, slotGenomen: true, eenOpslag: true);
        }
        else
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
        }
        return uitkomst;
    }

    private sealed record GeslotenPool(Plekkenpool Pool, int NogNietVerlopen, bool Herhaald);

    /// <summary>SQLite: the caller holds the writer, so the row is read as it stands (tracked).</summary>
    private async Task<GeslotenPool> GeslotenPoolAsync(Guid poolId, DateTimeOffset nu, (Guid Organisatie, string Sleutel)? sleutel, CancellationToken ct)
    {
        var metSleutel = sleutel is not null;
        var organisatie = sleutel?.Organisatie ?? Guid.Empty;
        var idempotencyKey = sleutel?.Sleutel ?? "";
        var rij = await db.Set<Plekkenpool>().Where(p => p.Id == poolId).Select(p => new
        {
            Pool = p,
            NogNietVerlopen = db.Set<Reservering>().Count(r => r.PlekkenpoolId == p.Id && r.Status == ReserveringStatus.Actief && r.VerlooptOp <= nu),
            Herhaald = metSleutel && db.Set<Reservering>().Any(r => r.AanvragerOrganisatieId == organisatie && r.IdempotencyKey == idempotencyKey),
        }).FirstAsync(ct);
        return new GeslotenPool(rij.Pool, rij.NogNietVerlopen, rij.Herhaald);
    }

    /// <summary>
    /// PostgreSQL: locks the pool's row and reads it in one round trip — two statements sent together in the context's
    /// transaction. The first takes the row lock (and, in the same statement, tells every node's read model once the
    /// change commits: PoolWijzigingen); the second begins after the lock is granted, so it sees what the previous holder
    /// committed (see <see cref="InPoolTransactieAsync{T}"/>). The row is read with every column of the model and
    /// tracked as EF would have tracked it, so the work changes it and the save writes only what changed.
    /// </summary>
    private async Task<GeslotenPool> SluitPoolAsync(Guid poolId, DateTimeOffset nu, (Guid Organisatie, string Sleutel)? sleutel, CancellationToken ct)
    {
        var entiteit = db.Model.FindEntityType(typeof(Plekkenpool))!;
        var tabel = StoreObjectIdentifier.Table(entiteit.GetTableName()!, entiteit.GetSchema());
        var eigenschappen = entiteit.GetProperties().ToList();
        var kolommen = string.Join(", ", eigenschappen.Select(e => $"p.\"{e.GetColumnName(tabel)}\""));
        var herhaald = sleutel is null
            ? "false"
            : "EXISTS (SELECT 1 FROM reserveringen r WHERE r.\"AanvragerOrganisatieId\" = $3 AND r.\"IdempotencyKey\" = $4)";

        await using var batch = db.Database.GetDbConnection().CreateBatch();
        batch.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var slotOpdracht = batch.CreateBatchCommand();
        slotOpdracht.CommandText = "SELECT pg_notify($2, $1::text) FROM plekkenpools WHERE \"Id\" = $1 FOR UPDATE";
        Parameter(slotOpdracht, poolId);
        Parameter(slotOpdracht, PoolWijzigingen.Kanaal);
        batch.BatchCommands.Add(slotOpdracht);
        var rijOpdracht = batch.CreateBatchCommand();
        rijOpdracht.CommandText = $"SELECT {kolommen}, " +
            "(SELECT count(*) FROM reserveringen r WHERE r.\"PlekkenpoolId\" = p.\"Id\" AND r.\"Status\" = 'Actief' AND r.\"VerlooptOp\" <= $2), " +
            $"{herhaald} FROM plekkenpools p WHERE p.\"Id\" = $1";
        Parameter(rijOpdracht, poolId);
        Parameter(rijOpdracht, nu);
        if (sleutel is { } s)
        {
            Parameter(rijOpdracht, s.Organisatie);
            Parameter(rijOpdracht, s.Sleutel);
        }
        batch.BatchCommands.Add(rijOpdracht);

        await using var lezer = await batch.ExecuteReaderAsync(ct);
        await lezer.NextResultAsync(ct);
        if (!await lezer.ReadAsync(ct))
        {
            throw new InvalidOperationException($"Plekkenpool {poolId} bestaat niet.");
        }
        // A pool this context already tracks is refreshed (as stored under the lock); otherwise the row is attached.
        var bekend = db.ChangeTracker.Entries<Plekkenpool>().FirstOrDefault(e => e.Entity.Id == poolId);
        var entry = bekend ?? db.Entry(new Plekkenpool { Naam = "" });
        for (var i = 0; i < eigenschappen.Count; i++)
        {
            var mapping = eigenschappen[i].GetRelationalTypeMapping();
            var opslagType = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
            // Npgsql reads timestamptz as DateTime unless asked for DateTimeOffset, the type EF maps it to.
            var opslag = lezer.IsDBNull(i) ? null
                : (Nullable.GetUnderlyingType(opslagType) ?? opslagType) == typeof(DateTimeOffset) ? lezer.GetFieldValue<DateTimeOffset>(i)
                : lezer.GetValue(i);
            var waarde = opslag is null || mapping.Converter is null ? opslag : mapping.Converter.ConvertFromProvider(opslag);
            var eigenschap = entry.Property(eigenschappen[i].Name);
            eigenschap.CurrentValue = waarde;
            if (bekend is not null)
            {
                eigenschap.OriginalValue = waarde;
            }
        }
        if (bekend is null)
        {
            entry.State = EntityState.Unchanged;
        }
        var nogNietVerlopen = checked((int)lezer.GetInt64(eigenschappen.Count));
        var herhaaldeSleutel = lezer.GetBoolean(eigenschappen.Count + 1);
        return new GeslotenPool(entry.Entity, nogNietVerlopen, herhaaldeSleutel);

        static void Parameter(System.Data.Common.DbBatchCommand opdracht, object waarde)
        {
            var parameter = opdracht.CreateParameter();
            parameter.Value = waarde;
            opdracht.Parameters.Add(parameter);
        }
    }

    /// <summary>
    /// Marks one pool's holds that are past their time as expired, under the pool's lock like every change of a hold's
    /// status, and lowers the pool's held beds by as many in the same transaction. The beds were already free by time;
    /// this keeps <see cref="Plekkenpool.Vastgehouden"/> from counting them for ever. Returns the holds it marked.
    /// </summary>
    internal async Task<IReadOnlyList<Reservering>> LaatVerlopenAsync(Guid poolId, CancellationToken ct)
    {
        List<Reservering> verlopen = [];
        await InPoolTransactieAsync<int>(poolId, async (pool, _, nu) =>
        {
            verlopen = await db.Set<Reservering>().Where(r => r.PlekkenpoolId == poolId && r.Status == ReserveringStatus.Actief && r.VerlooptOp <= nu).ToListAsync(ct);
            foreach (var r in verlopen)
            {
                r.Status = ReserveringStatus.Verlopen;
                r.AfgehandeldOp = nu;
                var verzoek = await db.Set<Plaatsingsverzoek>().FirstAsync(v => v.Id == r.PlaatsingsverzoekId, ct);
                await HeropenEersteStapAsync(r, verzoek, ct);
            }
            pool.Vastgehouden = Math.Max(0, pool.Vastgehouden - verlopen.Count);
            return new Uitkomst<int>.Gelukt(verlopen.Count);
        }, _ => null, ct);
        return verlopen;
    }
}

public sealed record PoolStand(Opvanglocatie Locatie, Plekkenpool Pool, int Gereserveerd)
{
    public Beschikbaarheid Beschikbaarheid => new(Pool.Capaciteit, Pool.Bezet, Pool.BuitenGebruik, Gereserveerd, Pool.BijgewerktOp);

    public PlekkenpoolAanbod AlsAanbod() => new()
    {
        Id = Pool.Id,
        OpvanglocatieId = Locatie.Id,
        Naam = $"{Locatie.Naam} — {Pool.Naam}",
        Type = Pool.Type,
        Fase = Pool.Fase,
        GemeenteCode = Locatie.GemeenteCode,
        GemeenteNaam = Locatie.GemeenteNaam,
        Locatie = Locatie.Breedtegraad is { } b && Locatie.Lengtegraad is { } l ? new Coordinaat(b, l) : null,
        Criteria = Pool.Criteria,
        Beschikbaarheid = Beschikbaarheid,
    };
}

public sealed record Contactpartij(Guid OrganisatieId, string Naam, string? Telefoon, string Bereikbaarheid,
    [property: System.Text.Json.Serialization.JsonIgnore] Bericht? BereikbaarheidBericht = null);

public sealed record Match(Matchresultaat Resultaat, PoolStand Stand, Bevoegdheidsoordeel Bevoegdheid, IReadOnlyList<Contactpartij> WieMagPlaatsen);

/// <param name="Matches">The page's fitting pools, then at most <see cref="OpvangService.MaxBijna"/> near misses.</param>
/// <param name="Passend">How many pools fit in all (on every page).</param>
public sealed record Matchoverzicht(Plaatsingsverzoek Verzoek, Stap Stap, Klok36Uur Klok, IReadOnlyList<Match> Matches, int Passend, Zoekpagina Pagina);

/// <summary>
/// What a live board listens to. Raised after the change is saved; the default members do nothing so a listener
/// implements only what it shows.
/// </summary>
public interface IOpvangGebeurtenissen
{
    Task BeschikbaarheidGewijzigdAsync(Guid poolId, CancellationToken ct);

    /// <summary>As above, with the figures the change committed, for a listener that would otherwise read them again.</summary>
    Task BeschikbaarheidGewijzigdAsync(PoolStand stand, CancellationToken ct) => BeschikbaarheidGewijzigdAsync(stand.Pool.Id, ct);

    /// <summary>A hold was created, confirmed, declined, cancelled or expired.</summary>
    Task ReserveringGewijzigdAsync(Guid reserveringId, Guid poolId, ReserveringStatus status, CancellationToken ct) => Task.CompletedTask;

    /// <summary>An escalation of the 36-hour clock was recorded for a request (for its requester and the ketenregisseur).</summary>
    Task EscalatieAsync(Guid verzoekId, string code, CancellationToken ct) => Task.CompletedTask;
}

internal sealed class GeenGebeurtenissen : IOpvangGebeurtenissen
{
    public Task BeschikbaarheidGewijzigdAsync(Guid poolId, CancellationToken ct) => Task.CompletedTask;
}
