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

/// <summary>
/// Enrolment of the authenticator app. Reached only with the enrolment cookie (password checked, no 2FA yet);
/// on success the professional is signed in for real, with the second factor on record, and sees the
/// recovery codes once.
/// </summary>
[Authorize(Policy = AccountsBeleid.Inrichten)]
[ToontInvoerfouten(Invoerfout.Alle)]
public sealed class TweestapsInstellenModel(
    UserManager<Medewerker> users, SchakelSignInManager aanmelding, Tweestapsverificatie tweestaps, Schakel.Web.Data.SchakelDbContext db, AuditTrail audit,
    ITeksten<AccountsTeksten> teksten) : PageModel
{
    [BindProperty, Required(ErrorMessage = "AppCodeVerplicht")]
    public string Code { get; set; } = "";

    public string Sleutel { get; private set; } = "";
    public string QrSvg { get; private set; } = "";
    public IReadOnlyList<string>? Herstelcodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var medewerker = await MedewerkerAsync();
        if (medewerker is null)
        {
            return RedirectToPage("/Features/Accounts/Inloggen");
        }
        await ToonSleutelAsync(medewerker);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var medewerker = await MedewerkerAsync();
        if (medewerker is null)
        {
            return RedirectToPage("/Features/Accounts/Inloggen");
        }
        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(medewerker, users.Options.Tokens.AuthenticatorTokenProvider, Tweestapsverificatie.Normaliseer(Code)))
        {
            ModelState.AddModelError(nameof(Code), teksten["AppCodeFout"]);
        }
        if (!ModelState.IsValid)
        {
            await ToonSleutelAsync(medewerker);
            return Page();
        }
        // The second factor, the recovery codes and both entries commit together (docs/adr/0004).
        Herstelcodes = await audit.InTransactieAsync(db, async () =>
        {
            await users.SetTwoFactorEnabledAsync(medewerker, true);
            return (await users.GenerateNewTwoFactorRecoveryCodesAsync(medewerker, Tweestapsverificatie.AantalHerstelcodes))!.ToList();
        }, _ =>
        [
            new AuditInvoer(AuditActor.Medewerker(medewerker.Id, medewerker.OrganisatieId), "tweestaps.ingesteld", Aanmeldregistratie.ObjectType, medewerker.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Web),
            Aanmeldregistratie.Invoer(medewerker, AuditResultaat.Gelukt, Aanmeldregistratie.Aanmelden),
        ], HttpContext.RequestAborted);
        await HttpContext.SignOutAsync(AccountsBeleid.InrichtenSchema);
        await aanmelding.SignInWithClaimsAsync(medewerker, isPersistent: false, [new Claim(AccountsBeleid.AmrClaim, AccountsBeleid.Mfa)]);
        return Page();
    }

    private async Task<Medewerker?> MedewerkerAsync()
    {
        var id = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var medewerker = id is null ? null : await users.FindByIdAsync(id);
        return medewerker is { Actief: true } && !medewerker.TwoFactorEnabled ? medewerker : null;
    }

    private async Task ToonSleutelAsync(Medewerker medewerker)
    {
        Sleutel = await tweestaps.SleutelAsync(medewerker);
        QrSvg = Tweestapsverificatie.QrSvg(Tweestapsverificatie.OtpauthUri(Sleutel, medewerker.Email ?? medewerker.Id.ToString()));
    }
}
