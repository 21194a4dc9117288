using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Accounts;

namespace Schakel.Web.Features.Notificaties;

[Authorize(Policy = AccountsBeleid.Medewerker)]
public sealed class IndexModel(NotificatieService notificaties) : PageModel
{
    public IReadOnlyList<Notificatie> Lijst { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Lijst = await notificaties.VoorAsync(User, ct);
}
