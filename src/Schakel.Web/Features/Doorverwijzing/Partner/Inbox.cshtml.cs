using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Doorverwijzing.Meldroute;

namespace Schakel.Web.Features.Doorverwijzing.Partner;

/// <summary>The partner inbox: the organisation's received referrals, overdue first; no personal data.</summary>
[Authorize(Policy = DoorverwijzingBeleid.DoorverwijzingVolgen)]
public sealed class InboxModel(DoorverwijzingLezer lezer, TimeProvider tijd) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool TeLaat { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Pagina { get; set; } = 1;

    public InboxPagina? Lijst { get; private set; }
    public DateTimeOffset Nu { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LaadAsync(ct);

    /// <summary>
    /// The list alone, fetched by the live script when a referral arrives or changes. Opened on its own (without the
    /// script's header) the reader gets the whole inbox with the same filter, not a bare list without menu or title.
    /// </summary>
    public async Task<IActionResult> OnGetLijstAsync(CancellationToken ct)
    {
        Response.Headers.Vary = Shell.FragmentAttribute.Kop;
        if (!Request.Headers.ContainsKey(Shell.FragmentAttribute.Kop))
        {
            return RedirectToPage(new { handler = (string?)null, Status, TeLaat, Pagina });
        }
        await LaadAsync(ct);
        return Partial("_DoorverwijzingenLijst", this);
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        Nu = tijd.GetUtcNow();
        DoorverwijzingStatus? status = KenmerkenLezer.ProbeerEnum<DoorverwijzingStatus>(Status, out var s) ? s : null;
        Lijst = await lezer.InboxAsync(User, new InboxFilter(status, TeLaat ? true : null, Math.Max(1, Pagina)), ct);
    }

    public string PaginaLink(int pagina) =>
        $"/doorverwijzingen?pagina={pagina}{(Status is { Length: > 0 } ? "&status=" + Uri.EscapeDataString(Status) : "")}{(TeLaat ? "&teLaat=true" : "")}";
}
