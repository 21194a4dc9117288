using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Security;
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
    /// <summary>Any signed-in professional who works in the chain (not an account that is only data protection officer): signs up as themselves.</summary>
    public const string Deelnemers = "bewustwording.deelnemers";

    public static IServiceCollection AddBewustwording(this IServiceCollection services)
    {
        services.AddScoped<Menukaart>();
        services.AddScoped<Inschrijven>();
        services.AddScoped<Evaluaties>();
        services.AddScoped<Certificaat.Certificaten>();
        services.AddScoped<Bijeenkomsten>();
        services.AddScoped<IBijeenkomstenTelling>(sp => sp.GetRequiredService<Bijeenkomsten>());
        services.AddScoped<Hotelregister>();
        services.AddScoped<Kennispeilingen>();
        services.AddScoped<Beheer.AanbodBeheer>();
        services.AddScoped<NieuwePartners>();
        services.AddScoped<ITrainingsdekking, Trainingsdekking>();
        services.AddScoped<IBeleidsstatus, SturingBeleidsstatus>();
        services.AddScoped<IZaaier, DemoAanbod>();
        services.AddScoped<IZaaier, NpstLandelijkeCijfers>();
        services.AddHostedService<InschrijvingOpschoner>();
        services.AddScoped<InschrijvingBerichten>();
        services.AddHostedService<InschrijvingBerichtenMailer>();
        services.AddHoofdnavigatie<BewustwordingTeksten>("/bewustwording", "Menukaart", volgorde: 60);
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(Aanbieders, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Rollen.Aanbieder, Rollen.Ketenregisseur));
            o.AddPolicy(Deelnemers, p => AccountsBeleid.Professionalbeleid(p));
            o.AddPolicy(Regie, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Rollen.Ketenregisseur, Rollen.Aandachtsfunctionaris));
        });
        services.Configure<WerkplekOptions>(o =>
        {
            o.Links.Add(new("/bewustwording/beheer", "BeheerTitel", [Rollen.Aanbieder, Rollen.Ketenregisseur], typeof(Beheer.BewustwordingBeheerTeksten), 70));
            o.Links.Add(new("/bewustwording/mijn", "MijnTitel", Rollen.Professionals, typeof(Beheer.BewustwordingBeheerTeksten), 69));
            o.Links.Add(new("/bewustwording/evaluaties", "EvaluatiesTitel", [Rollen.Aanbieder, Rollen.Ketenregisseur], typeof(Beheer.BewustwordingBeheerTeksten), 72));
            o.Links.Add(new("/bewustwording/bijeenkomsten/beheer", "BkTitel", [Rollen.Ketenregisseur, Rollen.Aandachtsfunctionaris], typeof(Beheer.BewustwordingBeheerTeksten), 73));
            o.Links.Add(new("/bewustwording/hotels", "HtTitel", [Rollen.Ketenregisseur, Rollen.Aandachtsfunctionaris], typeof(Beheer.BewustwordingBeheerTeksten), 74));
            o.Links.Add(new("/bewustwording/kennispeiling/resultaten", "KpResultaten", [Rollen.Ketenregisseur, Rollen.Aandachtsfunctionaris], typeof(Beheer.BewustwordingBeheerTeksten), 75));
            o.Links.Add(new("/bewustwording/dekking", "DekkingTitel", [Rollen.Ketenregisseur, Rollen.Aandachtsfunctionaris], typeof(Beheer.BewustwordingBeheerTeksten), 71));
        });
        return services;
    }

    public static WebApplication MapBewustwording(this WebApplication app)
    {
        app.MapBewustwordingApi();
        // The professional's own certificate; someone else's sign-up answers 404.
        app.MapGet("/bewustwording/mijn/{id:guid}/certificaat", async (Guid id, HttpContext http, SchakelDbContext db, Certificaat.Certificaten certificaten,
            CancellationToken ct) =>
        {
            var medewerker = http.User.MedewerkerId();
            if (medewerker is null || !await db.Set<Model.Inschrijving>().AnyAsync(i => i.Id == id && i.MedewerkerId == medewerker, ct))
            {
                return Results.NotFound();
            }
            return await certificaten.PdfAsync(http, id, http.User.AlsActor(), ct);
        }).RequireAuthorization(Deelnemers).ExcludeFromDescription();
        return app;
    }
}

/// <summary>Texts of the public menukaart pages (nl, en, pl, bg, ro) and the names of audiences.</summary>
public sealed class BewustwordingTeksten;
