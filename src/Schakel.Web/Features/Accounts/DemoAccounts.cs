using Microsoft.AspNetCore.Identity;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Accounts;

/// <summary>
/// One demo professional per role (Development only) with a fixed password and a fixed TOTP secret, so a
/// newcomer can add them to an authenticator app and tests can compute codes. The README lists them.
/// </summary>
public sealed class DemoAccounts(UserManager<Medewerker> users, TimeProvider tijd) : IZaaier
{
    public bool AlleenDemo => true;
    public int Volgorde => 20;

    /// <summary>Public in the README, so never valid outside demo data.</summary>
    public const string Wachtwoord = "Schakel-demo-2026";

    public sealed record Demo(string Rol, string Organisatie, string Email, string TotpSecret);

    public static readonly IReadOnlyList<Demo> Alle =
    [
        new(Rollen.Aandachtsfunctionaris, DemoOrganisaties.GemeenteNaam("'s-Gravenhage"), "aandachtsfunctionaris@demo.schakel.nl", "DEMOAANDACHTSFUNCTIONARISSCHAKEL"),
        new(Rollen.Zorgcoordinator, DemoOrganisaties.Shop, "zorgcoordinator@demo.schakel.nl", "DEMOZORGCOORDINATORSCHAKELDEMOZO"),
        new(Rollen.Opsporing, DemoOrganisaties.Politie, "opsporing@demo.schakel.nl", "DEMOOPSPORINGSCHAKELDEMOOPSPORIN"),
        new(Rollen.Opvangmedewerker, DemoOrganisaties.OpvangHaaglanden, "opvangmedewerker@demo.schakel.nl", "DEMOOPVANGMEDEWERKERSCHAKELDEMOO"),
        new(Rollen.Ketenregisseur, DemoOrganisaties.Rsiv, "ketenregisseur@demo.schakel.nl", "DEMOKETENREGISSEURSCHAKELDEMOKET"),
        new(Rollen.Beheerder, DemoOrganisaties.Rsiv, "beheerder@demo.schakel.nl", "DEMOBEHEERDERSCHAKELDEMOBEHEERDE"),
        new(Rollen.Aanbieder, DemoOrganisaties.CoMensha, "aanbieder@demo.schakel.nl", "DEMOAANBIEDERSCHAKELDEMOAANBIEDE"),
        new(Rollen.FunctionarisGegevensbescherming, DemoOrganisaties.Rsiv, "fg@demo.schakel.nl", "DEMOFGSCHAKELDEMOFGSCHAKELDEMOFG"),
    ];

    public static Demo Voor(string rol) => Alle.Single(d => d.Rol == rol);

    public async Task ZaaiAsync(CancellationToken ct)
    {
        foreach (var d in Alle)
        {
            if (await users.FindByEmailAsync(d.Email) is not null)
            {
                // A beheerder may have deactivated or reset a demo account; leave it as they left it.
                continue;
            }
            var medewerker = new Medewerker
            {
                Id = DemoOrganisaties.IdVan("account:" + d.Email),
                UserName = d.Email,
                Email = d.Email,
                EmailConfirmed = true,
                OrganisatieId = DemoOrganisaties.IdVan(d.Organisatie),
                AangemaaktOp = tijd.GetUtcNow(),
                TwoFactorEnabled = true,
            };
            Controleer(await users.CreateAsync(medewerker, Wachtwoord));
            Controleer(await users.AddToRoleAsync(medewerker, d.Rol));
            // Where Identity keeps the authenticator key (UserManager only offers a random one).
            Controleer(await users.SetAuthenticationTokenAsync(medewerker, "[AspNetUserStore]", "AuthenticatorKey", d.TotpSecret));
        }
    }

    private static void Controleer(IdentityResult r)
    {
        if (!r.Succeeded)
        {
            throw new InvalidOperationException("Demo-account aanmaken mislukt: " + string.Join(", ", r.Errors.Select(e => e.Code)));
        }
    }
}
