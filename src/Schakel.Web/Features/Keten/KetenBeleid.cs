using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Schakel.Core.Organisaties;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Keten;

/// <summary>
/// Who may use the chain's shared pages: the chain director curates them; focal officers and the partners
/// that work in the chain read them. Every policy also needs the organisation claim, for people and systems alike.
/// </summary>
public static class KetenBeleid
{
    public const string Lezen = "keten.lezen";
    public const string Beheren = "keten.beheren";

    public static readonly string[] RollenLezen =
        [Rollen.Ketenregisseur, Rollen.Aandachtsfunctionaris, Rollen.Zorgcoordinator, Rollen.Opsporing, Rollen.Opvangmedewerker, Rollen.Beheerder];

    public static readonly string[] RollenBeheren = [Rollen.Ketenregisseur];

    internal static IServiceCollection AddKetenBeleid(this IServiceCollection services)
    {
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AuthenticationOptions>>((o, aanmelding) =>
        {
            var schemas = aanmelding.Value.Schemes.Select(s => s.Name).Where(n => n == Schemas.Cookie || n == Schemas.Api).ToArray();
            o.AddPolicy(Lezen, p => Organisatiegebonden(p, schemas).RequireRole(RollenLezen));
            o.AddPolicy(Beheren, p => Organisatiegebonden(p, schemas).RequireRole(RollenBeheren));
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
