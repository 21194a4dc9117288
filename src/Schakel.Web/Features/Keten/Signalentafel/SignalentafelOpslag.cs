using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Core.Teksten;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Doorverwijzing.Partner;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Signalentafel;

public sealed record OrganisatieNaam(Guid Id, string Naam);

public sealed record BijdrageStand(Guid Id, OrganisatieNaam Organisatie, string Grondslag, string Tekst, DateTimeOffset Op);

public sealed record SignaalStand(
    Guid Id, OrganisatieNaam Inbrenger, DateTimeOffset IngebrachtOp, GepseudonimiseerdeWeergave Inhoud, IReadOnlyList<BijdrageStand> Bijdragen,
    TafelBesluitSoort? Besluit, OrganisatieNaam? BesluitOntvanger, string? BesluitReden, Guid? DoorverwijzingId, DateTimeOffset? BesluitOp);

public sealed record TafelStand(Tafel Tafel, OrganisatieNaam Gast, IReadOnlyList<OrganisatieNaam> Leden, int OpenSignalen)
{
    public bool Gestart => Tafel.GestartOp is not null;
}

public sealed record TafelDetail(TafelStand Stand, IReadOnlyList<SignaalStand> Signalen, bool MagBesluiten);

/// <summary>Id: chosen by the form, so a second post of the same form is the same table.</summary>
public sealed record TafelInvoer(string? Naam, string? Grondslag, IReadOnlyList<Guid>? Leden, Guid? Id = null);

public sealed record BesluitInvoer(string? Soort, Guid? OntvangerId, string? Reden);

/// <summary>Either a value, or the problems per field, or not found (not a member: the table does not exist for the caller).</summary>
public sealed record TafelUitkomst<T>(T? Waarde, IReadOnlyDictionary<string, string[]> Fouten, bool NietGevonden = false, bool Verboden = false) where T : class
{
    public static TafelUitkomst<T> NietToegestaan { get; } = new(null, new Dictionary<string, string[]>(), false, true);
    public static TafelUitkomst<T> Weg { get; } = new(null, new Dictionary<string, string[]>(), true);
    public static TafelUitkomst<T> Ongeldig(Dictionary<string, string[]> fouten) => new(null, fouten);
    public static TafelUitkomst<T> Gelukt(T waarde) => new(waarde, new Dictionary<string, string[]>());
}

