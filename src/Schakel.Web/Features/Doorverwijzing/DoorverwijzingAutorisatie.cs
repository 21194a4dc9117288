using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Schakel.Core.Organisaties;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Doorverwijzing;

/// <summary>
/// Who may do what with the reporting route. Testing the route (a dry run that stores nothing and holds no
/// personal data) is open to those who route reports or answer for the route: beheerder,
/// aandachtsfunctionaris and ketenregisseur, as people or as API clients with that role. Changing it is for
/// the beheerder only.
/// </summary>
public static class DoorverwijzingBeleid
{
    public const string MeldrouteLezen = "doorverwijzing.meldroute.lezen";
    public const string MeldrouteBeheren = "doorverwijzing.meldroute.beheren";
    /// <summary>Triage and referral of the reporting point's own reports, by its staff or their case system.</summary>
    public const string MeldingBehandelen = "doorverwijzing.melding.behandelen";
    /// <summary>The chain director's overview of overdue reports and referrals (counts, no personal data).</summary>
    public const string TermijnenBewaken = "doorverwijzing.termijnen.bewaken";

    /// <summary>Reading and answering referrals, received or sent, by people or their case system.</summary>
    public const string DoorverwijzingVolgen = "doorverwijzing.volgen";

    /// <summary>
    /// Every professional role that may work on a referral: the receiving professionals (focal officers, care
    /// coordinators, investigators, shelter staff) and the chain director, who both sends and receives.
    /// Administrators manage the platform and read no cases. Which referral a caller reaches is decided by
    /// organisation in <c>DoorverwijzingLezer</c>, not by role.
    /// </summary>
    public static readonly string[] RollenDoorverwijzingVolgen =
        [Rollen.Aandachtsfunctionaris, Rollen.Zorgcoordinator, Rollen.Opsporing, Rollen.Opvangmedewerker, Rollen.Ketenregisseur];

    public static readonly string[] RollenMeldrouteLezen = [Rollen.Beheerder, Rollen.Aandachtsfunctionaris, Rollen.Ketenregisseur];

    internal static IServiceCollection AddDoorverwijzingBeleid(this IServiceCollection services)
    {
        services.AddAuthentication();
        services.AddAuthorization();
        // People (cookie) and partner systems (bearer) carry the same claims, so each policy accepts both
        // schemes, as far as sign-in has registered them.
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AuthenticationOptions>>((o, aanmelding) =>
        {
            var schemas = aanmelding.Value.Schemes.Select(s => s.Name)
                .Where(n => n == Schemas.Cookie || n == Schemas.Api).ToArray();
            o.AddPolicy(MeldrouteLezen, p => Organisatiegebonden(p, schemas).RequireRole(RollenMeldrouteLezen));
            o.AddPolicy(MeldrouteBeheren, p => Organisatiegebonden(p, schemas).RequireRole(Rollen.Beheerder));
            o.AddPolicy(DoorverwijzingVolgen, p => Organisatiegebonden(p, schemas).RequireRole(RollenDoorverwijzingVolgen));
            o.AddPolicy(TermijnenBewaken, p => Organisatiegebonden(p, schemas).RequireRole(Rollen.Ketenregisseur));
            o.AddPolicy(MeldingBehandelen, p => Organisatiegebonden(p, schemas).RequireRole(Meldpunt.Medewerkers.MeldpuntBeleid.RollenBehandelen));
        });
        return services;
    }

    private static AuthorizationPolicyBuilder Organisatiegebonden(AuthorizationPolicyBuilder p, string[] schemas)
    {
        if (schemas.Length > 0)
        {
            p.AddAuthenticationSchemes(schemas);
        }
        return p.RequireAuthenticatedUser().RequireClaim(SchakelClaims.Organisatie);
    }
}
