using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Privacy.Grondslagen;

/// <summary>The input of a new or changed basis: purpose, exactly one receiver scope, and the legal text.</summary>
public sealed record GrondslagInvoer(Verwerkingsdoel? Doel, Guid? OrganisatieId, OrganisatieType? Type, Partijcategorie? Categorie, string? Grondslag);

/// <summary>Which basis applies to one organisation for one purpose, and where it comes from.</summary>
public sealed record GeldendeGrondslag(
    Guid OrganisatieId, string Organisatie, OrganisatieType Type, Partijcategorie Categorie, Verwerkingsdoel Doel,
    VerwerkingsgrondslagRij? Rij, string Herkomst);

/// <summary>
/// The beheerder's work on recorded bases: the overview per organisation and purpose, and adding, changing and ending
/// a basis. Every change commits with its audit entry (docs/adr/0004). Errors are keyed by field.
/// </summary>
public sealed class VerwerkingsgrondslagBeheer(SchakelDbContext db, AuditTrail audit, TimeProvider tijd)
{
    public const int MaxGrondslag = 500;
    public const string Vastgelegd = "verwerkingsgrondslag.vastgelegd";
    public const string Gewijzigd = "verwerkingsgrondslag.gewijzigd";
    public const string Beeindigd = "verwerkingsgrondslag.beeindigd";

    public async Task<IReadOnlyList<VerwerkingsgrondslagRij>> RijenAsync(CancellationToken ct) =>
        (await db.Set<VerwerkingsgrondslagRij>().AsNoTracking().ToListAsync(ct))
            .OrderBy(r => r.BeeindigdOp is not null).ThenBy(r => r.Doel).ThenByDescending(r => r.OrganisatieId is not null)
            .ThenBy(r => r.Type).ThenBy(r => r.Categorie).ToList();

    public async Task<IReadOnlyList<GeldendeGrondslag>> GeldendAsync(CancellationToken ct)
    {
        var organisaties = await db.Set<Organisatie>().AsNoTracking().DieCasussenOntvangen()
            .Select(o => new { o.Id, o.Naam, o.Type, o.Partijcategorie }).ToListAsync(ct);
        var actief = (await RijenAsync(ct)).Where(r => r.Actief).ToList();
        var uitkomst = new List<GeldendeGrondslag>();
        foreach (var o in organisaties.OrderBy(o => o.Naam, StringComparer.Ordinal))
        {
            foreach (var doel in Enum.GetValues<Verwerkingsdoel>())
            {
                var rij = actief.Where(r => r.NaarGrondslag().Dekt(o.Id, o.Partijcategorie, o.Type, doel))
                    .OrderByDescending(r => r.NaarGrondslag().Specificiteit).FirstOrDefault();
                var herkomst = rij is null ? "Geen" : rij.OrganisatieId is not null ? "Eigen" : rij.Type is not null ? "Type" : "Categorie";
                uitkomst.Add(new GeldendeGrondslag(o.Id, o.Naam, o.Type, o.Partijcategorie, doel, rij, herkomst));
            }
        }
        return uitkomst;
    }

    public async Task<Dictionary<string, string>> VastleggenAsync(GrondslagInvoer invoer, ClaimsPrincipal beheerder, CancellationToken ct)
    {
        var fouten = await ValideerAsync(invoer, ct);
        if (fouten.Count > 0)
        {
            return fouten;
        }
        var nu = tijd.GetUtcNow();
        var rij = new VerwerkingsgrondslagRij
        {
            Id = Guid.NewGuid(), Doel = invoer.Doel!.Value, OrganisatieId = invoer.OrganisatieId, Type = invoer.Type, Categorie = invoer.Categorie,
            Grondslag = invoer.Grondslag!.Trim(), VastgelegdOp = nu,
        };
        Wijziger(rij, beheerder, nu);
        db.Add(rij);
        await audit.VastleggenAsync(db, Invoer(beheerder, Vastgelegd, rij), ct);
        return fouten;
    }

