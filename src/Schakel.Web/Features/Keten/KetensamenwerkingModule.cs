using Microsoft.Extensions.DependencyInjection.Extensions;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Keten.Kennisbank;
using Schakel.Web.Features.Keten.Meldroutekaart;
using Schakel.Web.Features.Keten.Overleg;
using Schakel.Web.Features.Keten.Signalentafel;
using Schakel.Web.Features.Keten.Stakeholders;
using Schakel.Web.Features.Keten.Stroomschema;
using Schakel.Web.Data;
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
        services.AddScoped<OverlegOpslag>();
        // Sturing registers the real choice of actions; without it no decision can be linked.
        services.TryAddScoped<IActiekeuze, GeenActies>();
        services.AddScoped<IZaaier, OverlegZaaier>();
        services.AddScoped<IZaaier, OverlegDemo>();
        services.AddScoped<KennisbankOpslag>();
        services.AddScoped<IZaaier, KennisbankZaaier>();
        services.AddScoped<StroomschemaOpbouw>();
        services.AddScoped<StakeholderOpslag>();
        services.AddScoped<IZaaier, StakeholderDemo>();
        services.AddScoped<SignalentafelOpslag>();
        services.AddScoped<IZaaier, SignalentafelDemo>();
        services.AddScoped<IWerkplekTeller, SignalentafelTeller>();
        services.AddHoofdnavigatie<KennisbankTeksten>("/kennisbank", "NavTitel", 61);
        services.AddHoofdnavigatie<MeldroutekaartTeksten>("/meldroutekaart", "NavTitel", 60);
        services.Configure<WerkplekOptions>(o =>
        {
            o.Links.Add(new(MeldroutekaartNotificaties.KaartPad, "Titel", KetenBeleid.RollenLezen, typeof(MeldroutekaartTeksten), 60));
            o.Links.Add(new("/keten/overleggen", "Titel", KetenBeleid.RollenLezen, typeof(OverlegTeksten), 61));
            o.Links.Add(new("/keten/kennisbank", "BeheerTitel", KetenBeleid.RollenLezen, typeof(KennisbankBeheerTeksten), 62));
            o.Links.Add(new("/keten/stakeholders", "Titel", KetenBeleid.RollenLezen, typeof(StakeholderTeksten), 63));
            o.Links.Add(new("/keten/stroomschema", "Titel", KetenBeleid.RollenLezen, typeof(StroomschemaTeksten), 64));
            o.Links.Add(new(SignalentafelTeller.Pad, "Titel", KetenBeleid.RollenLezen, typeof(SignalentafelTeksten), 65));
        });
        return services;
    }

    public static WebApplication MapKetensamenwerking(this WebApplication app)
    {
        app.MapMeldroutekaart();
        app.MapOverleg();
        app.MapSignalentafel();
        app.MapStakeholders();
        Aandachtsfunctionarissen.AandachtsfunctionarisEndpoints.MapAandachtsfunctionarissen(app);
        return app;
    }
}
