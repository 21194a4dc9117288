using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Bewustwording;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording.Beheer;

/// <summary>What a provider enters for an offer; lists as codes.</summary>
public sealed class AanbodInvoer
{
    public string? Titel { get; set; }
    public Aanbodsoort Soort { get; set; }
    public string? Omschrijving { get; set; }
    public List<string> Doelgroepen { get; set; } = [];
    public List<string> Vormen { get; set; } = [];
    public List<string> Talen { get; set; } = [];
    public List<string> Gemeenten { get; set; } = [];
    public Werkvorm Werkvorm { get; set; }
    public int? DuurMinuten { get; set; }
    public string? Kosten { get; set; }
    public string? Voorwaarden { get; set; }
    public string? Leerdoelen { get; set; }
    public Aanmeldwijze Aanmelding { get; set; }
    public string? ExterneLink { get; set; }
    public bool Actief { get; set; } = true;

    /// <summary>The provider (an organisation of the directory); only the ketenregisseur chooses it, a provider's own staff keep their own.</summary>
    public Guid? Aanbieder { get; set; }

    public static AanbodInvoer Van(Aanbod a) => new()
    {
        Aanbieder = a.OrganisatieId,
        Titel = a.Titel, Soort = a.Soort, Omschrijving = a.Omschrijving, Doelgroepen = [.. a.Doelgroepen], Vormen = [.. a.Vormen], Talen = [.. a.Talen],
        Gemeenten = [.. a.Gemeenten], Werkvorm = a.Werkvorm, DuurMinuten = a.DuurMinuten, Kosten = a.Kosten, Voorwaarden = a.Voorwaarden,
        Leerdoelen = a.Leerdoelen, Aanmelding = a.Aanmelding, ExterneLink = a.ExterneLink, Actief = a.Actief,
    };
}

public sealed class SessieInvoer
{
    public DateTime? Begin { get; set; }
    public int? DuurUren { get; set; }
    public string? Plaats { get; set; }
    /// <summary>The online link (https) for an online session or one that can also be followed online.</summary>
    public string? Link { get; set; }
    public string? Organisatoren { get; set; }
    public List<string> Gemeenten { get; set; } = [];
    public int? Capaciteit { get; set; }
    public int? AanmeldenDagenVooraf { get; set; }
    public string? Reeks { get; set; }
    public Spoor? Spoor { get; set; }

    /// <summary>A planned session as the edit form shows it, in Dutch time.</summary>
    public static SessieInvoer Van(Sessie s) => new()
    {
        Begin = Shell.NederlandseTijd.Lokaal(s.Begin).DateTime, DuurUren = (int)Math.Max(1, Math.Round((s.Einde - s.Begin).TotalHours)), Plaats = s.Plaats, Link = s.Link,
        Capaciteit = s.Capaciteit, AanmeldenDagenVooraf = (int)Math.Max(0, Math.Round((s.Begin - s.AanmeldenTot).TotalDays)),
    };
}

/// <summary>
/// Providers keep their own organisation's offers and sessions; the ketenregisseur curates every offer. A stranger
/// to an offer gets "not found", so the existence of another provider's draft is not revealed.
/// </summary>
public sealed class AanbodBeheer(SchakelDbContext db, AuditTrail audit, Inschrijven inschrijven, TimeProvider tijd)
{
    public const string ActieAanbod = "bewustwording.aanbod-bewaard";

    /// <summary>An offer's description.</summary>
    public const int MaxOmschrijving = 4000;
    public const string ActieSessie = "bewustwording.sessie-gepland";
    public const string ActieDeelnemersGelezen = "bewustwording.deelnemers-gelezen";
    public const string ActieAanwezigheid = "bewustwording.aanwezigheid";

    public static bool IsRegie(ClaimsPrincipal u) => u.IsInRole(Rollen.Ketenregisseur);

    public static bool Mag(ClaimsPrincipal u, Aanbod a) => IsRegie(u) || (a.OrganisatieId is { } o && o == u.OrganisatieId());

