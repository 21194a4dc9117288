using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Keten.Gids;

/// <summary>The partner directory (Open Referral HSDS shape): public pages, the HSDS export and import.</summary>
public static class GidsModule
{
    public const string GidsBeheren = "keten.gids.beheren";

    public static IServiceCollection AddGids(this IServiceCollection services)
    {
        services.AddScoped<PubliekeGids>();
        services.AddScoped<HsdsExport>();
        services.AddScoped<HsdsImport>();
        services.AddScoped<IZaaier, DemoGids>();
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AuthenticationOptions>>((o, aanmelding) =>
        {
            var schemas = aanmelding.Value.Schemes.Select(s => s.Name).Where(n => n == Schemas.Cookie || n == Schemas.Api).ToArray();
            o.AddPolicy(GidsBeheren, p =>
            {
                if (schemas.Length > 0)
                {
                    p.AddAuthenticationSchemes(schemas);
                }
                p.RequireAuthenticatedUser().RequireClaim(SchakelClaims.Organisatie).RequireRole(Rollen.Ketenregisseur, Rollen.Beheerder);
            });
        });
        return services;
    }

    public static WebApplication MapGids(this WebApplication app)
    {
        app.MapHsds();
        return app;
    }
}
