using Microsoft.AspNetCore.Authorization;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Sturing.Api;
using Schakel.Web.Features.Sturing.Plannen;
using Schakel.Web.Features.Sturing.Rapportage;
using Schakel.Web.Features.Sturing.Referentie;

namespace Schakel.Web.Features.Sturing;

/// <summary>Sturing: the action plans with quarterly progress and reports, and the municipalities' basic level.</summary>
public static class SturingModule
{
    public const string Lezen = "sturing.lezen";
    /// <summary>Linking the installation's organisations to the plans' owners: the beheerder and the ketenregisseur.</summary>
    public const string Eigenaren = "sturing.eigenaren";
    /// <summary>Keeping the basic-level checklist's items: the beheerder and the ketenregisseur.</summary>
    public const string Checklistbeheer = "sturing.checklistbeheer";

    public static IServiceCollection AddSturing(this IServiceCollection services)
    {
        services.AddScoped<SturingToegang>();
        services.AddScoped<Actieplannen>();
        services.AddScoped<VoortgangMelden>();
        services.AddScoped<Rapportages>();
        services.AddScoped<BasisniveauBerekening>();
        services.AddScoped<Basisniveaulijst>();
        services.AddScoped<BasisniveauItembeheer>();
        // "Trained this year" from Bewustwording's coverage (entered by hand where it knows no focal officer).
        services.AddScoped<ITrainingsdekking, TrainingsdekkingUitBewustwording>();
        services.AddScoped<IActiebesluiten, ActiebesluitenUitOverleggen>();
        services.AddScoped<Keten.Overleg.IActiekeuze, ActiekeuzeUitSturing>();
        services.AddScoped<EvaluatieHerinnering>();
        services.AddScoped<Basisniveau.Jaarverslagen>();
        services.AddScoped<Basisniveau.JaarverslagBronnen>();
        services.AddHostedService<EvaluatieHerinneraar>();
        services.AddScoped<IZaaier, SturingZaaier>();
        services.AddScoped<IZaaier, SturingDemoEigenaren>();
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(Lezen, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(SturingToegang.Lezers));
            o.AddPolicy(Eigenaren, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Rollen.Beheerder, Rollen.Ketenregisseur));
            o.AddPolicy(Checklistbeheer, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Rollen.Beheerder, Rollen.Ketenregisseur));
        });
        services.Configure<WerkplekOptions>(o =>
        {
            o.Links.Add(new("/sturing", "MenuPlannen", SturingToegang.VoortgangRollen, typeof(SturingTeksten), 64));
            o.Links.Add(new("/sturing/rapportage", "MenuRapportage", [Rollen.Ketenregisseur], typeof(SturingTeksten), 65));
            o.Links.Add(new("/sturing/basisniveau", "MenuBasisniveau", SturingToegang.BasisniveauRollen, typeof(SturingTeksten), 66));
            o.Links.Add(new("/sturing/tegenstrijdigheden", "MenuTegenstrijdigheden", [Rollen.Ketenregisseur], typeof(SturingTeksten), 67));
            o.Links.Add(new("/sturing/eigenaren", "MenuEigenaren", [Rollen.Beheerder, Rollen.Ketenregisseur], typeof(SturingTeksten), 68));
            o.Links.Add(new("/sturing/basisniveau/items", "MenuBasisniveauItems", [Rollen.Beheerder, Rollen.Ketenregisseur], typeof(SturingTeksten), 68));
        });
        return services;
    }

    public static WebApplication MapSturing(this WebApplication app)
    {
        app.MapSturingApi();
        app.MapSturingRapportage();
        Basisniveau.Jaarverslagen.MapJaarverslagPdf(app);
        Basisniveau.VngRapportage.MapVngExport(app);
        return app;
    }
}

public sealed class SturingTeksten;
