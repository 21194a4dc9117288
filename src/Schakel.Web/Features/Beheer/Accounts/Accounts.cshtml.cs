using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Beheer.Accounts;

/// <summary>A beheerder invites, deactivates and reactivates accounts and resets two-step verification. Every
/// change redirects afterwards (post/redirect/get); the invitation link crosses the redirect in TempData (an
/// encrypted cookie, removed once read), so it is shown once and never lands in a URL of this page.</summary>
[Authorize(Policy = AccountsBeleid.Beheerder)]
public sealed class AccountsModel(AccountBeheer beheer, SchakelDbContext db) : PageModel
{
    public IReadOnlyList<AccountRegel> Accounts { get; private set; } = [];
    public IReadOnlyList<Organisatie> Organisaties { get; private set; } = [];
    public string? UitnodigingsLink { get; private set; }
    public string? Melding { get; private set; }

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public Guid? OrganisatieId { get; set; }
    [BindProperty] public List<string> Rollen { get; set; } = [];
    [BindProperty] public Guid Id { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Melding = TempData[nameof(Melding)] as string;
        if (TempData[nameof(UitnodigingsLink)] is string link)
        {
            UitnodigingsLink = link;
            Response.Headers.CacheControl = "no-cache, no-store";
        }
        await LaadAsync(ct);
    }

    public async Task<IActionResult> OnPostUitnodigenAsync(CancellationToken ct)
    {
        foreach (var (veld, melding) in await beheer.ControleerAsync(Email, OrganisatieId, Rollen, ct))
        {
            ModelState.AddModelError(veld, melding);
        }
        if (ModelState.ErrorCount == 0)
        {
            var u = await beheer.UitnodigenAsync(User.AlsActor(), Email!, OrganisatieId!.Value, Rollen, ct);
            TempData[nameof(UitnodigingsLink)] = $"{Request.Scheme}://{Request.Host}{Request.PathBase}/uitnodiging?id={u.MedewerkerId}&token={Uri.EscapeDataString(u.Token)}";
            return RedirectToPage();
        }
        await LaadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostDeactiverenAsync(CancellationToken ct) =>
        WijzigAsync(beheer.ZetActiefAsync(User.AlsActor(), Id, false, ct), "AccountGedeactiveerd", ct);

    public Task<IActionResult> OnPostActiverenAsync(CancellationToken ct) =>
        WijzigAsync(beheer.ZetActiefAsync(User.AlsActor(), Id, true, ct), "AccountActief", ct);

    public Task<IActionResult> OnPostTweestapsResettenAsync(CancellationToken ct) =>
        WijzigAsync(beheer.ResetTweestapsAsync(User.AlsActor(), Id, ct), "TweestapsGereset", ct);

    private async Task<IActionResult> WijzigAsync(Task<bool> wijziging, string melding, CancellationToken ct)
    {
        if (!await wijziging)
        {
            return NotFound();
        }
        TempData[nameof(Melding)] = melding;
        return RedirectToPage();
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        Accounts = await beheer.AlleAsync(ct);
        Organisaties = (await db.Set<Organisatie>().Where(o => o.Actief).ToListAsync(ct)).OrderBy(o => o.Naam, StringComparer.Ordinal).ToList();
    }

    public string? Fout(string veld) => ModelState[veld]?.Errors.FirstOrDefault()?.ErrorMessage;
}
