using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Core.Sturing;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Features.Sturing.Referentie;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Sturing.Eigenaren;

/// <summary>One published owner of a plan's actions, with the organisations that act for it.</summary>
public sealed record EigenaarRegel(string PlanCode, string Eigenaar, int Acties, IReadOnlyList<(Guid Id, string Naam)> Organisaties)
{
    public string Sleutel => PlanCode + Scheiding + Eigenaar;
    public const char Scheiding = '|';
}

/// <summary>
/// The owner links of an installation: which of its organisations act for each published owner ("Politie", "JenV",
/// "RIEC") of the plans' actions. Only linked organisations report progress (<see cref="SturingToegang"/>), so an
/// installation without demo data links its own here. For the beheerder and the ketenregisseur; every link and
/// unlink is written with its audit entry in one transaction.
/// </summary>
[Authorize(Policy = SturingModule.Eigenaren)]
public sealed class IndexModel(SchakelDbContext db, AuditTrail audit) : PageModel
{
    public const string ActieGekoppeld = "sturing.eigenaar-gekoppeld";
    public const string ActieOntkoppeld = "sturing.eigenaar-ontkoppeld";

    public IReadOnlyList<Plan> Plannen { get; private set; } = [];
    public IReadOnlyList<EigenaarRegel> Regels { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Naam)> Organisaties { get; private set; } = [];
    public Dictionary<string, string> Fouten { get; } = new(StringComparer.Ordinal);
    [BindProperty] public string? Koppeling { get; set; }
    [BindProperty] public Guid? Organisatie { get; set; }
    [TempData] public string? Melding { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LaadAsync(ct);

    public async Task<IActionResult> OnPostKoppelAsync(CancellationToken ct)
    {
        await LaadAsync(ct);
        var regel = Regels.FirstOrDefault(r => r.Sleutel == Koppeling);
        if (regel is null)
        {
            Fouten["koppeling"] = "EigFoutEigenaar";
        }
        var org = Organisaties.FirstOrDefault(o => o.Id == Organisatie);
        if (Organisatie is null || org.Id == Guid.Empty)
        {
            Fouten["organisatie"] = "EigFoutOrganisatie";
        }
        else if (regel is not null && regel.Organisaties.Any(o => o.Id == org.Id))
        {
            Fouten["organisatie"] = "EigFoutAlGekoppeld";
        }
        else if (regel is not null && !User.IsInRole(Rollen.Beheerder) && org.Id == User.OrganisatieId()
            && Plannen.Any(p => p.Code == regel.PlanCode && p.Niveau == Planniveau.Nationaal))
        {
            // The chain director reports on the region's plans, never the national plan (SturingToegang): making its own
            // organisation a national owner would hand it that right by the back door.
            Fouten["organisatie"] = "EigFoutEigenLandelijk";
        }
        if (Fouten.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await Eigenaarskoppeling.VoegToeAsync(db, [new(regel!.PlanCode, regel.Eigenaar, [org.Naam])], ct);
        await audit.VastleggenAsync(db, new AuditInvoer(User.AlsActor(), ActieGekoppeld, "organisatie", org.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Web,
            Reden: $"{regel.PlanCode}: {regel.Eigenaar}"), ct);
        Melding = "EigGekoppeld";
        return Redirect("/sturing/eigenaren");
    }

    public async Task<IActionResult> OnPostOntkoppelAsync(string? koppeling, Guid? organisatie, CancellationToken ct)
    {
        await LaadAsync(ct);
        if (Regels.FirstOrDefault(r => r.Sleutel == koppeling) is not { } regel || organisatie is not { } org)
        {
            return NotFound();
        }
        var acties = await (from a in db.Set<Actie>() join p in db.Set<Plan>() on a.PlanId equals p.Id where p.Code == regel.PlanCode select a.Id).ToListAsync(ct);
        var rijen = await db.Set<ActieEigenaarOrganisatie>().Where(k => acties.Contains(k.ActieId) && k.OrganisatieId == org && k.Eigenaar == regel.Eigenaar).ToListAsync(ct);
        if (rijen.Count == 0)
        {
            return NotFound();
        }
        db.RemoveRange(rijen);
        await audit.VastleggenAsync(db, new AuditInvoer(User.AlsActor(), ActieOntkoppeld, "organisatie", org.ToString(), AuditResultaat.Gelukt, Herkomst.Web,
            Reden: $"{regel.PlanCode}: {regel.Eigenaar}"), ct);
        Melding = "EigOntkoppeld";
        return Redirect("/sturing/eigenaren");
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        Plannen = (await db.Set<Plan>().AsNoTracking().ToListAsync(ct)).OrderBy(p => p.Niveau).ThenBy(p => p.Naam, StringComparer.CurrentCulture).ToList();
        var acties = await db.Set<Actie>().AsNoTracking().Select(a => new { a.Id, a.PlanId, a.Eigenaren }).ToListAsync(ct);
        // Our reading of the owners (ActieEigenaar) and the published cells: the linking matches either (Eigenaarskoppeling).
        var gelezen = (await db.Set<ActieEigenaar>().AsNoTracking().Select(e => new { e.ActieId, e.Naam }).ToListAsync(ct)).ToLookup(e => e.ActieId, e => e.Naam);
        var koppelingen = await db.Set<ActieEigenaarOrganisatie>().AsNoTracking().Select(k => new { k.ActieId, k.OrganisatieId, k.Eigenaar }).ToListAsync(ct);
        var organisaties = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Actief).Select(o => new { o.Id, o.Naam }).ToListAsync(ct);
        Organisaties = organisaties.OrderBy(o => o.Naam, StringComparer.CurrentCulture).Select(o => (o.Id, o.Naam)).ToList();
        var naamVan = organisaties.ToDictionary(o => o.Id, o => o.Naam);
        var regels = new List<EigenaarRegel>();
        foreach (var plan in Plannen)
        {
            var planActies = acties.Where(a => a.PlanId == plan.Id).ToList();
            var ids = planActies.Select(a => a.Id).ToHashSet();
            var eigenaren = planActies
                .SelectMany(a => a.Eigenaren.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Concat(gelezen[a.Id]).Distinct(StringComparer.Ordinal))
                .Where(e => !e.Contains(EigenaarRegel.Scheiding, StringComparison.Ordinal))
                .GroupBy(e => e, StringComparer.Ordinal);
            foreach (var e in eigenaren.OrderBy(g => g.Key, StringComparer.CurrentCulture))
            {
                var gekoppeld = koppelingen.Where(k => ids.Contains(k.ActieId) && k.Eigenaar == e.Key).Select(k => k.OrganisatieId).Distinct()
                    .Select(id => (id, naamVan.GetValueOrDefault(id, id.ToString()))).OrderBy(o => o.Item2, StringComparer.CurrentCulture).ToList();
                regels.Add(new EigenaarRegel(plan.Code, e.Key, e.Count(), gekoppeld));
            }
        }
        Regels = regels;
    }
}
