using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Accounts;

public static class AccountsBeleid
{
    /// <summary>A signed-in professional who passed the second factor. Staff pages use this policy.</summary>
    public const string Medewerker = "Medewerker";
    public const string Beheerder = "Beheerder";
    /// <summary>Only the enrolment page: password checked, no second factor yet.</summary>
    public const string Inrichten = "Inrichten";
    public const string InrichtenSchema = "Schakel.Inrichten";

    /// <summary>Authentication methods; Identity's two-factor sign-in sets "mfa".</summary>
    public const string AmrClaim = "amr";
    public const string Mfa = "mfa";

    /// <summary>
    /// A signed-in professional who works in the chain: <see cref="Medewerkerbeleid"/> without an account that is only data protection
    /// officer (its pages are the privacy pages, notifications and the account; Rollen.Professionals).
    /// </summary>
    internal static AuthorizationPolicyBuilder Professionalbeleid(AuthorizationPolicyBuilder p) =>
        Medewerkerbeleid(p).RequireAssertion(c => !AlleenToezicht(c.User));

    /// <summary>Whether the account is only data protection officer (no role that works in the chain).</summary>
    public static bool AlleenToezicht(System.Security.Claims.ClaimsPrincipal wie) =>
        Schakel.Core.Organisaties.Rollen.AlleenToezicht(wie.Rollen());

    internal static AuthorizationPolicyBuilder Medewerkerbeleid(AuthorizationPolicyBuilder p) =>
        p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(SchakelClaims.Organisatie)
            .RequireClaim(AmrClaim, Mfa)
            .RequireAssertion(c => !c.User.IsApiClient());
}
