using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Keten.Aandachtsfunctionarissen;

public static class AandachtsfunctionarissenModule
{
    /// <summary>Keeping the register: the chain director (every municipality) and focal officers (their own municipality).</summary>
    public const string RegisterBijhouden = "keten.aandachtsfunctionarissen.bijhouden";

    public static readonly string[] RollenBijhouden = [Rollen.Ketenregisseur, Rollen.Aandachtsfunctionaris];

    public static IServiceCollection AddAandachtsfunctionarissen(this IServiceCollection services)
    {
        services.AddScoped<IAandachtsfunctionarissen, Aandachtsfunctionarissen>();
        services.AddScoped<AandachtsfunctionarisBeheer>();
        services.AddScoped<IZaaier, DemoAandachtsfunctionarissen>();
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AuthenticationOptions>>((o, aanmelding) =>
        {
            var schemas = aanmelding.Value.Schemes.Select(s => s.Name).Where(n => n == Schemas.Cookie).ToArray();
            o.AddPolicy(RegisterBijhouden, p =>
            {
                if (schemas.Length > 0)
                {
                    p.AddAuthenticationSchemes(schemas);
                }
                p.RequireAuthenticatedUser().RequireClaim(SchakelClaims.Organisatie).RequireRole(RollenBijhouden);
            });
        });
        services.Configure<WerkplekOptions>(o =>
            o.Links.Add(new("/keten/aandachtsfunctionarissen", "Titel", RollenBijhouden, typeof(AandachtsfunctionarisTeksten), 67)));
        return services;
    }
}
