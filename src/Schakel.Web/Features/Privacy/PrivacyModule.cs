using Schakel.Core.Organisaties;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Privacy.Bewaring;
using Schakel.Web.Features.Privacy.Register;
using Schakel.Web.Features.Privacy.Toezicht;

namespace Schakel.Web.Features.Privacy;

/// <summary>Declarations of personal data, the register of processing, retention and legal holds (Features/Privacy/README.md).</summary>
public static class PrivacyModule
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuratie)
    {
        services.Configure<BewaringOpties>(configuratie.GetSection("Privacy:Bewaring"));
        services.AddScoped<Bewaartaak>();
        services.AddScoped<Bewaarblokkades>();
        services.AddScoped<RegisterOpbouw>();
        services.AddSingleton<Bewaardienst>();
        services.AddHostedService(sp => sp.GetRequiredService<Bewaardienst>());
        services.AddPrivacyToezicht();
        services.Configure<WerkplekOptions>(o =>
            o.Links.Add(new("/beheer/verwerkingsregister", "MenuVerwerkingsregister", PrivacyToezicht.Lezers, typeof(PrivacyTeksten), 87)));
        return services;
    }

    public static WebApplication MapPrivacy(this WebApplication app)
    {
        app.MapVerwerkingsregister();
        app.MapBewaarblokkades();
        Grondslagen.GrondslagenEndpoints.MapVerwerkingsgrondslagen(app);
        Rechten.VerzoekenEndpoints.MapPrivacyverzoeken(app);
        return app;
    }
}
