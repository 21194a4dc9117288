using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Accounts;

/// <summary>
/// The invitee sets a password with the one-time token from the beheerder, then goes straight to enrolment
/// of the second factor (the narrow enrolment cookie, as after a password-only sign-in).
/// </summary>
[AllowAnonymous]
[ToontInvoerfouten(Invoerfout.Alle)]
public sealed class UitnodigingModel(UserManager<Medewerker> users, Schakel.Web.Data.SchakelDbContext db, AuditTrail audit, ITeksten<AccountsTeksten> teksten) : PageModel
{
    public const string WachtwoordIngesteld = "account.wachtwoord-ingesteld";

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string Token { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "KiesWachtwoord"), DataType(DataType.Password)]
    public string Wachtwoord { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "HerhaalWachtwoord"), Compare(nameof(Wachtwoord), ErrorMessage = "WachtwoordenOngelijk")]
    public string Herhaling { get; set; } = "";

    public string? Fout { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var medewerker = await users.FindByIdAsync(Id.ToString());
        if (medewerker is not { Actief: true } || await users.HasPasswordAsync(medewerker))
        {
            Fout = teksten["UitnodigingOngeldig"];
            return Page();
        }
        // The password and its entry commit together; a refused token or weak password stores neither.
        var uitkomst = await audit.InTransactieAsync(db, () => users.ResetPasswordAsync(medewerker, Token, Wachtwoord),
            u => u.Succeeded
                ? [new AuditInvoer(AuditActor.Medewerker(medewerker.Id, medewerker.OrganisatieId), WachtwoordIngesteld,
                    Aanmeldregistratie.ObjectType, medewerker.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Web)]
                : [], HttpContext.RequestAborted);
        if (!uitkomst.Succeeded)
        {
            if (uitkomst.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                Fout = teksten["UitnodigingOngeldig"];
            }
            else
            {
                ModelState.AddModelError(nameof(Wachtwoord), teksten["WachtwoordTeZwak"]);
            }
            return Page();
        }
        await InloggenModel.MeldAanVoorInrichtenAsync(HttpContext, medewerker);
        return RedirectToPage("/Features/Accounts/TweestapsInstellen");
    }
}
