using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Monitor.Publiek;

/// <summary>The public monitor: every published edition, linked from the information point's navigation. No sign-in.</summary>
[AllowAnonymous]
public sealed class IndexModel(MonitorEdities edities) : PageModel
{
    public IReadOnlyList<MonitorEditie> Edities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Edities = await edities.LijstAsync(alleenGepubliceerd: true, ct);
}
