using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Invoer;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Sturing;

/// <summary>An item as typed on the items page: names in Dutch and English, an optional description, its place and source.</summary>
public sealed record ItemInvoer(string? NaamNl, string? NaamEn, string? Beschrijving, int? Volgorde, string? Bron);

public abstract record ItembeheerUitkomst
{
    public sealed record Gelukt(IReadOnlyList<string> Codes) : ItembeheerUitkomst;
    public sealed record NietGevonden : ItembeheerUitkomst;
    public sealed record Geweigerd : ItembeheerUitkomst;

    /// <summary>Per field a text key of <c>SturingTeksten</c>; for a load, <c>Regels</c> names the lines at fault.</summary>
    public sealed record Ongeldig(Dictionary<string, string> Fouten, IReadOnlyList<int>? Regels = null) : ItembeheerUitkomst;
}

/// <summary>
/// The checklist items as managed data (issue 15: "the VNG framework's items are loaded as they come"): the beheerder
/// and the ketenregisseur add an item, reword it (nl + en), reorder or describe it, retire it, or load a set at once.
/// An item's code is its key and is never changed, so a computed item (<see cref="BasisniveauBerekening"/>) keeps its
/// computation; computed items are never retired. A retired item leaves the current checklist and the matrix but keeps
/// its answers, and a checklist as of an earlier moment still shows it. Every change is written with its audit entry in
/// one transaction; a load is all or nothing.
/// </summary>
public sealed class BasisniveauItembeheer(SchakelDbContext db, AuditTrail audit, TimeProvider tijd)
{
    public const string AuditObject = "BasisniveauItem";
    public const int MaxNaam = 300;
    public const int MaxBeschrijving = 1000;
    public const int MaxVolgorde = 10_000;
    public const int MaxRegels = 200;

    public static bool MagBeheren(ClaimsPrincipal u) => u.IsInRole(Rollen.Beheerder) || u.IsInRole(Rollen.Ketenregisseur);

    /// <summary>Every item: the current ones in their order, then the retired ones.</summary>
    public async Task<IReadOnlyList<BasisniveauItem>> AlleAsync(CancellationToken ct) =>
        [.. (await db.Set<BasisniveauItem>().AsNoTracking().ToListAsync(ct))
            .OrderByDescending(i => i.Actief).ThenBy(i => i.Volgorde).ThenBy(i => i.Code, StringComparer.Ordinal)];

    public async Task<ItembeheerUitkomst> ToevoegenAsync(ItemInvoer invoer, ClaimsPrincipal u, string herkomst, CancellationToken ct)
    {
        if (await WeigerAsync(u, "sturing.basisniveau-item.toegevoegd", "nieuw", herkomst, ct))
        {
            return new ItembeheerUitkomst.Geweigerd();
        }
        var fouten = Controleer(invoer);
        var namen = await ActieveNamenAsync(null, ct);
        if (!fouten.ContainsKey("naamNl") && namen.Contains(invoer.NaamNl!.Trim()))
        {
            fouten["naamNl"] = "ItemFout_dubbel";
        }
        if (fouten.Count > 0)
        {
            return new ItembeheerUitkomst.Ongeldig(fouten);
        }
        var codes = await db.Set<BasisniveauItem>().Select(i => i.Code).ToListAsync(ct);
        var volgorde = invoer.Volgorde ?? (await VolgendeAsync(ct));
        var item = Nieuw(invoer, Code(invoer.NaamNl!, codes), volgorde, invoer.Bron);
        db.Add(item);
        await audit.VastleggenAsync(db, Entry(u, "sturing.basisniveau-item.toegevoegd", item.Code, herkomst), ct);
        return new ItembeheerUitkomst.Gelukt([item.Code]);
    }

