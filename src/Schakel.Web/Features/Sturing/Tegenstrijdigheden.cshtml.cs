using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Features.Sturing.Plannen;

namespace Schakel.Web.Features.Sturing;

/// <summary>Where the published plans contradict themselves: listed as published, never corrected.</summary>
[Authorize(Policy = SturingModule.Lezen)]
public sealed class TegenstrijdighedenModel(Actieplannen plannen) : PageModel
{
    public IReadOnlyList<Tegenstrijdigheid> Lijst { get; private set; } = [];
    public IReadOnlyList<Plan> Plannen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Lijst = await plannen.TegenstrijdighedenAsync(ct);
        Plannen = await plannen.PlanEntiteitenAsync(ct);
    }
}
