using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Kennisbank;

/// <summary>The stored file of one version, always as a download (never shown inline in Schakel's origin).</summary>
public sealed class BestandModel(KennisbankOpslag opslag) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, int versie, CancellationToken ct)
    {
        var lezing = await opslag.BestandAsync(id, versie, User, Herkomst.Web, ct);
        return lezing.Uitkomst switch
        {
            Leesuitkomst.NietGevonden => NotFound(),
            Leesuitkomst.AanmeldenNodig => User.Identity?.IsAuthenticated == true ? Forbid() : Challenge(),
            _ => File(lezing.Inhoud!, lezing.Type ?? "application/octet-stream", lezing.Naam),
        };
    }
}
