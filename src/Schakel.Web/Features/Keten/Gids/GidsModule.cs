using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Security;
using Schakel.Web.Shell;

namespace Schakel.Web.Features.Keten.Gids;

/// <summary>The partner directory (Open Referral HSDS shape): public pages, the HSDS export and import.</summary>
public static class GidsModule
{
    public const string GidsBeheren = "keten.gids.beheren";

    /// <summary>
    /// The staff pages of the directory: every professional who works in the chain (not the data protection officer, who edits no
    /// organisation's entry); which entries they may edit is checked per organisation.
    /// </summary>
    public const string GidsBewerken = "keten.gids.bewerken";

    public static IServiceCollection AddGids(this IServiceCollection services)
    {
        services.AddScoped<PubliekeGids>();
        services.AddScoped<HsdsExport>();
        services.AddScoped<HsdsImport>();
        services.AddScoped<Beheer.GidsBeheer>();
        services.AddScoped<IZaaier, DemoGids>();
        services.AddHoofdnavigatie<Publiek.GidsTeksten>("/partnergids", "Titel", 50);
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AuthenticationOptions>>((o, aanmelding) =>
        {
            var schemas = aanmelding.Value.Schemes.Select(s => s.Name).Where(n => n == Schemas.Cookie || n == Schemas.Api).ToArray();
            o.AddPolicy(GidsBeheren, p =>
            {
                if (schemas.Length > 0)
                {
                    p.AddAuthenticationSchemes(schemas);
                }
                p.RequireAuthenticatedUser().RequireClaim(SchakelClaims.Organisatie).RequireRole(Rollen.Ketenregisseur, Rollen.Beheerder);
            });
            // Staff pages: signed in with the second factor, never an API client.
            o.AddPolicy(GidsBewerken, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Rollen.Professionals));
        });
        services.Configure<WerkplekOptions>(o => o.Links.Add(new("/keten/gids", "Titel", Rollen.Professionals, typeof(Beheer.GidsBeheerTeksten), 66)));
        return services;
    }

    public static WebApplication MapGids(this WebApplication app)
    {
        app.MapHsds();
        Beheer.GidsBeheerEndpoints.MapGidsBeheer(app);
        return app;
    }
}
