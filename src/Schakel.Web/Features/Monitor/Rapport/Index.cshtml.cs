using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Monitor.Rapport;

/// <summary>The report of an edition as an accessible page; a concept shows to the chain director and working group only.</summary>
[AllowAnonymous]
public sealed class IndexModel(RapportToegang toegang) : PageModel
{
    public RapportWeergave Rapport { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await toegang.LaadAsync(id, User, ct) is not { } rapport)
        {
            return NotFound();
        }

        Rapport = rapport;
        return Page();
    }
}
