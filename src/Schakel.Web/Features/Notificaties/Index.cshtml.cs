using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Accounts;

namespace Schakel.Web.Features.Notificaties;

[Authorize(Policy = AccountsBeleid.Medewerker)]
public sealed class IndexModel(NotificatieService notificaties) : PageModel
{
    public IReadOnlyList<Notificatie> Lijst { get; private set; } = [];
    public IReadOnlySet<Guid> Gelezen { get; private set; } = new HashSet<Guid>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Lijst = await notificaties.VoorAsync(User, ct);
        Gelezen = await notificaties.GelezenAsync(User, Lijst.Select(n => n.Id), ct);
    }

    /// <summary>Opening a notification marks it read and leads to its page; someone else's is not found.</summary>
    public async Task<IActionResult> OnGetOpenAsync(Guid id, CancellationToken ct) =>
        await notificaties.OpenAsync(User, id, ct) is { } link ? LocalRedirect(link) : NotFound();

    public async Task<IActionResult> OnPostAllesGelezenAsync(CancellationToken ct)
    {
        await notificaties.AllesGelezenAsync(User, ct);
        TempData["Notificaties"] = "AllesGelezen";
        return RedirectToPage();
    }
}
