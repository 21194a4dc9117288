using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Schakel.Core.Organisaties;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Meldpunt.Medewerkers;

/// <summary>
/// Staff of the reporting point: a signed-in professional with a handling role. Which reports they see is
/// decided per report (its reporting-point organisation must be theirs), in <see cref="MeldpuntBehandeling"/>.
/// </summary>
public static class MeldpuntBeleid
{
    public const string Behandelen = "meldpunt.behandelen";
    public const string Professional = "meldpunt.professional";

    public static readonly string[] RollenBehandelen = [Rollen.Ketenregisseur, Rollen.Aandachtsfunctionaris];

    internal static IServiceCollection AddMeldpuntBeleid(this IServiceCollection services)
    {
        services.AddAuthentication();
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AuthenticationOptions>>((o, aanmelding) =>
        {
            // People only: the cookie of a signed-in professional, as far as sign-in has registered it.
            var schemas = aanmelding.Value.Schemes.Select(s => s.Name).Where(n => n == Schemas.Cookie).ToArray();
            o.AddPolicy(Behandelen, p => Persoon(p, schemas).RequireRole(RollenBehandelen));
            // Not an account that is only data protection officer: the officer monitors and files or follows no reports here.
            o.AddPolicy(Professional, p => Persoon(p, schemas).RequireAssertion(c => !Accounts.AccountsBeleid.AlleenToezicht(c.User)));
        });
        return services;
    }

    private static AuthorizationPolicyBuilder Persoon(AuthorizationPolicyBuilder p, string[] schemas)
    {
        if (schemas.Length > 0)
        {
            p.AddAuthenticationSchemes(schemas);
        }
        return p.RequireAuthenticatedUser()
            .RequireClaim(SchakelClaims.Organisatie)
            .RequireAssertion(c => !c.User.IsApiClient());
    }
}
