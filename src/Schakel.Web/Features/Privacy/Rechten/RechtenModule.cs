using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;

namespace Schakel.Web.Features.Privacy.Rechten;

/// <summary>Requests of people concerned and the pseudonym search keys (Features/Privacy/Rechten/README.md).</summary>
public static class RechtenModule
{
    public const string Beleid = "privacy.verzoeken";
    /// <summary>The list of requests: the handling roles and the data protection officer (read only).</summary>
    public const string LijstBeleid = "privacy.verzoeken.lijst";

    public static IServiceCollection AddPrivacyRechten(this IServiceCollection services)
    {
        services.AddScoped<Persoonspseudoniemen>();
        services.AddScoped<Verzoeken>();
        services.AddScoped<VerzoekBewaking>();
        services.AddScoped<IZaaier, PseudoniemAanvulling>();
        services.AddScoped<IWerkplekTeller, VerzoekTeller>();
        services.AddHostedService<VerzoekBewakingDienst>();
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(o =>
        {
            o.AddPolicy(Beleid, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Verzoeken.Rollen));
            o.AddPolicy(LijstBeleid, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Verzoeken.Lezers));
        });
        services.Configure<WerkplekOptions>(o =>
            o.Links.Add(new(VerzoekTeller.LijstPad, "MenuVerzoeken", Verzoeken.Lezers, typeof(RechtenTeksten), 88)));
        return services;
    }
}
