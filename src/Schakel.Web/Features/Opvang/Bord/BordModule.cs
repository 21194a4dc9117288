using Microsoft.AspNetCore.Authorization;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Accounts;

namespace Schakel.Web.Features.Opvang.Bord;

/// <summary>
/// The board is for those who place (they also create requests and hold beds) and, read only, the chain
/// director. What each may do is still decided in <see cref="OpvangService"/>.
/// </summary>
public static class BordModule
{
    public const string Beleid = "opvang.bord";

    public static readonly string[] Rollen = [.. OpvangToegang.Plaatsers, Core.Organisaties.Rollen.Ketenregisseur];

    public static IServiceCollection AddOpvangBord(this IServiceCollection services)
    {
        services.Configure<AuthorizationOptions>(o => o.AddPolicy(Beleid, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Rollen)));
        services.Configure<WerkplekOptions>(o => o.Links.Add(new("/opvang/bord", "LinkBord", Rollen, typeof(BordTeksten), 30)));
        services.AddScoped<IWerkplekTeller, BordTeller>();
        return services;
    }
}
