using Microsoft.AspNetCore.Authorization;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Shell;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>Awareness: the menukaart, sessions and sign-up, attendance, evaluation and training coverage.</summary>
public static class BewustwordingModule
{
    public const string Aanbieders = "bewustwording.aanbieders";
    public const string Regie = "bewustwording.regie";

    public static IServiceCollection AddBewustwording(this IServiceCollection services)
    {
        services.AddScoped<Menukaart>();
        services.AddScoped<Inschrijven>();
        services.AddScoped<Beheer.AanbodBeheer>();
        services.AddScoped<ITrainingsdekking, Trainingsdekking>();
        services.AddScoped<IAandachtsfunctionarisRegister, AccountAandachtsfunctionarissen>();
        services.AddScoped<IBeleidsstatus, IngevuldeBeleidsstatus>();
        services.AddScoped<IZaaier, DemoAanbod>();
        services.AddHostedService<InschrijvingOpschoner>();
        services.AddHoofdnavigatie<BewustwordingTeksten>("/bewustwording", "Menukaart", volgorde: 60);
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(Aanbieders, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Rollen.Aanbieder, Rollen.Ketenregisseur));
            o.AddPolicy(Regie, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Rollen.Ketenregisseur, Rollen.Aandachtsfunctionaris));
        });
        services.Configure<WerkplekOptions>(o =>
        {
            o.Links.Add(new("/bewustwording/beheer", "BeheerTitel", [Rollen.Aanbieder, Rollen.Ketenregisseur], typeof(Beheer.BewustwordingBeheerTeksten), 70));
            o.Links.Add(new("/bewustwording/dekking", "DekkingTitel", [Rollen.Ketenregisseur, Rollen.Aandachtsfunctionaris], typeof(Beheer.BewustwordingBeheerTeksten), 71));
        });
        return services;
    }

    public static WebApplication MapBewustwording(this WebApplication app)
    {
        app.MapBewustwordingApi();
        return app;
    }
}

/// <summary>Texts of the public menukaart pages (nl, en, pl, bg, ro) and the names of audiences.</summary>
public sealed class BewustwordingTeksten;
