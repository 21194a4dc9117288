using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Schakel.Core.Organisaties;
using Microsoft.Extensions.Options;
using Schakel.Web.Data;
using Schakel.Web.Security;

namespace Schakel.Web.Features.ApiClients;

public static class ApiClientsModule
{
    public const string BeheerBeleid = "apiclients.beheren";

    public static IServiceCollection AddApiClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TokenOpties>().Bind(configuration.GetSection(TokenOpties.Sectie));
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, TokenValidatie>();
        services.AddAuthentication().AddJwtBearer(Schemas.Api);
        services.AddAuthorization();
        // The management page is for people (staff cookie) once sign-in registers it; until then the
        // bearer scheme answers, so the page refuses with 401 instead of failing for want of a scheme.
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AuthenticationOptions>>((o, aanmelding) =>
        {
            var schema = aanmelding.Value.Schemes.Any(s => s.Name == Schemas.Cookie) ? Schemas.Cookie : Schemas.Api;
            o.AddPolicy(BeheerBeleid, p => p.AddAuthenticationSchemes(schema).RequireAuthenticatedUser()
                .RequireClaim(SchakelClaims.Organisatie).RequireRole(Rollen.Beheerder));
        });
        services.AddSingleton<TokenUitgifte>();
        services.AddScoped<ApiClientBeheer>();
        services.AddScoped<IZaaier, DemoApiClients>();
        return services;
    }

    public static WebApplication MapApiClients(this WebApplication app)
    {
        TokenEndpoint.Map(app);
        ApiClientEndpoints.Map(app);
        return app;
    }
}
