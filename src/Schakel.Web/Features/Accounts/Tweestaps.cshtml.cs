using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Accounts;

/// <summary>The second factor: a code from the authenticator app, or one of the recovery codes (each works once).</summary>
[AllowAnonymous]
[ToontInvoerfouten(Invoerfout.Alle)]
public sealed class TweestapsModel(SchakelSignInManager aanmelding, Aanmeldregistratie registratie, ITeksten<AccountsTeksten> teksten) : PageModel
{
    [BindProperty, Required(ErrorMessage = "CodeVerplicht")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await aanmelding.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Features/Accounts/Inloggen") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var medewerker = await aanmelding.GetTwoFactorAuthenticationUserAsync();
        if (medewerker is null)
        {
            return RedirectToPage("/Features/Accounts/Inloggen");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var code = Tweestapsverificatie.Normaliseer(Code);
        // The attempt (a used recovery code, the failed count) and its entry commit together.
        var uitkomst = await registratie.AanmeldenAsync(medewerker, () => Tweestapsverificatie.IsTotp(code)
            ? aanmelding.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : aanmelding.TwoFactorRecoveryCodeSignInAsync(code.ToUpperInvariant()), _ => true, HttpContext.RequestAborted);
        if (uitkomst.Succeeded)
        {
            return LocalRedirect(InloggenModel.VeiligTerug(ReturnUrl));
        }
        ModelState.AddModelError(nameof(Code), uitkomst.IsLockedOut
            ? teksten["CodeGeblokkeerd"]
            : teksten["CodeFout"]);
        return Page();
    }
}
