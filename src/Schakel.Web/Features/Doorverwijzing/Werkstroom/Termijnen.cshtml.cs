using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Doorverwijzing.Werkstroom;

[Authorize(Policy = DoorverwijzingBeleid.TermijnenBewaken)]
public sealed class TermijnenModel(Termijnbewaking bewaking) : PageModel
{
    public Overschrijdingen? Overzicht { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Overzicht = await bewaking.OverschredenAsync(ct);
}
