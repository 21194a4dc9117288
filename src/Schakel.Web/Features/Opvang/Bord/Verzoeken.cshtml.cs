using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Opvang.Bord;

/// <summary>
/// The board's open requests as an HTML fragment: the board's script fetches it every minute and after a live
/// signal, so the 36-hour clock and its escalations move on an open board without a reload.
/// </summary>
[Authorize(Policy = BordModule.Beleid)]
[Shell.Fragment("/opvang/bord")]
public sealed class VerzoekenModel(OpvangService service, TimeProvider tijd) : PageModel
{
    public VerzoekenWeergave Weergave { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Weergave = new VerzoekenWeergave(await service.OpenVerzoekenAsync(User, ct), tijd.GetUtcNow());
        Response.Headers.CacheControl = "no-cache, no-store";
    }
}