    /// <summary>New names, description, place or source; the code (and with it a computation) stays.</summary>
    public async Task<ItembeheerUitkomst> WijzigenAsync(string code, ItemInvoer invoer, ClaimsPrincipal u, string herkomst, CancellationToken ct)
    {
        if (await WeigerAsync(u, "sturing.basisniveau-item.gewijzigd", code, herkomst, ct))
        {
            return new ItembeheerUitkomst.Geweigerd();
        }
        var item = await db.Set<BasisniveauItem>().FirstOrDefaultAsync(i => i.Code == code, ct);
        if (item is null)
        {
            return new ItembeheerUitkomst.NietGevonden();
        }
        var fouten = Controleer(invoer);
        if (!fouten.ContainsKey("naamNl") && (await ActieveNamenAsync(code, ct)).Contains(invoer.NaamNl!.Trim()))
        {
            fouten["naamNl"] = "ItemFout_dubbel";
        }
        if (fouten.Count > 0)
        {
            return new ItembeheerUitkomst.Ongeldig(fouten);
        }
        item.NaamNl = invoer.NaamNl!.Trim();
        item.NaamEn = invoer.NaamEn!.Trim();
        item.Beschrijving = Leeg(invoer.Beschrijving);
        item.Volgorde = invoer.Volgorde ?? item.Volgorde;
        item.Bron = Leeg(invoer.Bron) ?? item.Bron;
        await audit.VastleggenAsync(db, Entry(u, "sturing.basisniveau-item.gewijzigd", code, herkomst), ct);
        return new ItembeheerUitkomst.Gelukt([code]);
    }

    /// <summary>Retires a hand-kept item; a computed one follows Schakel's data and stays.</summary>
    public async Task<ItembeheerUitkomst> BeeindigenAsync(string code, ClaimsPrincipal u, string herkomst, CancellationToken ct)
    {
        if (await WeigerAsync(u, "sturing.basisniveau-item.beeindigd", code, herkomst, ct))
        {
            return new ItembeheerUitkomst.Geweigerd();
        }
        var item = await db.Set<BasisniveauItem>().FirstOrDefaultAsync(i => i.Code == code, ct);
        if (item is null)
        {
            return new ItembeheerUitkomst.NietGevonden();
        }
        if (item.Berekening is not null)
        {
            return new ItembeheerUitkomst.Ongeldig(new() { ["item"] = "ItemFout_berekend" });
        }
        if (!item.Actief)
        {
            return new ItembeheerUitkomst.Ongeldig(new() { ["item"] = "ItemFout_alBeeindigd" });
        }
        item.Actief = false;
        item.BeeindigdOp = tijd.GetUtcNow();
        await audit.VastleggenAsync(db, Entry(u, "sturing.basisniveau-item.beeindigd", code, herkomst), ct);
        return new ItembeheerUitkomst.Gelukt([code]);
    }

    /// <summary>
    /// Loads a set of items at once, one a line: "Dutch name | English name", optionally "| description". All or nothing:
    /// one faulty line (or a name twice, or one already on the checklist) and none is added.
    /// </summary>
    public async Task<ItembeheerUitkomst> LadenAsync(string? tekst, string? bron, ClaimsPrincipal u, string herkomst, CancellationToken ct)
    {
        if (await WeigerAsync(u, "sturing.basisniveau-item.toegevoegd", "laden", herkomst, ct))
        {
            return new ItembeheerUitkomst.Geweigerd();
        }
        var fouten = new Dictionary<string, string>();
        var regels = (tekst ?? "").Split('\n').Select(r => r.TrimEnd('\r')).Select((r, n) => (Tekst: r, Nummer: n + 1))
            .Where(r => !string.IsNullOrWhiteSpace(r.Tekst)).ToList();
        if (regels.Count == 0 || regels.Count > MaxRegels)
        {
            fouten["tekst"] = "ItemFout_laden";
        }
        if (string.IsNullOrWhiteSpace(bron) || bron.Trim().Length > MaxNaam || !Invoertekst.IsToegestaan(bron))
        {
            fouten["bron"] = "ItemFout_bron";
        }
        var namen = await ActieveNamenAsync(null, ct);
        var invoer = new List<ItemInvoer>();
        var fout = new List<int>();
        foreach (var (regel, nummer) in regels.Take(MaxRegels))
        {
            var delen = regel.Split('|');
            var i = new ItemInvoer(delen[0], delen.Length > 1 ? delen[1] : null, delen.Length > 2 ? string.Join('|', delen[2..]) : null, null, bron);
            if (delen.Length < 2 || Controleer(i).Count > 0 || !namen.Add(i.NaamNl!.Trim()))
            {
                fout.Add(nummer);
            }
            invoer.Add(i);
        }
        if (fout.Count > 0)
        {
            fouten["tekst"] = "ItemFout_regels";
        }
        if (fouten.Count > 0)
        {
            return new ItembeheerUitkomst.Ongeldig(fouten, fout);
        }
        var codes = await db.Set<BasisniveauItem>().Select(i => i.Code).ToListAsync(ct);
        var volgorde = await VolgendeAsync(ct);
        var nieuw = new List<BasisniveauItem>();
        foreach (var i in invoer)
        {
            var item = Nieuw(i, Code(i.NaamNl!, codes), volgorde++, bron);
            codes.Add(item.Code);
            nieuw.Add(item);
        }
        db.AddRange(nieuw);
        await audit.VastleggenAsync(db, [.. nieuw.Select(i => Entry(u, "sturing.basisniveau-item.toegevoegd", i.Code, herkomst))], ct);
        return new ItembeheerUitkomst.Gelukt([.. nieuw.Select(i => i.Code)]);
    }

