using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Schakel.Web.Data;
using Schakel.Web.Security;

namespace Schakel.Web.Features.ApiClients;

public static class ApiClientsModule
{
    public static IServiceCollection AddApiClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TokenOpties>().Bind(configuration.GetSection(TokenOpties.Sectie));
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, TokenValidatie>();
        services.AddAuthentication().AddJwtBearer(Schemas.Api);
        services.AddAuthorization();
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
