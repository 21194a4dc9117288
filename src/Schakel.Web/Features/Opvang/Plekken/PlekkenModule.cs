using Microsoft.AspNetCore.Authorization;
using Schakel.Web.Features.Accounts;

namespace Schakel.Web.Features.Opvang.Plekken;

/// <summary>The shelter's own page: only its staff keep its figures and answer holds.</summary>
public static class PlekkenModule
{
    public const string Beleid = "opvang.mijn-plekken";

    public static IServiceCollection AddMijnPlekken(this IServiceCollection services)
    {
        services.AddScoped<MijnPlekken>();
        services.Configure<AuthorizationOptions>(o => o.AddPolicy(Beleid, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Core.Organisaties.Rollen.Opvangmedewerker)));
        services.Configure<WerkplekOptions>(o => o.Links.Add(new("/opvang/mijn-plekken", "Titel", [Core.Organisaties.Rollen.Opvangmedewerker], typeof(PlekkenTeksten), 35)));
        services.AddScoped<IWerkplekTeller, PlekkenTeller>();
        return services;
    }
}

public sealed class PlekkenTeksten;
