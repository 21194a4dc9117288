using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Sturing.Model;

namespace Schakel.Web.Features.Sturing.Plannen;

[Authorize(Policy = SturingModule.Lezen)]
public sealed class PlanModel(Actieplannen plannen, SturingToegang toegang, SchakelDbContext db) : PageModel
{
    public PlanDetail? Detail { get; private set; }
    public IReadOnlySet<Guid> Schrijfbaar { get; private set; } = new HashSet<Guid>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Detail = await plannen.DetailAsync(id, ct);
        if (Detail is null)
        {
            return NotFound();
        }
        var plan = await db.Set<Plan>().AsNoTracking().SingleAsync(p => p.Id == id, ct);
        Schrijfbaar = await Actieplannen.SchrijfbaarAsync(toegang, db, User, plan, ct);
        return Page();
    }
}
