using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Keten;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Overleg;

public sealed record OrgaanStand(Overlegorgaan Orgaan, int AantalBijeenkomsten, DateTimeOffset? Laatste, bool FrequentieGemist);

public sealed record BijeenkomstStand(
    Bijeenkomst Bijeenkomst, IReadOnlyList<Organisatie> Aanwezig, IReadOnlyList<DistrictTekort> QuorumTekort)
{
    public bool QuorumGemist => QuorumTekort.Count > 0;
}

public sealed record OrgaanDetail(OrgaanStand Stand, IReadOnlyList<Organisatie> Leden, IReadOnlyList<BijeenkomstStand> Bijeenkomsten);

public sealed record PuntInvoer(BesluitpuntSoort Soort, string? Tekst, Guid? ActieId, Guid? ActiehouderId);

/// <param name="Id">The form's one-time id (a second post of the same form finds the stored meeting); null: a new id.</param>
public sealed record BijeenkomstInvoer(Guid? Id, DateTimeOffset? Datum, string? Agenda, IReadOnlyList<Guid> Aanwezig, IReadOnlyList<PuntInvoer> Punten);

public sealed record BijeenkomstUitkomst(BijeenkomstStand? Opgeslagen, IReadOnlyDictionary<string, string[]> Fouten, bool Bestond = false);

/// <summary>Linking one decision point to an action: the point as stored, or the errors (<c>Gevonden</c> false: no such point in this body).</summary>
public sealed record KoppelUitkomst(bool Gevonden, Besluitpunt? Punt, IReadOnlyDictionary<string, string[]> Fouten);

/// <summary>
/// The standing bodies and their meetings: reads with the flags (frequency missed, quorum not met) and the
/// recording of a meeting, validated all at once and stored with its audit entry in one transaction.
/// </summary>
public sealed class OverlegOpslag(SchakelDbContext db, AuditTrail audit, TimeProvider tijd, IActiekeuze acties)
{
    public const string AuditObject = "Bijeenkomst";
    public const string AuditObjectPunt = "Besluitpunt";
    public const string OnbekendeActie = "Deze actie bestaat niet of u mag haar niet zien.";
    public const int MaxAgenda = 4000;
    public const int MaxPuntTekst = 2000;
    public const int MaxPunten = 50;

    /// <summary>A meeting is on a day: stored as noon Dutch time on that day, so it reads back as the same date everywhere.</summary>
    public static DateTimeOffset Middag(DateOnly dag)
    {
        var lokaal = dag.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(lokaal, Shell.NederlandseTijd.Zone.GetUtcOffset(lokaal)).ToUniversalTime();
    }

    public static DateOnly Dag(DateTimeOffset moment) => DateOnly.FromDateTime(Shell.NederlandseTijd.Lokaal(moment).DateTime);

    public async Task<IReadOnlyList<OrgaanStand>> OrganenAsync(CancellationToken ct = default)
    {
        var organen = await db.Set<Overlegorgaan>().AsNoTracking().OrderBy(o => o.Naam).ToListAsync(ct);
        var datums = (await db.Set<Bijeenkomst>().AsNoTracking().Select(b => new { b.OverlegorgaanId, b.Datum }).ToListAsync(ct))
            .ToLookup(b => b.OverlegorgaanId, b => b.Datum);
        return organen.Select(o => Stand(o, datums[o.Id].ToList())).ToList();
    }

    public async Task<OrgaanDetail?> OrgaanAsync(Guid id, CancellationToken ct = default)
    {
        var orgaan = await db.Set<Overlegorgaan>().AsNoTracking().Include(o => o.Leden).SingleOrDefaultAsync(o => o.Id == id, ct);
        if (orgaan is null)
        {
            return null;
        }
        var bijeenkomsten = (await db.Set<Bijeenkomst>().AsNoTracking().Include(b => b.Aanwezig).Include(b => b.Punten)
            .Where(b => b.OverlegorgaanId == id).ToListAsync(ct)).OrderByDescending(b => b.Datum).ToList();
        var organisaties = await db.Set<Organisatie>().AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
        var districten = await DistrictenAsync(orgaan.EenheidCode, ct);
        var leden = orgaan.Leden.Select(l => organisaties.GetValueOrDefault(l.OrganisatieId)).OfType<Organisatie>().OrderBy(o => o.Naam).ToList();
        return new OrgaanDetail(
            Stand(orgaan, bijeenkomsten.Select(b => b.Datum).ToList()),
            leden,
            bijeenkomsten.Select(b => StandVan(orgaan, b, organisaties, districten)).ToList());
    }

