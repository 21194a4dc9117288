using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Schakel.Core.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Shell;

namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>The public face of the reporting point: information, wegwijzer, report and follow-up pages.</summary>
public static class PubliekModule
{
    public const string IndicatorenBeheren = "meldpunt.indicatoren.beheren";

    public static IServiceCollection AddMeldpuntPubliek(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<PubliekeTekst>();
        services.AddSingleton<Ontvangstweergave>();
        services.AddScoped<LoketZoeker>();
        services.AddScoped<Beheer.IndicatorBeheer>();
        services.AddHoofdnavigatie<PubliekTeksten>("/informatie", "InfoTitel", 10);
        services.AddHoofdnavigatie<PubliekTeksten>("/wegwijzer", "WwTitel", 20);
        services.AddHoofdnavigatie<PubliekTeksten>("/melden", "MeldTitel", 30);
        services.AddHoofdnavigatie<PubliekTeksten>("/opvolgen", "OpvTitel", 40);
        services.Configure<Accounts.WerkplekOptions>(o => o.Links.Add(new("/beheer/indicatoren", "MenuIndicatoren", [Rollen.Beheerder], typeof(Shell.WerkplekTeksten), 84)));
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AuthenticationOptions>>((o, aanmelding) =>
        {
            // The staff cookie only once sign-in has registered it; until then the page is simply closed.
            var schemas = aanmelding.Value.Schemes.Select(s => s.Name).Where(n => n == Schemas.Cookie).ToArray();
            o.AddPolicy(IndicatorenBeheren, p =>
            {
                if (schemas.Length > 0)
                {
                    p.AddAuthenticationSchemes(schemas);
                }
                p.RequireAuthenticatedUser().RequireClaim(SchakelClaims.Organisatie).RequireRole(Rollen.Beheerder)
                    .RequireAssertion(c => !c.User.IsApiClient());
            });
        });
        return services;
    }
}
