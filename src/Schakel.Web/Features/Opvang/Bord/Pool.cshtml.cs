using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Opvang.Bord;

/// <summary>The figures of one pool as an HTML fragment, fetched by the board's script after a live signal.</summary>
[Authorize(Policy = BordModule.Beleid)]
[Shell.Fragment("/opvang/bord")]
public sealed class PoolModel(OpvangService service, TimeProvider tijd) : PageModel
{
    public PoolCijfersWeergave Weergave { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await service.PoolStandAsync(id, ct) is not { } stand)
        {
            return NotFound();
        }
        Weergave = new PoolCijfersWeergave(stand, tijd.GetUtcNow());
        Response.Headers.CacheControl = "no-cache, no-store";
        return Page();
    }
}