    public async Task<BijeenkomstUitkomst> VastleggenAsync(Guid orgaanId, BijeenkomstInvoer invoer, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct = default)
    {
        var actor = gebruiker.AlsActor();
        var orgaan = await db.Set<Overlegorgaan>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == orgaanId, ct);
        if (orgaan is null)
        {
            return new(null, new Dictionary<string, string[]> { ["overleg"] = ["Dit overleg bestaat niet."] });
        }
        if (invoer.Id is { } eerder && await db.Set<Bijeenkomst>().AnyAsync(b => b.Id == eerder, ct))
        {
            // The same form posted twice: the first post stored it.
            var detail = await OrgaanAsync(orgaanId, ct);
            return new(detail?.Bijeenkomsten.SingleOrDefault(b => b.Bijeenkomst.Id == eerder), new Dictionary<string, string[]>(), Bestond: true);
        }

        var fouten = new Dictionary<string, List<string>>();
        void Fout(string veld, string tekst)
        {
            if (!fouten.TryGetValue(veld, out var lijst))
            {
                fouten[veld] = lijst = [];
            }
            lijst.Add(tekst);
        }
        var nu = tijd.GetUtcNow();
        if (invoer.Datum is not { } datum)
        {
            Fout("datum", "Geef de datum van de bijeenkomst.");
        }
        else if (datum > nu.AddYears(1) || datum < nu.AddYears(-10))
        {
            Fout("datum", "De datum ligt niet binnen tien jaar terug en een jaar vooruit.");
        }
        if (string.IsNullOrWhiteSpace(invoer.Agenda))
        {
            Fout("agenda", "Geef de agenda.");
        }
        else if (invoer.Agenda.Length > MaxAgenda)
        {
            Fout("agenda", $"De agenda is hoogstens {MaxAgenda} tekens.");
        }
        var bekend = (await db.Set<Organisatie>().Select(o => o.Id).ToListAsync(ct)).ToHashSet();
        for (var i = 0; i < invoer.Aanwezig.Count; i++)
        {
            if (!bekend.Contains(invoer.Aanwezig[i]))
            {
                Fout($"aanwezig[{i}]", "Deze organisatie bestaat niet.");
            }
        }
        if (invoer.Punten.Count > MaxPunten)
        {
            Fout("punten", $"Hoogstens {MaxPunten} besluiten en actiepunten per bijeenkomst.");
        }
        var zichtbaar = await acties.ZichtbaarAsync(gebruiker, [.. invoer.Punten.Select(punt => punt?.ActieId).OfType<Guid>()], ct);
        for (var i = 0; i < invoer.Punten.Count; i++)
        {
            var p = invoer.Punten[i];
            if (string.IsNullOrWhiteSpace(p.Tekst) || p.Tekst.Length > MaxPuntTekst)
            {
                Fout($"punten[{i}].tekst", $"Elk besluit en actiepunt heeft een tekst van hoogstens {MaxPuntTekst} tekens.");
            }
            if (p.ActiehouderId is { } houder && !bekend.Contains(houder))
            {
                Fout($"punten[{i}].actiehouderId", "Deze organisatie bestaat niet.");
            }
            if (p.ActieId is { } actie && !zichtbaar.Contains(actie))
            {
                Fout($"punten[{i}].actieId", OnbekendeActie);
            }
            if (p.Soort == BesluitpuntSoort.Besluit && p.ActiehouderId is not null)
            {
                Fout($"punten[{i}].actiehouderId", "Alleen een actiepunt heeft een actiehouder.");
            }
        }
        if (fouten.Count > 0)
        {
            return new(null, fouten.ToDictionary(f => f.Key, f => f.Value.ToArray()));
        }

