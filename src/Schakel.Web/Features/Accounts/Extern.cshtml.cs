using Microsoft.AspNetCore.Authentication;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Accounts;

/// <summary>
/// External sign-in: POST starts it, GET is where it returns. The external identity only links to an existing,
/// active account with the same e-mail address (no accounts are created), and the second factor of Schakel
/// still applies.
/// </summary>
[AllowAnonymous]
public sealed class ExternModel(OidcInstellingen oidc, SchakelSignInManager aanmelding, UserManager<Medewerker> users, Aanmeldregistratie registratie,
    ITeksten<AccountsTeksten> teksten) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Fout { get; private set; }

    public IActionResult OnPost()
    {
        if (!oidc.Aan)
        {
            return NotFound();
        }
        var terug = Url.Page("/Features/Accounts/Extern", new { ReturnUrl = InloggenModel.VeiligTerug(ReturnUrl) });
        return Challenge(aanmelding.ConfigureExternalAuthenticationProperties(OidcInstellingen.Schema, terug), OidcInstellingen.Schema);
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!oidc.Aan)
        {
            return NotFound();
        }
        var info = await aanmelding.GetExternalLoginInfoAsync();
        var email = info?.Principal.FindFirstValue(ClaimTypes.Email) ?? info?.Principal.FindFirstValue("email");
        var medewerker = email is null ? null : await users.FindByEmailAsync(email);
        if (info is null || medewerker is not { Actief: true })
        {
            await registratie.SchrijfAsync(medewerker, AuditResultaat.Geweigerd);
            Fout = teksten["ExternGeenAccount"];
            return Page();
        }
        var logins = await users.GetLoginsAsync(medewerker);
        if (!logins.Any(l => l.LoginProvider == info.LoginProvider && l.ProviderKey == info.ProviderKey))
        {
            await users.AddLoginAsync(medewerker, info);
        }
        if (!await users.GetTwoFactorEnabledAsync(medewerker))
        {
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
            await InloggenModel.MeldAanVoorInrichtenAsync(HttpContext, medewerker);
            return RedirectToPage("/Features/Accounts/TweestapsInstellen");
        }
        var uitkomst = await registratie.AanmeldenAsync(medewerker,
            () => aanmelding.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false),
            u => !u.RequiresTwoFactor, HttpContext.RequestAborted);
        if (uitkomst.RequiresTwoFactor)
        {
            return RedirectToPage("/Features/Accounts/Tweestaps", new { ReturnUrl = InloggenModel.VeiligTerug(ReturnUrl) });
        }
        Fout = teksten["ExternMislukt"];
        return Page();
    }
}
