using Microsoft.Extensions.DependencyInjection.Extensions;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang.Bord;
using Schakel.Web.Features.Opvang.Live;
using Schakel.Web.Features.Opvang.Overzicht;
using Schakel.Web.Features.Opvang.Plekken;
using Schakel.Web.Features.Opvang.Zoeken;

namespace Schakel.Web.Features.Opvang;

public static class OpvangModule
{
    public static IServiceCollection AddOpvang(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OpvangOpties>(configuration.GetSection("Opvang"));
        services.AddScoped<OpvangService>();
        // A live board registers its own listener; this default only fills the gap.
        services.TryAddSingleton<IOpvangGebeurtenissen, GeenGebeurtenissen>();
        services.AddOpvangLive();
        services.AddOpvangBord();
        services.AddOpvangZoeken();
        services.AddOpvangOverzicht();
        services.AddMijnPlekken();
        services.AddScoped<IZaaier, PlaatsingsbevoegdheidZaaier>();
        services.AddScoped<IZaaier, DemoOpvang>();
        services.AddScoped<OpvangBewaking>();
        services.AddScoped<Norm36Uur>();
        services.AddScoped<EscalatieNotificaties>();
        services.AddScoped<ReserveringNotificaties>();
        services.AddHostedService<OpvangBewakingsdienst>();
        return services;
    }

    public static WebApplication MapOpvang(this WebApplication app)
    {
        app.MapOpvangApi();
        app.MapOpvangcijfers();
        app.MapPlaatsingsbevoegdheid();
        app.MapOpvangLive();
        return app;
    }
}