        var id = invoer.Id ?? Guid.CreateVersion7();
        var bijeenkomst = new Bijeenkomst
        {
            Id = id, OverlegorgaanId = orgaanId, Datum = invoer.Datum!.Value.ToUniversalTime(), Agenda = invoer.Agenda!.Trim(),
            VastgelegdOp = nu, VastgelegdDoor = actor.Id,
            Aanwezig = invoer.Aanwezig.Distinct().Select(o => new BijeenkomstAanwezigheid { BijeenkomstId = id, OrganisatieId = o }).ToList(),
            Punten = invoer.Punten.Select((p, i) => new Besluitpunt
            {
                Id = Guid.CreateVersion7(), BijeenkomstId = id, Volgorde = i + 1, Soort = p.Soort, Tekst = p.Tekst!.Trim(),
                ActieId = p.ActieId, ActiehouderId = p.ActiehouderId,
            }).ToList(),
        };
        db.Add(bijeenkomst);
        try
        {
            await audit.VastleggenAsync(db, new AuditInvoer(actor, "overleg.bijeenkomst.vastgelegd", AuditObject, id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        }
        catch (DbUpdateException)
        {
            // The same one-time id posted twice at once: the other request stored it.
            db.ChangeTracker.Clear();
            var detail = await OrgaanAsync(orgaanId, ct);
            return new(detail?.Bijeenkomsten.SingleOrDefault(b => b.Bijeenkomst.Id == id), new Dictionary<string, string[]>(), Bestond: true);
        }
        var opgeslagen = (await OrgaanAsync(orgaanId, ct))!.Bijeenkomsten.Single(b => b.Bijeenkomst.Id == id);
        return new(opgeslagen, new Dictionary<string, string[]>());
    }

    /// <summary>
    /// Links a stored decision point of a meeting of this body to an action (or removes the link with null), checked
    /// against the actions this professional may see; stored with its audit entry in one transaction.
    /// </summary>
    public async Task<KoppelUitkomst> KoppelActieAsync(Guid orgaanId, Guid puntId, Guid? actieId, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct = default)
    {
        var punt = await (from p in db.Set<Besluitpunt>()
                          join b in db.Set<Bijeenkomst>() on p.BijeenkomstId equals b.Id
                          where p.Id == puntId && b.OverlegorgaanId == orgaanId
                          select p).SingleOrDefaultAsync(ct);
        if (punt is null)
        {
            return new(false, null, new Dictionary<string, string[]>());
        }
        if (actieId is { } actie && !(await acties.ZichtbaarAsync(gebruiker, [actie], ct)).Contains(actie))
        {
            return new(true, null, new Dictionary<string, string[]> { ["actieId"] = [OnbekendeActie] });
        }
        punt.ActieId = actieId;
        await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), actieId is null ? "overleg.besluitpunt.ontkoppeld" : "overleg.besluitpunt.gekoppeld",
            AuditObjectPunt, punt.Id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return new(true, punt, new Dictionary<string, string[]>());
    }

    private OrgaanStand Stand(Overlegorgaan orgaan, IReadOnlyList<DateTimeOffset> datums)
    {
        var nu = tijd.GetUtcNow();
        var verleden = datums.Where(d => d <= nu).ToList();
        DateTimeOffset? laatste = verleden.Count == 0 ? null : verleden.Max();
        return new OrgaanStand(orgaan, datums.Count, laatste,
            Overlegtoets.FrequentieGemist(orgaan.MinimaalPerJaar, laatste, orgaan.VastgelegdOp, nu));
    }

    private static BijeenkomstStand StandVan(
        Overlegorgaan orgaan, Bijeenkomst b, IReadOnlyDictionary<Guid, Organisatie> organisaties,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> districten)
    {
        var aanwezig = b.Aanwezig.Select(a => organisaties.GetValueOrDefault(a.OrganisatieId)).OfType<Organisatie>().OrderBy(o => o.Naam).ToList();
        var gemeenten = aanwezig.Where(o => o.Type == OrganisatieType.Gemeente && o.GemeenteCode is not null).Select(o => o.GemeenteCode!).ToList();
        b.Punten = b.Punten.OrderBy(p => p.Volgorde).ToList();
        return new BijeenkomstStand(b, aanwezig, Overlegtoets.Quorum(orgaan.Quorumregel, districten, gemeenten));
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyCollection<string>>> DistrictenAsync(string eenheid, CancellationToken ct)
    {
        var rijen = await db.Set<GemeenteDistrict>().AsNoTracking()
            .Join(db.Set<District>().Where(d => d.EenheidCode == eenheid), gd => gd.DistrictId, d => d.Id, (gd, d) => new { d.Code, gd.CbsCode })
            .ToListAsync(ct);
        return rijen.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.Select(r => r.CbsCode).ToList());
    }
}
