using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Accounts;

/// <summary>
/// The professional's own account: the optional display name used on certificates of attendance. Only one's own
/// account (the id comes from the sign-in, never from the form); a change is audited, the name itself is not logged.
/// </summary>
[Authorize(Policy = AccountsBeleid.Medewerker)]
public sealed class AccountModel(SchakelDbContext db, AuditTrail audit) : PageModel
{
    public const string ActieWeergavenaam = "account.weergavenaam";

    [BindProperty] public string? Weergavenaam { get; set; }
    public string Email { get; private set; } = "";
    public string? Fout { get; private set; }
    [TempData] public string? Melding { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await EigenAsync(ct) is not { } m)
        {
            return Forbid();
        }
        (Weergavenaam, Email) = (m.Weergavenaam, m.Email ?? "");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await EigenAsync(ct) is not { } m)
        {
            return Forbid();
        }
        Email = m.Email ?? "";
        if (Weergavenamen.Fout(Weergavenaam) is { } fout)
        {
            Fout = fout;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        m.Weergavenaam = Weergavenamen.Normaliseer(Weergavenaam);
        await audit.VastleggenAsync(db, new AuditInvoer(User.AlsActor(), ActieWeergavenaam, "account", m.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Web), ct);
        Melding = "Bewaard";
        return Redirect("/account");
    }

    private async Task<Medewerker?> EigenAsync(CancellationToken ct) =>
        User.MedewerkerId() is { } id ? await db.Set<Medewerker>().FirstOrDefaultAsync(x => x.Id == id, ct) : null;
}