/// <summary>
/// The signals table. Only the host organisation and the members see a table; anyone else gets "not found". The host's
/// chain director keeps it and decides; members bring in signals of their own reporting point and add what they know.
/// The table never holds a report: a signal is the pseudonymised view (the same one a partner gets at that level),
/// and a contribution is passed through the free-text filter and encrypted. A routing decision becomes a referral of
/// the report at level "geen" from the host organisation, so the receiver learns that a signal exists and whom to ask,
/// and the reporting point's own route (and its legal bases) decides whether more is shared. Every read and change is
/// audited in the change's transaction.
/// </summary>
public sealed class SignalentafelOpslag(
    SchakelDbContext db,
    DoorverwijzingLezer lezer,
    Veldversleuteling versleuteling,
    Termijnen termijnen,
    AuditTrail audit,
    IDoorverwijzingGebeurtenissen gebeurtenissen,
    TimeProvider tijd,
    ITeksten<SignalentafelApiTeksten> teksten,
    DeelbeleidOpslag deelbeleid)
{
    /// <summary>A field's message in the reader's language (Accept-Language on the API; the pages show their own field texts).</summary>
    private string T(string sleutel, params object[] waarden) => teksten[sleutel, waarden].Value;

    public const string AuditObject = "Signalentafel";
    public const int MaxTekst = 2000;

    public async Task<IReadOnlyList<TafelStand>> TafelsAsync(ClaimsPrincipal gebruiker, CancellationToken ct = default)
    {
        if (gebruiker.OrganisatieId() is not { } org)
        {
            return [];
        }
        var tafels = await db.Set<Tafel>().AsNoTracking().Include(t => t.Leden)
            .Where(t => t.GastOrganisatieId == org || t.Leden.Any(l => l.OrganisatieId == org))
            .OrderBy(t => t.Naam).ToListAsync(ct);
        var standen = new List<TafelStand>();
        foreach (var t in tafels)
        {
            standen.Add(await StandAsync(t, ct));
        }
        return standen;
    }

    /// <summary>Open agenda items of the tables the caller's organisation hosts or sits at (the werkplek count).</summary>
    public async Task<int> OpenAsync(ClaimsPrincipal gebruiker, CancellationToken ct = default)
    {
        if (gebruiker.OrganisatieId() is not { } org)
        {
            return 0;
        }
        var tafels = db.Set<Tafel>().Where(t => t.GastOrganisatieId == org || t.Leden.Any(l => l.OrganisatieId == org)).Select(t => t.Id);
        return await db.Set<TafelSignaal>().CountAsync(s => s.Besluit == null && tafels.Contains(s.TafelId), ct);
    }

    public async Task<TafelUitkomst<TafelStand>> AanmakenAsync(TafelInvoer invoer, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct = default)
    {
        if (gebruiker.OrganisatieId() is not { } gast)
        {
            return TafelUitkomst<TafelStand>.Weg;
        }
        if (invoer.Id is { } bestaandId && await db.Set<Tafel>().AsNoTracking().Include(t => t.Leden).SingleOrDefaultAsync(t => t.Id == bestaandId && t.GastOrganisatieId == gast, ct) is { } al)
        {
            return TafelUitkomst<TafelStand>.Gelukt(await StandAsync(al, ct));
        }
        var fouten = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var naam = invoer.Naam?.Trim();
        if (string.IsNullOrEmpty(naam) || naam.Length > 200)
        {
            fouten["naam"] = [T("Naam")];
        }
        if (invoer.Grondslag is { } g && g.Trim().Length > 1000)
        {
            fouten["grondslag"] = [T("GrondslagTeLang")];
        }
        var leden = (invoer.Leden ?? []).Distinct().ToList();
        var bestaand = await db.Set<Organisatie>().AsNoTracking().Where(o => leden.Contains(o.Id) && o.Actief).ToDictionaryAsync(o => o.Id, o => o.Type, ct);
        for (var i = 0; i < leden.Count; i++)
        {
            if (!bestaand.TryGetValue(leden[i], out var type))
            {
                fouten[$"leden[{i}]"] = [T("LidOnbekend")];
            }
            else if (!type.OntvangtCasussen())
            {
                fouten[$"leden[{i}]"] = [T("LidLandelijk")];
            }
        }
        if (leden.Count == 0)
        {
            fouten["leden"] = [T("LedenLeeg")];
        }
        if (fouten.Count > 0)
        {
            return TafelUitkomst<TafelStand>.Ongeldig(fouten);
        }
        var tafel = new Tafel
        {
            Id = invoer.Id is { } gekozen && gekozen != Guid.Empty ? gekozen : Guid.NewGuid(), Naam = naam!, GastOrganisatieId = gast, AangemaaktOp = tijd.GetUtcNow(),
            Grondslag = string.IsNullOrWhiteSpace(invoer.Grondslag) ? null : invoer.Grondslag.Trim(),
            Leden = leden.Select(l => new TafelLid { OrganisatieId = l }).ToList(),
        };
        foreach (var l in tafel.Leden)
        {
            l.TafelId = tafel.Id;
        }
        db.Add(tafel);
        await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), "signalentafel.aangemaakt", AuditObject, tafel.Id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return TafelUitkomst<TafelStand>.Gelukt(await StandAsync(tafel, ct));
    }

    /// <summary>Starts the table; refused while no legal basis is recorded (given now or at creation).</summary>
    public async Task<TafelUitkomst<TafelStand>> StartenAsync(Guid id, string? grondslag, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct = default)
    {
        var tafel = await db.Set<Tafel>().Include(t => t.Leden).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (tafel is null || tafel.GastOrganisatieId != gebruiker.OrganisatieId())
        {
            return await WeigerAsync<TafelStand>(tafel, gebruiker, "signalentafel.gestart", herkomst, ct);
        }
        var fouten = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var nieuw = string.IsNullOrWhiteSpace(grondslag) ? tafel.Grondslag : grondslag.Trim();
        if (string.IsNullOrWhiteSpace(nieuw))
        {
            fouten["grondslag"] = [T("GrondslagOntbreekt")];
        }
        else if (nieuw.Length > 1000)
        {
            fouten["grondslag"] = [T("GrondslagTeLang")];
        }
        if (tafel.GestartOp is not null)
        {
            fouten["tafel"] = [T("AlGestart")];
        }
        if (fouten.Count > 0)
        {
            await audit.SchrijfAsync(gebruiker.AlsActor(), "signalentafel.gestart", AuditObject, id.ToString(), AuditResultaat.Geweigerd, herkomst, ct);
            return TafelUitkomst<TafelStand>.Ongeldig(fouten);
        }
        tafel.Grondslag = nieuw;
        tafel.GestartOp = tijd.GetUtcNow();
        await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), "signalentafel.gestart", AuditObject, id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return TafelUitkomst<TafelStand>.Gelukt(await StandAsync(tafel, ct));
    }

    /// <summary>The table with its agenda; audited as a read of the signals (refused reads too).</summary>
    public async Task<TafelDetail?> DetailAsync(Guid id, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct = default)
    {
        var tafel = await db.Set<Tafel>().AsNoTracking().Include(t => t.Leden).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (tafel is null || !Deelnemer(tafel, gebruiker))
        {
            if (tafel is not null)
            {
                await audit.SchrijfAsync(gebruiker.AlsActor(), "signalentafel.gelezen", AuditObject, id.ToString(), AuditResultaat.Geweigerd, herkomst, ct);
            }
            return null;
        }
        var signalen = await db.Set<TafelSignaal>().AsNoTracking().Where(s => s.TafelId == id).OrderBy(s => s.IngebrachtOp).ToListAsync(ct);
        var signaalIds = signalen.Select(s => s.Id).ToList();
        var bijdragen = await db.Set<TafelBijdrage>().AsNoTracking().Where(b => signaalIds.Contains(b.SignaalId)).OrderBy(b => b.Op).ToListAsync(ct);
        var orgIds = signalen.Select(s => s.InbrengerOrganisatieId).Concat(signalen.Where(s => s.BesluitOntvangerId != null).Select(s => s.BesluitOntvangerId!.Value))
            .Concat(bijdragen.Select(b => b.OrganisatieId)).Distinct().ToList();
        var namen = await NamenAsync(orgIds, ct);
        var standen = signalen.Select(s => new SignaalStand(
            s.Id, namen[s.InbrengerOrganisatieId], s.IngebrachtOp,
            JsonSerializer.Deserialize<GepseudonimiseerdeWeergave>(versleuteling.Ontsleutel(s.InhoudVersleuteld, TafelSignaal.VeldContext("Inhoud", s.Id)))!,
            bijdragen.Where(b => b.SignaalId == s.Id)
                .Select(b => new BijdrageStand(b.Id, namen[b.OrganisatieId], b.Grondslag, versleuteling.Ontsleutel(b.TekstVersleuteld, TafelBijdrage.VeldContext(b.Id)), b.Op))
                .ToList(),
            s.Besluit, s.BesluitOntvangerId is { } o ? namen[o] : null,
            versleuteling.OntsleutelOfNull(s.BesluitRedenVersleuteld, TafelSignaal.VeldContext("BesluitReden", s.Id)), s.DoorverwijzingId, s.BesluitOp)).ToList();
        await audit.SchrijfAsync(gebruiker.AlsActor(), "signalentafel.gelezen", AuditObject, id.ToString(), AuditResultaat.Gelukt, herkomst, ct);
        return new TafelDetail(await StandAsync(tafel, ct), standen, MagBesluiten(tafel, gebruiker));
    }

    /// <summary>
    /// A member brings in an open report of its own reporting point, triaged or not: the table may discuss a soft signal
    /// before it is triaged (a routing decision then waits for the triage). What the table keeps is the pseudonymised
    /// view at this moment, never the report.
    /// </summary>
    public async Task<TafelUitkomst<SignaalStand>> InbrengenAsync(Guid id, Guid meldingId, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct = default)
    {
        var tafel = await db.Set<Tafel>().AsNoTracking().Include(t => t.Leden).SingleOrDefaultAsync(t => t.Id == id, ct);
        var org = gebruiker.OrganisatieId();
        if (tafel is null || org is null || !tafel.Leden.Any(l => l.OrganisatieId == org))
        {
            return await WeigerAsync<SignaalStand>(tafel, gebruiker, "signalentafel.signaal.ingebracht", herkomst, ct);
        }
        var fouten = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (tafel.GestartOp is null)
        {
            fouten["tafel"] = [T("NietGestart")];
        }
        var melding = await db.Set<Melding>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == meldingId && m.MeldpuntOrganisatieId == org, ct);
        var triage = melding is null ? null
            : await db.Set<MeldingTriage>().AsNoTracking().Where(t => t.MeldingId == meldingId).OrderByDescending(t => t.Id).FirstOrDefaultAsync(ct);
        if (melding is null)
        {
            fouten["meldingId"] = [T("MeldingOnbekend")];
        }
        else if (Gesloten.Contains(melding.Status))
        {
            fouten["meldingId"] = [T("MeldingGesloten")];
        }
        else if (await db.Set<TafelSignaal>().AnyAsync(s => s.TafelId == id && s.MeldingId == meldingId, ct))
        {
            fouten["meldingId"] = [T("AlOpAgenda")];
        }
        if (fouten.Count > 0)
        {
            return TafelUitkomst<SignaalStand>.Ongeldig(fouten);
        }
        var weergave = await lezer.GepseudonimiseerdAsync(meldingId, ct);
        var signaal = new TafelSignaal
        {
            Id = Guid.NewGuid(), TafelId = id, MeldingId = meldingId, TriageId = triage?.Id, InbrengerOrganisatieId = org.Value,
            IngebrachtOp = tijd.GetUtcNow(), InhoudVersleuteld = "",
        };
        signaal.InhoudVersleuteld = versleuteling.Versleutel(JsonSerializer.Serialize(weergave), TafelSignaal.VeldContext("Inhoud", signaal.Id));
        db.Add(signaal);
        await audit.VastleggenAsync(db,
        [
            new AuditInvoer(gebruiker.AlsActor(), "signalentafel.signaal.ingebracht", nameof(TafelSignaal), signaal.Id.ToString(), AuditResultaat.Gelukt, herkomst),
            new AuditInvoer(gebruiker.AlsActor(), "melding.gedeeld.signalentafel", nameof(Melding), meldingId.ToString(), AuditResultaat.Gelukt, herkomst),
        ], ct);
        var namen = await NamenAsync([org.Value], ct);
        return TafelUitkomst<SignaalStand>.Gelukt(new SignaalStand(signaal.Id, namen[org.Value], signaal.IngebrachtOp, weergave, [], null, null, null, null, null));
    }

    /// <summary>What a member (or the host) adds to an open signal, with the basis it shares on; filtered of names and numbers, encrypted.</summary>
    public async Task<TafelUitkomst<BijdrageStand>> BijdragenAsync(
        Guid id, Guid signaalId, string? grondslag, string? tekst, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct = default, Guid? bijdrageId = null)
    {
        var tafel = await db.Set<Tafel>().AsNoTracking().Include(t => t.Leden).SingleOrDefaultAsync(t => t.Id == id, ct);
        var signaal = tafel is null ? null : await db.Set<TafelSignaal>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == signaalId && s.TafelId == id, ct);
        if (tafel is null || signaal is null || !Deelnemer(tafel, gebruiker))
        {
            return await WeigerAsync<BijdrageStand>(tafel, gebruiker, "signalentafel.bijdrage", herkomst, ct);
        }
        if (bijdrageId is { } gekozenId && await db.Set<TafelBijdrage>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == gekozenId && b.SignaalId == signaalId, ct) is { } al)
        {
            // The same form posted twice: one contribution.
            var n = await NamenAsync([al.OrganisatieId], ct);
            return TafelUitkomst<BijdrageStand>.Gelukt(new BijdrageStand(al.Id, n[al.OrganisatieId], al.Grondslag, versleuteling.Ontsleutel(al.TekstVersleuteld, TafelBijdrage.VeldContext(al.Id)), al.Op));
        }
        var fouten = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(grondslag) || grondslag.Trim().Length > 300)
        {
            fouten["grondslag"] = [T("BijdrageGrondslag")];
        }
        if (string.IsNullOrWhiteSpace(tekst) || tekst.Trim().Length > MaxTekst)
        {
            fouten["tekst"] = [T("BijdrageTekst", MaxTekst)];
        }
        if (signaal.Besluit is not null)
        {
            fouten["signaal"] = [T("AlBesloten")];
        }
        if (fouten.Count > 0)
        {
            return TafelUitkomst<BijdrageStand>.Ongeldig(fouten);
        }
        // Names, numbers, addresses and plates are taken out before anything is stored: the table works on pseudonyms.
        var schoon = Pseudonimiseerder.SchoonOfAchtergehouden(tekst!.Trim(), []);
        var bijdrage = new TafelBijdrage
        {
            Id = bijdrageId is { } nieuwId && nieuwId != Guid.Empty ? nieuwId : Guid.NewGuid(), SignaalId = signaalId, OrganisatieId = gebruiker.OrganisatieId()!.Value, Grondslag = grondslag!.Trim(),
            Op = tijd.GetUtcNow(), TekstVersleuteld = "",
        };
        bijdrage.TekstVersleuteld = versleuteling.Versleutel(schoon, TafelBijdrage.VeldContext(bijdrage.Id));
        db.Add(bijdrage);
        await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), "signalentafel.bijdrage", nameof(TafelSignaal), signaalId.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        var namen = await NamenAsync([bijdrage.OrganisatieId], ct);
        return TafelUitkomst<BijdrageStand>.Gelukt(new BijdrageStand(bijdrage.Id, namen[bijdrage.OrganisatieId], bijdrage.Grondslag, schoon, bijdrage.Op));
    }

    /// <summary>
    /// The host's decision on a signal: to a member partner, to a case table (any active organisation that holds one),
    /// or no action; always with a reason. A routing decision stores the referral, its history, the decision and the
    /// audit entries in one transaction, and the receiver hears of it after the commit.
    /// </summary>
    public async Task<TafelUitkomst<SignaalStand>> BesluitenAsync(Guid id, Guid signaalId, BesluitInvoer invoer, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct = default)
    {
        var tafel = await db.Set<Tafel>().AsNoTracking().Include(t => t.Leden).SingleOrDefaultAsync(t => t.Id == id, ct);
        var signaal = tafel is null ? null : await db.Set<TafelSignaal>().SingleOrDefaultAsync(s => s.Id == signaalId && s.TafelId == id, ct);
        if (tafel is null || signaal is null || !Deelnemer(tafel, gebruiker))
        {
            return await WeigerAsync<SignaalStand>(tafel, gebruiker, "signalentafel.besluit", herkomst, ct);
        }
        if (!MagBesluiten(tafel, gebruiker))
        {
            // A member sees the table but does not decide: only the host's chain director does.
            await audit.SchrijfAsync(gebruiker.AlsActor(), "signalentafel.besluit", AuditObject, id.ToString(), AuditResultaat.Geweigerd, herkomst, ct);
            return TafelUitkomst<SignaalStand>.NietToegestaan;
        }
        var fouten = new Dictionary<string, string[]>(StringComparer.Ordinal);
        TafelBesluitSoort soort = default;
        var soortGeldig = invoer.Soort is { } s && Enum.TryParse(s, ignoreCase: true, out soort) && Enum.IsDefined(soort) && !int.TryParse(s, out _);
        if (!soortGeldig)
        {
            fouten["soort"] = [T("Soort")];
        }
        Organisatie? ontvanger = null;
        if (soortGeldig && soort != TafelBesluitSoort.GeenActie)
        {
            ontvanger = invoer.OntvangerId is { } o ? await db.Set<Organisatie>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == o && x.Actief, ct) : null;
            if (ontvanger is null)
            {
                fouten["ontvangerId"] = [T("Ontvanger")];
            }
            else if (!ontvanger.Type.OntvangtCasussen())
            {
                fouten["ontvangerId"] = [T("OntvangerLandelijk")];
            }
            else if (soort == TafelBesluitSoort.Partner && !tafel.Leden.Any(l => l.OrganisatieId == ontvanger.Id))
            {
                fouten["ontvangerId"] = [T("OntvangerGeenLid")];
            }
        }
        if (string.IsNullOrWhiteSpace(invoer.Reden) || invoer.Reden.Trim().Length > MaxTekst)
        {
            fouten["reden"] = [T("Reden", MaxTekst)];
        }
        if (signaal.Besluit is not null)
        {
            fouten["signaal"] = [T("AlBesloten")];
        }
        // A referral is decided on a triage (urgency, deadline): the report's newest, also for a signal brought in untriaged.
        var triage = ontvanger is null ? null
            : await db.Set<MeldingTriage>().AsNoTracking().Where(t => t.MeldingId == signaal.MeldingId).OrderByDescending(t => t.Id).FirstOrDefaultAsync(ct);
        if (ontvanger is not null && triage is null)
        {
            fouten["triage"] = [T("NietGetrieerd")];
        }
        if (fouten.Count > 0)
        {
            return TafelUitkomst<SignaalStand>.Ongeldig(fouten);
        }

        var nu = tijd.GetUtcNow();
        var actor = gebruiker.AlsActor();
        var medewerker = actor.Type == "medewerker" && Guid.TryParse(actor.Id, out var m) ? m : (Guid?)null;
        var entries = new List<AuditInvoer> { new(actor, "signalentafel.besluit", nameof(TafelSignaal), signaalId.ToString(), AuditResultaat.Gelukt, herkomst) };
        DoorverwijzingRij? rij = null;
        if (ontvanger is not null && triage is not null)
        {
            var (niveau, grondslag) = Deelname(await deelbeleid.HuidigAsync(ct), ontvanger);
            var besluit = new Routebesluit
            {
                Id = Guid.NewGuid(), MeldingId = signaal.MeldingId, TriageId = triage.Id, OrganisatieId = tafel.GastOrganisatieId,
                MeldrouteVersie = await db.Set<MeldrouteRegelVersie>().CountAsync(ct), MedewerkerId = medewerker, Tijdstip = nu,
            };
            rij = new DoorverwijzingRij
            {
                Id = Guid.NewGuid(), MeldingId = signaal.MeldingId, RoutebesluitId = besluit.Id, AfzenderOrganisatieId = tafel.GastOrganisatieId,
                OntvangerOrganisatieId = ontvanger.Id, Rol = Rol.Behandelaar, Deelniveau = niveau, GrondslagCode = grondslag,
                // Purpose and explanation as codes, so each reader gets them in their own language; the names are data.
                DoelCode = soort == TafelBesluitSoort.Casustafel ? Routeberichten.Doelen.SignalentafelCasustafel : Routeberichten.Doelen.SignalentafelPartner,
                Doel = "",
                Urgentie = triage.Urgentie, Spoed = triage.Urgentie == Urgentie.Acuut,
                UitlegBerichten = BerichtJson.Serialiseer([Routeberichten.Signalentafel(tafel.Naam, ontvanger.Naam, soort == TafelBesluitSoort.Casustafel)]),
                Status = DoorverwijzingStatus.Verstuurd, VerstuurdOp = nu, EersteActieUiterlijk = termijnen.EersteActie(nu, triage.Urgentie),
                MedewerkerId = medewerker,
            };
            db.Add(besluit);
            db.Add(rij);
            // The report's first-referral moment (Meldpunt/Model/Melding) is saved with the referral.
            (await db.Set<Melding>().FirstAsync(x => x.Id == signaal.MeldingId, ct)).Doorverwezen(nu);
            db.Add(new DoorverwijzingHistorie
            {
                DoorverwijzingId = rij.Id, Van = null, Naar = DoorverwijzingStatus.Verstuurd, Tijdstip = nu,
                OrganisatieId = tafel.GastOrganisatieId, MedewerkerId = medewerker, Client = actor.Type == "apiclient" ? actor.Id : null,
            });
            entries.Add(new(actor, "doorverwijzing.verstuurd", nameof(DoorverwijzingRij), rij.Id.ToString(), AuditResultaat.Gelukt, herkomst));
        }
        signaal.Besluit = soort;
        signaal.BesluitOntvangerId = ontvanger?.Id;
        signaal.BesluitRedenVersleuteld = versleuteling.Versleutel(invoer.Reden!.Trim(), TafelSignaal.VeldContext("BesluitReden", signaal.Id));
        signaal.BesluitOp = nu;
        signaal.DoorverwijzingId = rij?.Id;
        await audit.VastleggenAsync(db, entries, ct);
        if (rij is not null)
        {
            await gebeurtenissen.NieuwAsync(rij.Id, rij.OntvangerOrganisatieId, ct);
        }
        var detail = await DetailZonderAuditAsync(tafel, signaal.Id, ct);
        return TafelUitkomst<SignaalStand>.Gelukt(detail);
    }

    /// <summary>
    /// The level a routed signal is shared at: the highest the sharing policy allows this receiver for follow-up
    /// without consent or vital interest (a recorded processing basis included), on the basis the policy proposes for
    /// it. Without such a basis the receiver only learns that a signal exists and whom to ask (level geen).
    /// </summary>
    internal static (Deelniveau Niveau, string? Grondslag) Deelname(Deelbeleid beleid, Organisatie ontvanger)
    {
        var niveau = beleid.HoogsteZonderToestemming(ontvanger.Partijcategorie, ontvanger.Type, ontvanger.Id);
        var grondslag = beleid.Voorgesteld(ontvanger.Partijcategorie, ontvanger.Type, niveau, ontvanger.Id);
        if (niveau == Deelniveau.Geen || grondslag is null)
        {
            return (Deelniveau.Geen, null);
        }
        // The same check a referral by hand passes, so the table can never share more than the reporting point could.
        var toets = beleid.Toets(new DeelVerzoek
        {
            Categorie = ontvanger.Partijcategorie, Type = ontvanger.Type, OrganisatieId = ontvanger.Id, Gevraagd = niveau, Grondslag = grondslag,
        });
        return toets.Toegestaan ? (niveau, grondslag.Code) : (Deelniveau.Geen, null);
    }

    private async Task<SignaalStand> DetailZonderAuditAsync(Tafel tafel, Guid signaalId, CancellationToken ct)
    {
        var s = await db.Set<TafelSignaal>().AsNoTracking().SingleAsync(x => x.Id == signaalId, ct);
        var namen = await NamenAsync(new[] { s.InbrengerOrganisatieId, s.BesluitOntvangerId ?? s.InbrengerOrganisatieId }.Distinct().ToList(), ct);
        return new SignaalStand(s.Id, namen[s.InbrengerOrganisatieId], s.IngebrachtOp,
            JsonSerializer.Deserialize<GepseudonimiseerdeWeergave>(versleuteling.Ontsleutel(s.InhoudVersleuteld, TafelSignaal.VeldContext("Inhoud", s.Id)))!,
            [], s.Besluit, s.BesluitOntvangerId is { } o ? namen[o] : null,
            versleuteling.OntsleutelOfNull(s.BesluitRedenVersleuteld, TafelSignaal.VeldContext("BesluitReden", s.Id)), s.DoorverwijzingId, s.BesluitOp);
    }


    /// <summary>Reports that are closed are not brought to the table.</summary>
    internal static readonly MeldingStatus[] Gesloten = [MeldingStatus.Afgerond, MeldingStatus.NietOntvankelijk, MeldingStatus.Samengevoegd];

    private static bool Deelnemer(Tafel tafel, ClaimsPrincipal gebruiker) =>
        gebruiker.OrganisatieId() is { } org && (tafel.GastOrganisatieId == org || tafel.Leden.Any(l => l.OrganisatieId == org));

    private static bool MagBesluiten(Tafel tafel, ClaimsPrincipal gebruiker) =>
        gebruiker.OrganisatieId() == tafel.GastOrganisatieId && gebruiker.IsInRole(Rollen.Ketenregisseur);

    private async Task<TafelUitkomst<T>> WeigerAsync<T>(Tafel? tafel, ClaimsPrincipal gebruiker, string actie, string herkomst, CancellationToken ct) where T : class
    {
        if (tafel is not null)
        {
            await audit.SchrijfAsync(gebruiker.AlsActor(), actie, AuditObject, tafel.Id.ToString(), AuditResultaat.Geweigerd, herkomst, ct);
        }
        return TafelUitkomst<T>.Weg;
    }

    private async Task<TafelStand> StandAsync(Tafel t, CancellationToken ct)
    {
        var ids = t.Leden.Select(l => l.OrganisatieId).Append(t.GastOrganisatieId).Distinct().ToList();
        var namen = await NamenAsync(ids, ct);
        var open = await db.Set<TafelSignaal>().CountAsync(s => s.TafelId == t.Id && s.Besluit == null, ct);
        return new TafelStand(t, namen[t.GastOrganisatieId], t.Leden.Select(l => namen[l.OrganisatieId]).OrderBy(n => n.Naam, StringComparer.Ordinal).ToList(), open);
    }

    private async Task<Dictionary<Guid, OrganisatieNaam>> NamenAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await db.Set<Organisatie>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => new OrganisatieNaam(o.Id, o.Naam), ct);
}