    /// <summary>Changes the legal text of an active basis; its receiver and purpose stay (end it and record a new one for those).</summary>
    public async Task<Dictionary<string, string>?> WijzigAsync(Guid id, string? grondslag, ClaimsPrincipal beheerder, CancellationToken ct)
    {
        if (await db.Set<VerwerkingsgrondslagRij>().FirstOrDefaultAsync(r => r.Id == id && r.BeeindigdOp == null, ct) is not { } rij)
        {
            return null;
        }
        var fouten = new Dictionary<string, string>(StringComparer.Ordinal);
        ControleerTekst(grondslag, fouten);
        if (fouten.Count > 0)
        {
            return fouten;
        }
        rij.Grondslag = grondslag!.Trim();
        Wijziger(rij, beheerder, tijd.GetUtcNow());
        await audit.VastleggenAsync(db, Invoer(beheerder, Gewijzigd, rij), ct);
        return fouten;
    }

    public async Task<bool> BeeindigAsync(Guid id, ClaimsPrincipal beheerder, CancellationToken ct)
    {
        if (await db.Set<VerwerkingsgrondslagRij>().FirstOrDefaultAsync(r => r.Id == id && r.BeeindigdOp == null, ct) is not { } rij)
        {
            return false;
        }
        var nu = tijd.GetUtcNow();
        rij.BeeindigdOp = nu;
        Wijziger(rij, beheerder, nu);
        await audit.VastleggenAsync(db, Invoer(beheerder, Beeindigd, rij), ct);
        return true;
    }

    private async Task<Dictionary<string, string>> ValideerAsync(GrondslagInvoer invoer, CancellationToken ct)
    {
        var fouten = new Dictionary<string, string>(StringComparer.Ordinal);
        if (invoer.Doel is not { } doel || !Enum.IsDefined(doel))
        {
            fouten["doel"] = "FoutDoel";
        }
        var bereik = (invoer.OrganisatieId is not null ? 1 : 0) + (invoer.Type is not null ? 1 : 0) + (invoer.Categorie is not null ? 1 : 0);
        if (bereik != 1)
        {
            fouten["ontvanger"] = "FoutOntvanger";
        }
        else if (invoer.OrganisatieId is { } org && !await db.Set<Organisatie>().AnyAsync(o => o.Id == org && o.Actief, ct))
        {
            fouten["ontvanger"] = "FoutOrganisatie";
        }
        else if ((invoer.Type is { } t && !Enum.IsDefined(t)) || (invoer.Categorie is { } c && !Enum.IsDefined(c)))
        {
            fouten["ontvanger"] = "FoutOntvanger";
        }
        ControleerTekst(invoer.Grondslag, fouten);
        if (fouten.Count == 0 && await db.Set<VerwerkingsgrondslagRij>().AnyAsync(r => r.BeeindigdOp == null && r.Doel == invoer.Doel
                && r.OrganisatieId == invoer.OrganisatieId && r.Type == invoer.Type && r.Categorie == invoer.Categorie, ct))
        {
            fouten["ontvanger"] = "FoutBestaat";
        }
        return fouten;
    }

    private static void ControleerTekst(string? grondslag, Dictionary<string, string> fouten)
    {
        if (string.IsNullOrWhiteSpace(grondslag) || grondslag.Trim().Length > MaxGrondslag)
        {
            fouten["grondslag"] = "FoutGrondslag";
        }
    }

    /// <summary>Organisation and role only: who changed a basis matters as a function, not as a person.</summary>
    private static void Wijziger(VerwerkingsgrondslagRij rij, ClaimsPrincipal beheerder, DateTimeOffset nu)
    {
        rij.GewijzigdOp = nu;
        rij.GewijzigdDoorOrganisatieId = beheerder.OrganisatieId();
        rij.GewijzigdDoorRol = Rollen.Beheerder;
    }

    private static AuditInvoer Invoer(ClaimsPrincipal beheerder, string actie, VerwerkingsgrondslagRij rij) =>
        new(beheerder.AlsActor(), actie, "verwerkingsgrondslag", rij.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Web, rij.Doel.ToString());
}
