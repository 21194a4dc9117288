using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Meldpunt.Api;
using Schakel.Web.Features.Meldpunt.Berichten;
using Schakel.Web.Features.Meldpunt.Bijlagen;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Features.Meldpunt.Misbruik;
using Schakel.Web.Features.Meldpunt.Opvolging;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Meldpunt;

public static class MeldpuntModule
{
    public static IServiceCollection AddMeldpunt(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IZaaier, IndicatorZaaier>();
        services.AddSingleton<OntvangstcodeHasher>();
        services.AddSingleton<Verzendsleutels>();
        services.Configure<VerzendsleutelOpties>(configuration.GetSection("Verzendsleutels"));
        services.AddScoped<VerzendsleutelOpruimer>();
        services.AddHostedService<VerzendsleutelOpruimdienst>();
        services.AddSingleton<MeldpuntOrganisatieKiezer>();
        services.AddSingleton<BijlageOpslag>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new PubliekeLimietFilter()));
        services.AddScoped<BerichtWeergave>();
        services.AddScoped<MeldpuntIntake>();
        services.AddScoped<MeldpuntOpvolging>();
        services.AddScoped<MeldpuntBehandeling>();
        services.AddScoped<MeldpuntNotificaties>();
        services.AddMeldpuntBeleid();
        services.Configure<WerkplekOptions>(o =>
        {
            o.Links.Add(new(MeldpuntTeller.InboxPad, "MenuMeldpunt", MeldpuntBeleid.RollenBehandelen, typeof(Shell.WerkplekTeksten), 10));
            o.Links.Add(new("/meldpunt/medewerkers/aannemen", "MenuAannemen", MeldpuntBeleid.RollenBehandelen, typeof(Shell.WerkplekTeksten), 15));
            o.Links.Add(new("/meldpunt/mijn-meldingen", "MenuMijn", Schakel.Core.Organisaties.Rollen.Professionals, typeof(Shell.WerkplekTeksten), 60));
        });
        services.AddScoped<IWerkplekTeller, MeldpuntTeller>();
        return services;
    }

    public static WebApplication MapMeldpunt(this WebApplication app)
    {
        app.MapMeldingen();
        return app;
    }
}
