using Schakel.Core.Organisaties;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Keten.Meldroutekaart;
using Schakel.Web.Shell;

namespace Schakel.Web.Features.Keten;

/// <summary>
/// The chain's shared picture: the reporting-route map, the meetings, the knowledge library, the stakeholder
/// analysis, the flow chart and the signals table (Features/Keten/*; the directory lives in Keten/Gids).
/// </summary>
public static class KetensamenwerkingModule
{
    public static IServiceCollection AddKetensamenwerking(this IServiceCollection services)
    {
        services.AddKetenBeleid();
        services.AddScoped<MeldroutekaartOpbouw>();
        services.AddScoped<IMeldrouteWijzigingen, MeldroutekaartNotificaties>();
        services.AddHoofdnavigatie<MeldroutekaartTeksten>("/meldroutekaart", "NavTitel", 60);
        services.Configure<WerkplekOptions>(o =>
        {
            o.Links.Add(new(MeldroutekaartNotificaties.KaartPad, "Titel", KetenBeleid.RollenLezen, typeof(MeldroutekaartTeksten), 60));
        });
        return services;
    }

    public static WebApplication MapKetensamenwerking(this WebApplication app)
    {
        app.MapMeldroutekaart();
        return app;
    }
}
