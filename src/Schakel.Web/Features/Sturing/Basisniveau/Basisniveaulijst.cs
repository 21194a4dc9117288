using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Core.Sturing;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Kennisbank;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using BasisniveauRegels = Schakel.Core.Sturing.Basisniveau;

namespace Schakel.Web.Features.Sturing;

public sealed record ItemStand(
    string Code, string NaamNl, string NaamEn, string Bron, Basisniveaustand Stand, string? Bewijs, bool Berekend,
    string? BevestigdDoorOrganisatie, string? BevestigdDoorRol, DateTimeOffset? BevestigdOp);

public sealed record AntwoordHistorie(string ItemCode, Basisniveaustand Stand, string? Bewijs, string Organisatie, string? Rol, DateTimeOffset Op);

/// <summary>
/// The policy document as shown: a knowledge-library item (title from the library, <see cref="KennisDocumentId"/> set) or,
/// for a document not in the library, the title and https link typed in.
/// </summary>
public sealed record Beleidsdocument(Guid? KennisDocumentId, string Titel, string? Link);

/// <summary>One change of the policy facts, by organisation and role (never a person's name) and when.</summary>
public sealed record BeleidHistorie(
    DateOnly? VastgesteldOp, Beleidsdocument? Document, int? EvaluatieIntervalJaren, DateOnly? LaatsteEvaluatieOp,
    string? Organisatie, string? Rol, DateTimeOffset Op);

public sealed record GemeenteChecklist(
    string CbsCode, string Naam, string Deelregio, IReadOnlyList<string> Districten, GemeenteBeleid? Beleid, DateOnly? EvaluatieVerwachtOp,
    IReadOnlyList<ItemStand> Items, IReadOnlyList<AntwoordHistorie> Historie)
{
    /// <summary>The policy document as it stood at the list's moment.</summary>
    public Beleidsdocument? Document { get; init; }

    /// <summary>Every change of the policy facts, newest first (only on a single municipality's list).</summary>
    public IReadOnlyList<BeleidHistorie> BeleidHistorie { get; init; } = [];

    public Basisniveauoordeel Oordeel => BasisniveauRegels.Oordeel([.. Items.Select(i => i.Stand)]);
    public IReadOnlyList<ItemStand> Ontbrekend => [.. Items.Where(i => i.Stand != Basisniveaustand.Ja)];
}

public sealed record GroepTelling(string Soort, string Naam, int Gemeenten, IReadOnlyDictionary<string, IReadOnlyDictionary<Basisniveaustand, int>> PerItem, IReadOnlyDictionary<Basisniveauoordeel, int> Oordelen);

public sealed record Matrix(IReadOnlyList<BasisniveauItem> Items, IReadOnlyList<GemeenteChecklist> Gemeenten, IReadOnlyList<GroepTelling> Groepen);

public sealed record BasisniveauInvoer(Basisniveaustand? Stand, string? Bewijs);

/// <summary>The policy facts; <c>KennisDocumentId</c> chooses the document from the knowledge library, the title and link are the fallback.</summary>
public sealed record BeleidInvoer(
    DateOnly? VastgesteldOp, string? DocumentTitel, string? DocumentLink, int? EvaluatieIntervalJaren, DateOnly? LaatsteEvaluatieOp, Guid? KennisDocumentId = null);

public abstract record BasisniveauUitkomst
{
    public sealed record Gelukt(ItemStand Item) : BasisniveauUitkomst;
    public sealed record NietGevonden : BasisniveauUitkomst;
    public sealed record Geweigerd : BasisniveauUitkomst;
    public sealed record Ongeldig(Dictionary<string, string[]> Fouten) : BasisniveauUitkomst;
}

