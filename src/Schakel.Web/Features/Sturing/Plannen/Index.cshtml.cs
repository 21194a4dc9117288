using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Sturing.Plannen;

[Authorize(Policy = SturingModule.Lezen)]
public sealed class IndexModel(Actieplannen plannen) : PageModel
{
    public IReadOnlyList<PlanSamenvatting> Plannen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Plannen = await plannen.LijstAsync(ct);
}
