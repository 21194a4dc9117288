using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Meldpunt.Medewerkers;

[Authorize(Policy = MeldpuntBeleid.Behandelen)]
public sealed class InboxModel(MeldpuntBehandeling behandeling) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool OokAfgerond { get; set; }

    public IReadOnlyList<InboxRegel> Regels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Regels = await behandeling.InboxAsync(User, OokAfgerond, ct);
}