    public async Task<IReadOnlyList<Aanbod>> LijstAsync(ClaimsPrincipal u, CancellationToken ct)
    {
        var q = db.Set<Aanbod>().AsNoTracking();
        if (!IsRegie(u))
        {
            var eigen = u.OrganisatieId();
            q = q.Where(a => a.OrganisatieId == eigen);
        }
        return (await q.ToListAsync(ct)).OrderBy(a => a.Titel, StringComparer.CurrentCulture).ToList();
    }

    public async Task<Aanbod?> AanbodAsync(ClaimsPrincipal u, Guid id, CancellationToken ct) =>
        await db.Set<Aanbod>().FirstOrDefaultAsync(a => a.Id == id, ct) is { } a && Mag(u, a) ? a : null;

    public static Dictionary<string, string> Controleer(AanbodInvoer i)
    {
        var f = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(i.Titel) || i.Titel.Trim().Length > 200)
        {
            f["titel"] = "FoutTitel";
        }
        if ((i.Omschrijving?.Length ?? 0) > MaxOmschrijving)
        {
            f["omschrijving"] = "FoutTeLang";
        }
        if (i.Doelgroepen.Count == 0 || i.Doelgroepen.Any(d => !Model.Doelgroepen.IsGeldig(d)))
        {
            f["doelgroepen"] = "FoutDoelgroepen";
        }
        if (i.Vormen.Any(v => !Model.Doelgroepen.Vormen.Contains(v)))
        {
            f["vormen"] = "FoutKeuze";
        }
        if (i.Talen.Count == 0 || i.Talen.Any(t => !Publiek.Taalnamen.Alle.Any(n => n.Code == t)))
        {
            f["talen"] = "FoutTalen";
        }
        if (!Enum.IsDefined(i.Soort) || !Enum.IsDefined(i.Werkvorm) || !Enum.IsDefined(i.Aanmelding))
        {
            f["soort"] = "FoutKeuze";
        }
        if (i.DuurMinuten is < 1 or > 10000)
        {
            f["duurMinuten"] = "FoutDuur";
        }
        if (i.Aanmelding == Aanmeldwijze.Extern && (!Uri.TryCreate(i.ExterneLink, UriKind.Absolute, out var link) || link.Scheme != Uri.UriSchemeHttps))
        {
            f["externeLink"] = "FoutLink";
        }
        if ((i.Kosten?.Length ?? 0) > 300 || (i.Voorwaarden?.Length ?? 0) > 1000 || (i.Leerdoelen?.Length ?? 0) > 2000)
        {
            f["leerdoelen"] = "FoutTeLang";
        }
        return f;
    }

    /// <summary>
    /// The organisations that provide trainings, for the ketenregisseur's choice of provider: active organisations with
    /// provider staff (role aanbieder) or already named on an offer, every trainer or knowledge organisation (type
    /// <see cref="OrganisatieType.Kennisorganisatie"/>, even before it has staff in Schakel), and the ketenregisseur's own.
    /// </summary>
    public async Task<IReadOnlyList<(Guid Id, string Naam)>> AanbiedersAsync(ClaimsPrincipal u, CancellationToken ct)
    {
        var metRol = Accounts.Rolhouders.Met(db, Rollen.Aanbieder).Select(m => m.OrganisatieId);
        var opAanbod = db.Set<Aanbod>().Where(a => a.OrganisatieId != null).Select(a => a.OrganisatieId!.Value);
        var eigen = u.OrganisatieId();
        var rijen = await db.Set<Organisatie>().AsNoTracking()
            .Where(o => o.Actief && (o.Type == OrganisatieType.Kennisorganisatie || metRol.Contains(o.Id) || opAanbod.Contains(o.Id) || o.Id == eigen))
            .Select(o => new { o.Id, o.Naam }).ToListAsync(ct);
        return rijen.OrderBy(o => o.Naam, StringComparer.CurrentCulture).Select(o => (o.Id, o.Naam)).ToList();
    }

    /// <summary>
    /// The provider chosen on the form: the ketenregisseur may pick any organisation of <see cref="AanbiedersAsync"/>;
    /// a provider's own staff only their own organisation (anything else is refused, never silently changed).
    /// </summary>
    public async Task<string?> ControleerAanbiederAsync(ClaimsPrincipal u, AanbodInvoer i, CancellationToken ct)
    {
        if (i.Aanbieder is not { } gekozen)
        {
            return null;
        }
        if (!IsRegie(u))
        {
            return gekozen == u.OrganisatieId() ? null : "FoutAanbieder";
        }
        return (await AanbiedersAsync(u, ct)).Any(o => o.Id == gekozen) ? null : "FoutAanbieder";
    }

    /// <summary>
    /// Creates (id null) or changes an offer. A provider's new offer is its own organisation's; the ketenregisseur's
    /// goes to the provider it chose (checked by <see cref="ControleerAanbiederAsync"/>), or its own when it chose none.
    /// </summary>
    public async Task<Aanbod?> BewaarAsync(ClaimsPrincipal u, Guid? id, AanbodInvoer i, CancellationToken ct)
    {
        Aanbod? a;
        if (id is { } bestaand)
        {
            a = await AanbodAsync(u, bestaand, ct);
            if (a is null)
            {
                return null;
            }
        }
        else
        {
            var eigen = u.OrganisatieId();
            var naam = await db.Set<Organisatie>().Where(o => o.Id == eigen).Select(o => o.Naam).FirstAsync(ct);
            a = new Aanbod { Id = Guid.NewGuid(), Titel = "", AanbiederNaam = naam, OrganisatieId = eigen };
            db.Add(a);
        }
        if (IsRegie(u) && i.Aanbieder is { } aanbieder && aanbieder != a.OrganisatieId)
        {
            a.OrganisatieId = aanbieder;
            a.AanbiederNaam = await db.Set<Organisatie>().Where(o => o.Id == aanbieder).Select(o => o.Naam).FirstAsync(ct);
        }
        a.Titel = i.Titel!.Trim();
        a.Soort = i.Soort;
        a.Omschrijving = i.Omschrijving?.Trim() ?? "";
        a.Doelgroepen = [.. i.Doelgroepen.Distinct()];
        a.Vormen = i.Vormen.Count == 0 ? ["algemeen"] : [.. i.Vormen.Distinct()];
        a.Talen = [.. i.Talen.Distinct()];
        a.Gemeenten = [.. i.Gemeenten.Where(Gemeentecode.IsGeldig).Distinct()];
        a.Werkvorm = i.Werkvorm;
        a.DuurMinuten = i.DuurMinuten;
        a.Kosten = i.Kosten?.Trim() ?? "";
        a.Voorwaarden = i.Voorwaarden?.Trim() ?? "";
        a.Leerdoelen = i.Leerdoelen?.Trim() ?? "";
        a.Aanmelding = i.Aanmelding;
        a.ExterneLink = i.Aanmelding == Aanmeldwijze.Extern ? i.ExterneLink : null;
        a.Actief = i.Actief;
        a.BijgewerktOp = tijd.GetUtcNow();
        await audit.VastleggenAsync(db, new AuditInvoer(u.AlsActor(), ActieAanbod, "bewustwording.aanbod", a.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Web), ct);
        return a;
    }

    public async Task<IReadOnlyList<Sessie>> SessiesAsync(Guid aanbodId, CancellationToken ct) =>
        await db.Set<Sessie>().AsNoTracking().Where(s => s.AanbodId == aanbodId).OrderByDescending(s => s.Begin).ToListAsync(ct);

    public static Dictionary<string, string> Controleer(SessieInvoer s)
    {
        var f = new Dictionary<string, string>(StringComparer.Ordinal);
        // A start far in the past or future is a typing error, and near the calendar's ends the end time would overflow.
        if (s.Begin is null || s.Begin.Value.Year is < 2000 or > 2100)
        {
            f["begin"] = "FoutBegin";
        }
        if (s.DuurUren is null or < 1 or > 24)
        {
            f["duurUren"] = "FoutDuurUren";
        }
        if ((string.IsNullOrWhiteSpace(s.Plaats) && string.IsNullOrWhiteSpace(s.Link)) || s.Plaats?.Length > 300)
        {
            f["plaats"] = "FoutPlaats";
        }
        if (!string.IsNullOrWhiteSpace(s.Link) && (s.Link.Length > 500 || !Uri.TryCreate(s.Link.Trim(), UriKind.Absolute, out var link) || link.Scheme != Uri.UriSchemeHttps))
        {
            f["link"] = "FoutLink";
        }
        if (s.Capaciteit is null or < 1 or > 10000)
        {
            f["capaciteit"] = "FoutCapaciteit";
        }
        if (s.AanmeldenDagenVooraf is < 0 or > 365)
        {
            f["aanmeldenDagenVooraf"] = "FoutDagen";
        }
        if ((s.Organisatoren?.Length ?? 0) > 500 || (s.Reeks?.Length ?? 0) > 200)
        {
            f["organisatoren"] = "FoutTeLang";
        }
        if (s.Gemeenten.Any(g => !Gemeentecode.IsGeldig(g)) || (s.Spoor is { } sp && !Enum.IsDefined(sp)))
        {
            f["gemeenten"] = "FoutKeuze";
        }
        return f;
    }

    private static DateTimeOffset Begin(SessieInvoer s) =>
        new DateTimeOffset(DateTime.SpecifyKind(s.Begin!.Value, DateTimeKind.Unspecified), Shell.NederlandseTijd.Zone.GetUtcOffset(s.Begin.Value)).ToUniversalTime();

    private static string? Leeg(string? t) => string.IsNullOrWhiteSpace(t) ? null : t.Trim();

    public async Task<Sessie> PlanAsync(ClaimsPrincipal u, Aanbod a, SessieInvoer s, CancellationToken ct)
    {
        var begin = Begin(s);
        var sessie = new Sessie
        {
            Id = Guid.NewGuid(), AanbodId = a.Id, Begin = begin, Einde = begin.AddHours(s.DuurUren!.Value), Plaats = Leeg(s.Plaats), Link = Leeg(s.Link),
            Organisatoren = s.Organisatoren?.Trim() ?? a.AanbiederNaam, Gemeenten = [.. s.Gemeenten.Distinct()], Capaciteit = s.Capaciteit!.Value,
            AanmeldenTot = begin.AddDays(-(s.AanmeldenDagenVooraf ?? 0)), Reeks = string.IsNullOrWhiteSpace(s.Reeks) ? null : s.Reeks.Trim(), Spoor = s.Spoor,
        };
        db.Add(sessie);
        await audit.VastleggenAsync(db, new AuditInvoer(u.AlsActor(), ActieSessie, "bewustwording.sessie", sessie.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Web), ct);
        return sessie;
    }

    /// <summary>
    /// Changes a planned session (time, place or link, capacity, sign-up deadline), for whoever may keep its offer;
    /// someone else's session answers as not found.
    /// </summary>
    public async Task<InschrijfUitkomst> WijzigSessieAsync(ClaimsPrincipal u, Guid sessieId, SessieInvoer s, CancellationToken ct)
    {
        if (!await MagSessieAsync(u, sessieId, ct))
        {
            return new InschrijfUitkomst.NietGevonden();
        }
        var begin = Begin(s);
        return await inschrijven.WijzigSessieAsync(sessieId, new SessieWijziging(begin, begin.AddHours(s.DuurUren!.Value), Leeg(s.Plaats), Leeg(s.Link),
            s.Capaciteit!.Value, begin.AddDays(-(s.AanmeldenDagenVooraf ?? 0))), u.AlsActor(), Herkomst.Web, ct);
    }

    public async Task<InschrijfUitkomst> AnnuleerSessieAsync(ClaimsPrincipal u, Guid sessieId, CancellationToken ct) =>
        await MagSessieAsync(u, sessieId, ct)
            ? await inschrijven.AnnuleerSessieAsync(sessieId, u.AlsActor(), Herkomst.Web, ct)
            : new InschrijfUitkomst.NietGevonden();

    private async Task<bool> MagSessieAsync(ClaimsPrincipal u, Guid sessieId, CancellationToken ct) =>
        await db.Set<Sessie>().AsNoTracking().Where(x => x.Id == sessieId).Select(x => (Guid?)x.AanbodId).FirstOrDefaultAsync(ct) is { } aanbodId
        && await AanbodAsync(u, aanbodId, ct) is not null;

    /// <summary>Attended per organisation (directory name; null for public participants), a count without names.</summary>
    public async Task<IReadOnlyList<(string? Organisatie, int Aantal)>> AanwezigPerOrganisatieAsync(IReadOnlyCollection<Guid> sessieIds, CancellationToken ct)
    {
        var tellingen = await db.Set<Inschrijving>().AsNoTracking()
            .Where(i => sessieIds.Contains(i.SessieId) && i.Aanwezig == true && i.Status == Inschrijfstatus.Ingeschreven)
            .GroupBy(i => i.OrganisatieId).Select(g => new { g.Key, Aantal = g.Count() }).ToListAsync(ct);
        var ids = tellingen.Where(t => t.Key is not null).Select(t => t.Key!.Value).ToList();
        var namen = await db.Set<Organisatie>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        return tellingen.Select(t => (t.Key is { } id ? namen.GetValueOrDefault(id) : null, t.Aantal))
            .OrderBy(t => t.Item1 is null).ThenBy(t => t.Item1, StringComparer.CurrentCulture).ToList();
    }

    public sealed record Deelnemerregel(Inschrijving Inschrijving, string? Naam, string? Email);

    /// <summary>The participants of a session, names decrypted: a read of personal data, so it is audited.</summary>
    public async Task<(Sessie Sessie, Aanbod Aanbod, IReadOnlyList<Deelnemerregel> Deelnemers)?> DeelnemersAsync(ClaimsPrincipal u, Guid sessieId, CancellationToken ct)
    {
        var sessie = await db.Set<Sessie>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessieId, ct);
        if (sessie is null || await AanbodAsync(u, sessie.AanbodId, ct) is not { } aanbod)
        {
            return null;
        }
        var rijen = await db.Set<Inschrijving>().AsNoTracking().Where(i => i.SessieId == sessieId).OrderBy(i => i.Volgnummer).ToListAsync(ct);
        var accounts = rijen.Where(r => r.MedewerkerId is not null).Select(r => r.MedewerkerId!.Value).ToList();
        var namen = await db.Set<Accounts.Medewerker>().AsNoTracking().Where(m => accounts.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Email, ct);
        await audit.SchrijfAsync(u.AlsActor(), ActieDeelnemersGelezen, "bewustwording.sessie", sessieId.ToString(), AuditResultaat.Gelukt, Herkomst.Web, ct);
        return (sessie, aanbod, rijen.Select(r => new Deelnemerregel(r,
            r.MedewerkerId is { } m ? namen.GetValueOrDefault(m) : inschrijven.Naam(r),
            r.MedewerkerId is { } m2 ? namen.GetValueOrDefault(m2) : inschrijven.Email(r))).ToList());
    }

    /// <summary>Records who attended (only those with a place can attend).</summary>
    public async Task<bool> AanwezigheidAsync(ClaimsPrincipal u, Guid sessieId, IReadOnlySet<Guid> aanwezig, CancellationToken ct)
    {
        var sessie = await db.Set<Sessie>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessieId, ct);
        if (sessie is null || await AanbodAsync(u, sessie.AanbodId, ct) is null)
        {
            return false;
        }
        var rijen = await db.Set<Inschrijving>().Where(i => i.SessieId == sessieId && i.Status == Inschrijfstatus.Ingeschreven).ToListAsync(ct);
        // The monitor counts attendance per organisation: a professional's is their account's organisation, taken now
        // for a sign-up that lacks it.
        var zonder = rijen.Where(r => r.MedewerkerId is not null && r.OrganisatieId is null).Select(r => r.MedewerkerId!.Value).ToList();
        var organisaties = await db.Set<Accounts.Medewerker>().AsNoTracking().Where(m => zonder.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.OrganisatieId, ct);
        foreach (var r in rijen)
        {
            r.Aanwezig = aanwezig.Contains(r.Id);
            if (r.MedewerkerId is { } m && r.OrganisatieId is null && organisaties.TryGetValue(m, out var o))
            {
                r.OrganisatieId = o;
            }
        }
        await audit.VastleggenAsync(db, new AuditInvoer(u.AlsActor(), ActieAanwezigheid, "bewustwording.sessie", sessieId.ToString(), AuditResultaat.Gelukt, Herkomst.Web), ct);
        return true;
    }
}