/// <summary>The basic-level checklists: per municipality, the region's matrix with its roll-ups, and answering an item.</summary>
public sealed class Basisniveaulijst(
    SchakelDbContext db, BasisniveauBerekening berekening, SturingToegang toegang, AuditTrail audit, TimeProvider tijd, KennisbankOpslag kennisbank)
{
    public const int MaxBewijs = 2000;

    public async Task<GemeenteChecklist?> ChecklistAsync(string cbsCode, CancellationToken ct)
    {
        var lijst = await LaadAsync(g => g.CbsCode == cbsCode, metHistorie: true, ct);
        return lijst.SingleOrDefault();
    }

    /// <summary>
    /// The checklists of several municipalities in one read (for the monitor). With a <paramref name="peil"/> each list is
    /// as it stood on that moment: the newest answer given by then, computed items as of then, and the policy only when
    /// adopted (and evaluated) by then, as recorded by then (a later re-adoption leaves this list as it was).
    /// </summary>
    public Task<List<GemeenteChecklist>> ChecklistenAsync(IReadOnlyCollection<string> cbsCodes, DateTimeOffset? peil, CancellationToken ct)
    {
        var codes = cbsCodes.ToList();
        return LaadAsync(g => codes.Contains(g.CbsCode), metHistorie: false, ct, peil);
    }

    /// <summary>The police units that have municipalities in the reference data: the ones a matrix can be drawn for.</summary>
    public async Task<IReadOnlyList<Eenheid>> EenhedenAsync(CancellationToken ct)
    {
        var metGemeenten = await db.Set<Gemeente>().Select(g => g.EenheidCode).Distinct().ToListAsync(ct);
        return await db.Set<Eenheid>().AsNoTracking().Where(e => metGemeenten.Contains(e.Code)).OrderBy(e => e.Naam).ToListAsync(ct);
    }

    /// <summary>The unit's matrix; with <paramref name="peil"/> every checklist as it stood at that moment (the VNG reports).</summary>
    public async Task<Matrix> MatrixAsync(string eenheid, CancellationToken ct, DateTimeOffset? peil = null)
    {
        var gemeenten = await LaadAsync(g => g.EenheidCode == eenheid, metHistorie: false, ct, peil);
        var items = await Items(ct, peil);
        var groepen = new List<GroepTelling>();
        var districten = await db.Set<District>().AsNoTracking().Where(d => d.EenheidCode == eenheid).ToListAsync(ct);
        foreach (var d in districten.OrderBy(d => d.Code, StringComparer.Ordinal))
        {
            groepen.Add(Groep("district", $"{d.Code} {d.Naam}", gemeenten.Where(g => g.Districten.Contains(d.Id)).ToList(), items));
        }
        foreach (var r in gemeenten.Select(g => g.Deelregio).Where(r => r.Length > 0).Distinct().OrderBy(r => r, StringComparer.Ordinal))
        {
            groepen.Add(Groep("deelregio", r, gemeenten.Where(g => g.Deelregio == r).ToList(), items));
        }
        groepen.Add(Groep("regio", eenheid, gemeenten, items));
        return new Matrix(items, gemeenten, groepen);
    }

    private static GroepTelling Groep(string soort, string naam, IReadOnlyList<GemeenteChecklist> g, IReadOnlyList<BasisniveauItem> items) =>
        new(soort, naam, g.Count,
            items.ToDictionary(i => i.Code, i => BasisniveauRegels.Telling(g.Select(x => x.Items.Single(s => s.Code == i.Code).Stand))),
            Enum.GetValues<Basisniveauoordeel>().ToDictionary(o => o, o => g.Count(x => x.Oordeel == o)));

    /// <summary>The items of the checklist now, or at <paramref name="peil"/>: a retired item still counts before its retirement.</summary>
    private async Task<List<BasisniveauItem>> Items(CancellationToken ct, DateTimeOffset? peil = null) =>
        [.. (await db.Set<BasisniveauItem>().AsNoTracking().ToListAsync(ct)).Where(i => i.GoldOp(peil))
            .OrderBy(i => i.Volgorde).ThenBy(i => i.Code, StringComparer.Ordinal)];

    private async Task<List<GemeenteChecklist>> LaadAsync(
        System.Linq.Expressions.Expression<Func<Gemeente, bool>> filter, bool metHistorie, CancellationToken ct, DateTimeOffset? peil = null)
    {
        var gemeenten = await db.Set<Gemeente>().AsNoTracking().Include(g => g.Districten).Where(filter).OrderBy(g => g.Naam).ToListAsync(ct);
        var codes = gemeenten.Select(g => g.CbsCode).ToList();
        var items = await Items(ct, peil);
        var antwoorden = await (from a in db.Set<BasisniveauAntwoord>().AsNoTracking()
                                join o in db.Set<Organisatie>() on a.OrganisatieId equals o.Id
                                where codes.Contains(a.GemeenteCode)
                                select new { a, o.Naam }).ToListAsync(ct);
        var beleid = await db.Set<GemeenteBeleid>().AsNoTracking().Where(b => codes.Contains(b.GemeenteCode)).ToDictionaryAsync(b => b.GemeenteCode, ct);
        var versies = metHistorie || peil is not null
            ? await (from v in db.Set<GemeenteBeleidVersie>().AsNoTracking()
                     join o in db.Set<Organisatie>() on v.OrganisatieId equals o.Id into org
                     from o in org.DefaultIfEmpty()
                     where codes.Contains(v.GemeenteCode)
                     select new { v, Organisatie = o == null ? null : o.Naam }).ToListAsync(ct)
            : [];
        // Compared here, not in SQL: SQLite cannot order DateTimeOffset values.
        versies = [.. versies.Where(x => peil is null || x.v.VastgelegdOp <= peil)];
        if (peil is { } p)
        {
            // The policy as recorded by then (the newest version of that moment), and of it only what had happened by then.
            var peildag = DateOnly.FromDateTime(p.UtcDateTime);
            antwoorden = [.. antwoorden.Where(x => x.a.BevestigdOp <= p)];
            beleid = versies.GroupBy(x => x.v.GemeenteCode).Select(g => g.MaxBy(x => x.v.VastgelegdOp)!.v).Select(b => new GemeenteBeleid
            {
                GemeenteCode = b.GemeenteCode, VastgesteldOp = b.VastgesteldOp <= peildag ? b.VastgesteldOp : null,
                DocumentTitel = b.VastgesteldOp <= peildag ? b.DocumentTitel : null, DocumentLink = b.VastgesteldOp <= peildag ? b.DocumentLink : null,
                KennisDocumentId = b.VastgesteldOp <= peildag ? b.KennisDocumentId : null,
                EvaluatieIntervalJaren = b.EvaluatieIntervalJaren, LaatsteEvaluatieOp = b.LaatsteEvaluatieOp <= peildag ? b.LaatsteEvaluatieOp : null,
            }).ToDictionary(b => b.GemeenteCode);
        }
        var documentIds = beleid.Values.Select(b => b.KennisDocumentId).Concat(versies.Select(x => x.v.KennisDocumentId)).OfType<Guid>().Distinct().ToList();
        var titels = await db.Set<KennisDocument>().AsNoTracking().Where(d => documentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Titel, ct);
        Beleidsdocument? Document(Guid? kennisDocumentId, string? titel, string? link) =>
            kennisDocumentId is { } id && titels.TryGetValue(id, out var t) ? new(id, t, KennisbankPad(id))
            : titel is not null || link is not null ? new(null, titel ?? link!, link) : null;

        var berekend = await berekening.BerekenAsync(codes, ct, peil);
        return [.. gemeenten.Select(g =>
        {
            var eigen = antwoorden.Where(x => x.a.GemeenteCode == g.CbsCode).ToList();
            var standen = items.Select(i =>
            {
                if (i.Berekening is { } b && berekend.TryGetValue((g.CbsCode, b), out var uitkomst))
                {
                    return new ItemStand(i.Code, i.NaamNl, i.NaamEn, i.Bron, uitkomst.Stand, uitkomst.Bewijs, true, "Schakel", null, null);
                }
                var laatste = eigen.Where(x => x.a.ItemCode == i.Code).OrderByDescending(x => x.a.BevestigdOp).FirstOrDefault();
                return laatste is null
                    ? new ItemStand(i.Code, i.NaamNl, i.NaamEn, i.Bron, Basisniveaustand.Onbekend, null, false, null, null, null)
                    : new ItemStand(i.Code, i.NaamNl, i.NaamEn, i.Bron, laatste.a.Stand, laatste.a.Bewijs, false, laatste.Naam, laatste.a.BevestigdDoor, laatste.a.BevestigdOp);
            }).ToList();
            var b = beleid.GetValueOrDefault(g.CbsCode);
            var historie = metHistorie
                ? eigen.OrderByDescending(x => x.a.BevestigdOp).Select(x => new AntwoordHistorie(x.a.ItemCode, x.a.Stand, x.a.Bewijs, x.Naam, x.a.BevestigdDoor, x.a.BevestigdOp)).ToList()
                : [];
            return new GemeenteChecklist(g.CbsCode, g.Naam, g.Deelregio, [.. g.Districten.Select(d => d.DistrictId)], b,
                BasisniveauRegels.EvaluatieVerwachtOp(b?.VastgesteldOp, b?.LaatsteEvaluatieOp, b?.EvaluatieIntervalJaren), standen, historie)
            {
                Document = b is null ? null : Document(b.KennisDocumentId, b.DocumentTitel, b.DocumentLink),
                BeleidHistorie = metHistorie
                    ? [.. versies.Where(x => x.v.GemeenteCode == g.CbsCode).OrderByDescending(x => x.v.VastgelegdOp).Select(x => new BeleidHistorie(
                        x.v.VastgesteldOp, Document(x.v.KennisDocumentId, x.v.DocumentTitel, x.v.DocumentLink), x.v.EvaluatieIntervalJaren,
                        x.v.LaatsteEvaluatieOp, x.Organisatie, x.v.Rol, x.v.VastgelegdOp))]
                    : [],
            };
        })];
    }

    /// <summary>A new answer for a hand-kept item; computed items refuse input (they follow the data).</summary>
    public async Task<BasisniveauUitkomst> ZetAsync(string cbsCode, string itemCode, BasisniveauInvoer invoer, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct)
    {
        var item = await db.Set<BasisniveauItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Code == itemCode && i.Actief, ct);
        if (item is null || !await db.Set<Gemeente>().AnyAsync(g => g.CbsCode == cbsCode, ct))
        {
            return new BasisniveauUitkomst.NietGevonden();
        }
        if (!await toegang.MagBasisniveauZettenAsync(gebruiker, cbsCode, ct))
        {
            await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), "sturing.basisniveau.gezet", "Basisniveau", $"{cbsCode}/{itemCode}", AuditResultaat.Geweigerd, herkomst), ct);
            return new BasisniveauUitkomst.Geweigerd();
        }
        var fouten = new Dictionary<string, string[]>();
        if (invoer.Stand is null)
        {
            fouten["stand"] = ["Kies ja, deels, nee of onbekend."];
        }
        if (invoer.Bewijs?.Length > MaxBewijs)
        {
            fouten["bewijs"] = [$"Het bewijs is langer dan {MaxBewijs} tekens."];
        }
        if (item.Berekening is { } b && (await berekening.BerekenAsync([cbsCode], ct)).ContainsKey((cbsCode, b)))
        {
            fouten["stand"] = ["Dit item berekent Schakel uit zijn eigen gegevens; het wordt niet met de hand gezet."];
        }
        if (fouten.Count > 0)
        {
            return new BasisniveauUitkomst.Ongeldig(fouten);
        }
        var rol = gebruiker.IsInRole(Rollen.Aandachtsfunctionaris) ? Rollen.Aandachtsfunctionaris : Rollen.Ketenregisseur;
        db.Add(new BasisniveauAntwoord
        {
            Id = Guid.CreateVersion7(), GemeenteCode = cbsCode, ItemCode = itemCode, Stand = invoer.Stand!.Value,
            Bewijs = string.IsNullOrWhiteSpace(invoer.Bewijs) ? null : invoer.Bewijs.Trim(), OrganisatieId = gebruiker.OrganisatieId()!.Value,
            BevestigdDoor = rol, BevestigdOp = tijd.GetUtcNow(),
        });
        await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), "sturing.basisniveau.gezet", "Basisniveau", $"{cbsCode}/{itemCode}", AuditResultaat.Gelukt, herkomst), ct);
        var lijst = await ChecklistAsync(cbsCode, ct);
        return new BasisniveauUitkomst.Gelukt(lijst!.Items.Single(i => i.Code == itemCode));
    }

    /// <summary>The knowledge library's page of a document (it asks a professional to sign in for a restricted one).</summary>
    public static string KennisbankPad(Guid id) => $"/kennisbank/{id}";

    /// <summary>
    /// The knowledge-library documents a municipality's policy may point to: those its focal officer may read (the public
    /// ones, and the restricted ones while the focal-officer role reads the library), and that <paramref name="gebruiker"/> may read.
    /// </summary>
    public async Task<IReadOnlyList<KennisDocument>> BeleidsdocumentenAsync(ClaimsPrincipal gebruiker, CancellationToken ct)
    {
        var beperkt = Keten.KetenBeleid.RollenLezen.Contains(Rollen.Aandachtsfunctionaris) && await kennisbank.IsProfessionalAsync(gebruiker);
        return await db.Set<KennisDocument>().AsNoTracking().Where(d => beperkt || d.Openbaar)
            .OrderBy(d => d.Soort == KennisSoort.Beleid ? 0 : 1).ThenBy(d => d.Titel).ToListAsync(ct);
    }

    /// <summary>
    /// The municipality's own policy facts: adoption date, the document (from the knowledge library; a title and https
    /// link only for a document not in it) and its own evaluation interval. A new last-evaluation date starts the interval
    /// again. Every change is a new version (organisation, role, moment) beside the current state, in one transaction.
    /// </summary>
    public async Task<BasisniveauUitkomst> ZetBeleidAsync(string cbsCode, BeleidInvoer invoer, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct)
    {
        if (!await db.Set<Gemeente>().AnyAsync(g => g.CbsCode == cbsCode, ct))
        {
            return new BasisniveauUitkomst.NietGevonden();
        }
        if (!await toegang.MagBasisniveauZettenAsync(gebruiker, cbsCode, ct))
        {
            await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), "sturing.beleid.gezet", nameof(GemeenteBeleid), cbsCode, AuditResultaat.Geweigerd, herkomst), ct);
            return new BasisniveauUitkomst.Geweigerd();
        }
        var fouten = new Dictionary<string, string[]>();
        var vandaag = DateOnly.FromDateTime(tijd.GetUtcNow().UtcDateTime);
        if (invoer.EvaluatieIntervalJaren is < 1 or > 10)
        {
            fouten["evaluatieIntervalJaren"] = ["Geef een interval van 1 tot 10 jaar."];
        }
        if (invoer.VastgesteldOp > vandaag)
        {
            fouten["vastgesteldOp"] = ["De vaststelling ligt in de toekomst."];
        }
        if (invoer.LaatsteEvaluatieOp > vandaag)
        {
            fouten["laatsteEvaluatieOp"] = ["De evaluatie ligt in de toekomst."];
        }
        if (invoer.DocumentTitel?.Length > 300)
        {
            fouten["documentTitel"] = ["De titel is langer dan 300 tekens."];
        }
        if (!string.IsNullOrWhiteSpace(invoer.DocumentLink)
            && (invoer.DocumentLink.Length > 400 || !Uri.TryCreate(invoer.DocumentLink, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            fouten["documentLink"] = ["Geef een https-adres van hoogstens 400 tekens."];
        }
        if (invoer.KennisDocumentId is { } kennisId && !(await BeleidsdocumentenAsync(gebruiker, ct)).Any(d => d.Id == kennisId))
        {
            fouten["kennisDocumentId"] = ["Kies een document uit de kennisbank dat de aandachtsfunctionaris mag inzien."];
        }
        if (fouten.Count > 0)
        {
            return new BasisniveauUitkomst.Ongeldig(fouten);
        }
        var b = await db.Set<GemeenteBeleid>().FirstOrDefaultAsync(x => x.GemeenteCode == cbsCode, ct);
        if (b is null)
        {
            b = new GemeenteBeleid { GemeenteCode = cbsCode };
            db.Add(b);
        }
        b.VastgesteldOp = invoer.VastgesteldOp;
        b.DocumentTitel = string.IsNullOrWhiteSpace(invoer.DocumentTitel) ? null : invoer.DocumentTitel.Trim();
        b.DocumentLink = string.IsNullOrWhiteSpace(invoer.DocumentLink) ? null : invoer.DocumentLink.Trim();
        b.EvaluatieIntervalJaren = invoer.EvaluatieIntervalJaren;
        b.LaatsteEvaluatieOp = invoer.LaatsteEvaluatieOp;
        b.KennisDocumentId = invoer.KennisDocumentId;
        db.Add(new GemeenteBeleidVersie
        {
            Id = Guid.CreateVersion7(), GemeenteCode = cbsCode, VastgesteldOp = b.VastgesteldOp, DocumentTitel = b.DocumentTitel, DocumentLink = b.DocumentLink,
            KennisDocumentId = b.KennisDocumentId, EvaluatieIntervalJaren = b.EvaluatieIntervalJaren, LaatsteEvaluatieOp = b.LaatsteEvaluatieOp,
            OrganisatieId = gebruiker.OrganisatieId(), Rol = gebruiker.IsInRole(Rollen.Aandachtsfunctionaris) ? Rollen.Aandachtsfunctionaris : Rollen.Ketenregisseur,
            VastgelegdOp = tijd.GetUtcNow(),
        });
        await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), "sturing.beleid.gezet", nameof(GemeenteBeleid), cbsCode, AuditResultaat.Gelukt, herkomst), ct);
        return new BasisniveauUitkomst.Gelukt((await ChecklistAsync(cbsCode, ct))!.Items[0]);
    }
}
