using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Indicatoren;

namespace Schakel.Web.Features.Meldpunt;

public static class MeldpuntModule
{
    public static IServiceCollection AddMeldpunt(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IZaaier, IndicatorZaaier>();
        return services;
    }

    public static WebApplication MapMeldpunt(this WebApplication app) => app;
}