    private async Task<bool> WeigerAsync(ClaimsPrincipal u, string actie, string id, string herkomst, CancellationToken ct)
    {
        if (MagBeheren(u))
        {
            return false;
        }
        await audit.VastleggenAsync(db, new AuditInvoer(u.AlsActor(), actie, AuditObject, id, AuditResultaat.Geweigerd, herkomst), ct);
        return true;
    }

    private static AuditInvoer Entry(ClaimsPrincipal u, string actie, string code, string herkomst) =>
        new(u.AlsActor(), actie, AuditObject, code, AuditResultaat.Gelukt, herkomst);

    private static Dictionary<string, string> Controleer(ItemInvoer i)
    {
        var fouten = new Dictionary<string, string>();
        static bool Naam(string? s) => !string.IsNullOrWhiteSpace(s) && s.Trim().Length <= MaxNaam && Invoertekst.IsToegestaan(s);
        if (!Naam(i.NaamNl))
        {
            fouten["naamNl"] = "ItemFout_naam";
        }
        if (!Naam(i.NaamEn))
        {
            fouten["naamEn"] = "ItemFout_naam";
        }
        if (i.Beschrijving?.Trim().Length > MaxBeschrijving || !Invoertekst.IsToegestaan(i.Beschrijving))
        {
            fouten["beschrijving"] = "ItemFout_beschrijving";
        }
        if (i.Volgorde is < 1 or > MaxVolgorde)
        {
            fouten["volgorde"] = "ItemFout_volgorde";
        }
        if (i.Bron?.Trim().Length > MaxNaam || !Invoertekst.IsToegestaan(i.Bron))
        {
            fouten["bron"] = "ItemFout_bron";
        }
        return fouten;
    }

    private async Task<HashSet<string>> ActieveNamenAsync(string? behalve, CancellationToken ct) =>
        new(await db.Set<BasisniveauItem>().Where(i => i.Actief && i.Code != behalve).Select(i => i.NaamNl).ToListAsync(ct), StringComparer.OrdinalIgnoreCase);

    private async Task<int> VolgendeAsync(CancellationToken ct) =>
        (await db.Set<BasisniveauItem>().Select(i => (int?)i.Volgorde).MaxAsync(ct) ?? 0) + 1;

    private BasisniveauItem Nieuw(ItemInvoer i, string code, int volgorde, string? bron) => new()
    {
        Code = code, Volgorde = volgorde, NaamNl = i.NaamNl!.Trim(), NaamEn = i.NaamEn!.Trim(), Beschrijving = Leeg(i.Beschrijving),
        Bron = Leeg(bron) ?? "Ingevoerd in Schakel", ToegevoegdOp = tijd.GetUtcNow(),
    };

    /// <summary>A stable key from the Dutch name (letters and digits, accents dropped), unique among every item ever kept.</summary>
    internal static string Code(string naam, IReadOnlyCollection<string> bestaand)
    {
        var basis = new StringBuilder();
        foreach (var c in naam.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            basis.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-');
        }
        var stam = string.Join('-', basis.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        // 36 leaves room for a suffix up to "-999" within the column's 40.
        stam = stam.Length == 0 ? "item" : stam[..Math.Min(stam.Length, 36)].TrimEnd('-');
        var code = stam;
        for (var n = 2; bestaand.Contains(code); n++)
        {
            code = $"{stam}-{n}";
        }
        return code;
    }

    private static string? Leeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
