using Microsoft.Extensions.DependencyInjection.Extensions;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Doorverwijzing.Live;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Doorverwijzing.Partner;
using Schakel.Web.Features.Doorverwijzing.Triage;
using Schakel.Web.Features.Doorverwijzing.Werkstroom;
using Schakel.Core.Doorverwijzing;

namespace Schakel.Web.Features.Doorverwijzing;

public static class DoorverwijzingModule
{
    public static IServiceCollection AddDoorverwijzing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDoorverwijzingBeleid();
        services.AddScoped<IZaaier, MeldrouteZaaier>();
        services.AddScoped<IZaaier, GrondslagZaaier>();
        services.AddScoped<IZaaier, Model.UitlegOmzetting>();
        services.AddScoped<MeldrouteOpslag>();
        services.AddScoped<DeelbeleidOpslag>();
        services.AddScoped<DeelTekst>();
        services.AddScoped<DatabaseOrganisatieGids>();
        services.AddScoped<KenmerkenLezer>();
        services.AddScoped<RouteVoorsteller>();
        services.AddSingleton<Routegegevens>();
        services.AddSingleton<Schaal.Wijzigingen.IWijzigingsvolger>(sp => sp.GetRequiredService<Routegegevens>());
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, RoutebasisVolger>();
        services.AddScoped<TriageBehandeling>();
        services.AddScoped<DoorverwijzingVersturen>();
        services.AddScoped<UitkomstTerugkoppelen>();
        services.AddScoped<Termijnbewaking>();
        services.AddScoped<DoorverwijzingLezer>();
        services.AddScoped<Leesbeperking>();
        services.AddScoped<DoorverwijzingAfhandeling>();
        services.Configure<WerkplekOptions>(o =>
        {
            o.Links.Add(new("/doorverwijzingen", "LinkInbox", DoorverwijzingBeleid.RollenDoorverwijzingVolgen, typeof(PartnerTeksten), 20));
            o.Links.Add(new("/ketenregie/termijnen", "MenuTermijnen", [Schakel.Core.Organisaties.Rollen.Ketenregisseur], typeof(Shell.WerkplekTeksten), 50));
            o.Links.Add(new("/beheer/meldroute", "MenuMeldroute", [Schakel.Core.Organisaties.Rollen.Beheerder], typeof(Shell.WerkplekTeksten), 83));
        });
        services.AddScoped<IWerkplekTeller, DoorverwijzingTeller>();
        // First-action deadlines per urgency; defaults from the policy, editable per installation.
        var termijnen = configuration.GetSection("Doorverwijzing:Termijnen").Get<TermijnOpties>() ?? new TermijnOpties();
        services.AddSingleton(new Termijnen(termijnen));
        // Live updates replace this with AddScoped/AddSingleton of their own implementation (the last registration wins).
        services.TryAddSingleton<IDoorverwijzingGebeurtenissen, GeenDoorverwijzingGebeurtenissen>();
        // Live signals and the new-referral notification; scoped because the notification outbox is.
        services.AddSignalR();
        services.AddScoped<IDoorverwijzingGebeurtenissen, LiveDoorverwijzingGebeurtenissen>();
        return services;
    }

    public static WebApplication MapDoorverwijzing(this WebApplication app)
    {
        app.MapMeldroute();
        app.MapTriage();
        app.MapWerkstroom();
        app.MapPartner();
        app.MapHub<DoorverwijzingHub>(DoorverwijzingHub.Pad);
        return app;
    }
}
