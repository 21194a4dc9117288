using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Accounts;

[AllowAnonymous]
[ToontInvoerfouten(Invoerfout.Alle)]
public sealed class InloggenModel(
    UserManager<Medewerker> users, SchakelSignInManager aanmelding, Aanmeldregistratie registratie, OidcInstellingen oidc, ITeksten<AccountsTeksten> teksten)
    : PageModel
{
    [BindProperty, Required(ErrorMessage = "EmailVerplicht"), EmailAddress(ErrorMessage = "EmailOngeldig")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "WachtwoordVerplicht"), DataType(DataType.Password)]
    public string Wachtwoord { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Fout { get; private set; }

    public bool OidcAan => oidc.Aan;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var medewerker = await users.FindByEmailAsync(Email.Trim());
        if (medewerker is null)
        {
            await registratie.SchrijfAsync(null, AuditResultaat.Mislukt);
            return Mislukt();
        }
        if (await users.GetTwoFactorEnabledAsync(medewerker))
        {
            // The attempt (failed count, lock-out) and its entry commit together; the step to the second factor is no outcome yet.
            var uitkomst = await registratie.AanmeldenMetWachtwoordAsync(medewerker, Wachtwoord,
                () => aanmelding.PasswordSignInAsync(medewerker, Wachtwoord, isPersistent: false, lockoutOnFailure: true),
                u => !u.RequiresTwoFactor, HttpContext.RequestAborted);
            if (uitkomst.RequiresTwoFactor)
            {
                return RedirectToPage("/Features/Accounts/Tweestaps", new { ReturnUrl = VeiligTerug(ReturnUrl) });
            }
            return Geweigerd(uitkomst);
        }
        var controle = await registratie.AanmeldenMetWachtwoordAsync(medewerker, Wachtwoord,
            () => aanmelding.CheckPasswordSignInAsync(medewerker, Wachtwoord, lockoutOnFailure: true),
            u => !u.Succeeded, HttpContext.RequestAborted);
        if (!controle.Succeeded)
        {
            return Geweigerd(controle);
        }
        // Password right, no second factor yet: the narrow enrolment cookie, never the staff cookie.
        await MeldAanVoorInrichtenAsync(HttpContext, medewerker);
        return RedirectToPage("/Features/Accounts/TweestapsInstellen");
    }

    internal static Task MeldAanVoorInrichtenAsync(HttpContext context, Medewerker medewerker) =>
        context.SignInAsync(AccountsBeleid.InrichtenSchema, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, medewerker.Id.ToString())], AccountsBeleid.InrichtenSchema)));

    internal static string VeiligTerug(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url : "/werkplek";

    /// <summary>The refusal is already on record, in the attempt's own transaction.</summary>
    private IActionResult Geweigerd(Microsoft.AspNetCore.Identity.SignInResult uitkomst)
    {
        if (uitkomst.IsLockedOut)
        {
            Fout = teksten["Geblokkeerd"];
            return Page();
        }
        return Mislukt();
    }

    /// <summary>One message for unknown address, wrong password and deactivated account: no account probing.</summary>
    private PageResult Mislukt()
    {
        Fout = teksten["InloggenMislukt"];
        return Page();
    }
}
