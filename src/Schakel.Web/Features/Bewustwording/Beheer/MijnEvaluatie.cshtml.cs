using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Bewustwording;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording.Beheer;

/// <summary>The evaluation form for a professional's own attended session; someone else's sign-up answers 404.</summary>
[Authorize(Policy = BewustwordingModule.Deelnemers)]
public sealed class MijnEvaluatieModel(Evaluaties evaluaties, SchakelDbContext db, ITeksten<BewustwordingTeksten> teksten, TimeProvider tijd) : PageModel
{
    public Sessie Sessie { get; private set; } = null!;
    public Model.Aanbod Aanbod { get; private set; } = null!;
    public EvaluatieInvoer? Invoer { get; private set; }
    public Dictionary<string, string> Fouten { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LaadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, int? inhoud, int? trainer, int? bruikbaarheid, string? opmerking, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }
        Invoer = new EvaluatieInvoer(inhoud, trainer, bruikbaarheid, opmerking);
        foreach (var (veld, sleutel) in Evaluaties.Controleer(Invoer))
        {
            Fouten[veld] = teksten[sleutel];
        }
        if (Fouten.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!await evaluaties.OpslaanAsync(id, Invoer, User.AlsActor(), Herkomst.Web, ct))
        {
            return NotFound();
        }
        TempData["Melding"] = "MijnGeevalueerd";
        return Redirect("/bewustwording/mijn");
    }

    private async Task<bool> LaadAsync(Guid id, CancellationToken ct)
    {
        var medewerker = User.MedewerkerId();
        var rij = await (from i in db.Set<Inschrijving>().AsNoTracking()
                         join s in db.Set<Sessie>().AsNoTracking() on i.SessieId equals s.Id
                         join a in db.Set<Model.Aanbod>().AsNoTracking() on s.AanbodId equals a.Id
                         where i.Id == id && i.MedewerkerId == medewerker
                         select new { i, s, a }).FirstOrDefaultAsync(ct);
        if (rij is null || !Evaluatieresultaat.MagEvalueren(rij.i.Status, rij.i.Aanwezig, rij.i.Geevalueerd, rij.s.Begin, tijd.GetUtcNow()))
        {
            return false;
        }
        (Sessie, Aanbod) = (rij.s, rij.a);
        return true;
    }
}
