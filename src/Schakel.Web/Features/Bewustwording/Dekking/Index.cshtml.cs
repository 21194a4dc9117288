using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Bewustwording;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording.Dekking;

/// <summary>
/// Coverage of the training plans for the ketenregisseur (every municipality) and a municipality's focal officer (its
/// own): trained and overdue roles and officers, the training plan, the preconditions (read from Sturing's basic level,
/// <see cref="IBeleidsstatus"/>), and new partners without training.
/// </summary>
[Authorize(Policy = BewustwordingModule.Regie)]
public sealed class IndexModel(ITrainingsdekking dekking, IBeleidsstatus beleid, NieuwePartners nieuwePartners, SchakelDbContext db, AuditTrail audit, TimeProvider tijd) : PageModel
{
    public const string ActiePlan = "bewustwording.trainingsplan-bewaard";

    [BindProperty(SupportsGet = true)] public int? Jaar { get; set; }
    public IReadOnlyList<TrainingsdekkingStand> Standen { get; private set; } = [];
    public Dictionary<string, string> Namen { get; private set; } = [];
    public Dictionary<string, IReadOnlyList<string>> Ontbrekend { get; } = [];
    public IReadOnlyList<NieuwePartner> Nieuw { get; private set; } = [];
    public bool IsRegie => User.IsInRole(Rollen.Ketenregisseur);
    [TempData] public string? Melding { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var jaar = Jaar is >= 2000 and <= 2100 ? Jaar.Value : tijd.GetUtcNow().Year;
        Jaar = jaar;
        Namen = await db.Set<Regio.Gemeente>().AsNoTracking().ToDictionaryAsync(g => g.CbsCode, g => g.Naam, ct);
        if (IsRegie)
        {
            Standen = await dekking.AlleAsync(jaar, ct);
            Nieuw = await nieuwePartners.LijstAsync(ct);
        }
        else if (await EigenGemeenteAsync(ct) is { } eigen)
        {
            Standen = [await dekking.VoorAsync(eigen, jaar, ct)];
        }
        var standen = await beleid.VoorAsync(Standen.Select(s => s.GemeenteCode).ToList(), ct);
        foreach (var s in Standen)
        {
            Ontbrekend[s.GemeenteCode] = Beleidsvoorwaarden.Ontbrekend(standen.GetValueOrDefault(s.GemeenteCode));
        }
        // The names of overdue focal officers are personal data shown to the reader: audited.
        if (Standen.Any(s => s.Stand.Functionarissen.Count > 0))
        {
            await audit.SchrijfAsync(User.AlsActor(), "bewustwording.dekking-gelezen", "bewustwording.trainingsdekking", jaar.ToString(System.Globalization.CultureInfo.InvariantCulture),
                AuditResultaat.Gelukt, Herkomst.Web, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostPlanAsync(string gemeente, List<string> rollen, bool functionarissen, CancellationToken ct)
    {
        if (!await MagAsync(gemeente, ct) || Jaar is not (>= 2000 and <= 2100) || rollen.Any(r => !Doelgroepen.IsGeldig(r)))
        {
            return NotFound();
        }
        var plan = await db.Set<Trainingsplan>().FirstOrDefaultAsync(p => p.GemeenteCode == gemeente && p.Jaar == Jaar, ct);
        if (plan is null)
        {
            db.Add(plan = new Trainingsplan { GemeenteCode = gemeente, Jaar = Jaar.Value });
        }
        plan.Rollen = [.. rollen.Distinct()];
        plan.AandachtsfunctionarissenVerplicht = functionarissen;
        await audit.VastleggenAsync(db, new AuditInvoer(User.AlsActor(), ActiePlan, "bewustwording.trainingsplan", $"{gemeente}/{Jaar}", AuditResultaat.Gelukt, Herkomst.Web), ct);
        Melding = "PlanOpgeslagen";
        return Redirect($"/bewustwording/dekking?jaar={Jaar}#gemeente-{gemeente}");
    }

    /// <summary>The ketenregisseur keeps every municipality; a focal officer only their own.</summary>
    private async Task<bool> MagAsync(string gemeente, CancellationToken ct) =>
        await db.Set<Regio.Gemeente>().AnyAsync(g => g.CbsCode == gemeente, ct)
        && (IsRegie || string.Equals(await EigenGemeenteAsync(ct), gemeente, StringComparison.OrdinalIgnoreCase));

    private async Task<string?> EigenGemeenteAsync(CancellationToken ct)
    {
        var eigen = User.OrganisatieId();
        return await db.Set<Organisatie>().Where(o => o.Id == eigen).Select(o => o.GemeenteCode).FirstOrDefaultAsync(ct);
    }
}
