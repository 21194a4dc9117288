using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Accounts;

/// <summary>The second factor: a code from the authenticator app, or one of the recovery codes (each works once).</summary>
[AllowAnonymous]
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
        var uitkomst = Tweestapsverificatie.IsTotp(code)
            ? await aanmelding.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await aanmelding.TwoFactorRecoveryCodeSignInAsync(code.ToUpperInvariant());
        if (uitkomst.Succeeded)
        {
            await registratie.SchrijfAsync(medewerker, AuditResultaat.Gelukt);
            return LocalRedirect(InloggenModel.VeiligTerug(ReturnUrl));
        }
        await registratie.SchrijfAsync(medewerker, uitkomst.IsLockedOut || uitkomst.IsNotAllowed ? AuditResultaat.Geweigerd : AuditResultaat.Mislukt);
        ModelState.AddModelError(nameof(Code), uitkomst.IsLockedOut
            ? teksten["CodeGeblokkeerd"]
            : teksten["CodeFout"]);
        return Page();
    }
}
