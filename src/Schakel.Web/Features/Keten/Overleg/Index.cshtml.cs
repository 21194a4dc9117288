using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Keten.Overleg;

[Authorize(Policy = KetenBeleid.Lezen)]
public sealed class IndexModel(OverlegOpslag opslag) : PageModel
{
    public IReadOnlyList<OrgaanStand> Organen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Organen = await opslag.OrganenAsync(ct);
}
