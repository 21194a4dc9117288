using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Accounts;

/// <summary>Sign-out is a POST with an antiforgery token, so no link on another site can sign someone out.</summary>
[AllowAnonymous]
public sealed class UitloggenModel(SchakelSignInManager aanmelding, UserManager<Medewerker> users, Aanmeldregistratie registratie) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } medewerker)
        {
            await registratie.SchrijfAsync(medewerker, AuditResultaat.Gelukt, Aanmeldregistratie.Afmelden);
        }
        await aanmelding.SignOutAsync();
        await HttpContext.SignOutAsync(AccountsBeleid.InrichtenSchema);
        return Redirect("/inloggen");
    }
}
