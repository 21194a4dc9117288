using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Privacy.Toezicht;

/// <summary>The data protection officer's overview: requests' deadlines, legal holds, retention and the audit trail in figures.</summary>
[Authorize(Policy = PrivacyToezicht.Functionaris)]
public sealed class ToezichtModel(ToezichtOverzicht overzicht) : PageModel
{
    public ToezichtStand Stand { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Stand = await overzicht.MaakAsync(ct);
}
