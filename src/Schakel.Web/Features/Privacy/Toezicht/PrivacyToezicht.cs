using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Accounts;

namespace Schakel.Web.Features.Privacy.Toezicht;

/// <summary>
/// The data protection officer's reading rights (AVG art. 38–39: inform, advise, monitor). The officer reads what shows whether
/// Schakel keeps its promises — the register, the legal bases, the requests' deadlines, holds, retention and the audit trail's
/// summary — and nothing of the cases themselves: no reports, referrals or shelter data, and no request's named person.
/// </summary>
public static class PrivacyToezicht
{
    /// <summary>Pages the beheerder maintains and the officer reads (register, legal bases).</summary>
    public const string Lezen = "privacy.toezicht.lezen";
    /// <summary>The officer's own overview page.</summary>
    public const string Functionaris = "privacy.toezicht.functionaris";

    public const string Pad = "/privacy/toezicht";

    public static readonly string[] Lezers = [Rollen.Beheerder, Rollen.FunctionarisGegevensbescherming];

    public static bool IsFunctionaris(ClaimsPrincipal wie) => wie.IsInRole(Rollen.FunctionarisGegevensbescherming);

    public static IServiceCollection AddPrivacyToezicht(this IServiceCollection services)
    {
        services.AddScoped<ToezichtOverzicht>();
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(Lezen, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Lezers));
            o.AddPolicy(Functionaris, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Rollen.FunctionarisGegevensbescherming));
        });
        services.Configure<WerkplekOptions>(o =>
            o.Links.Add(new(Pad, "Menu", [Rollen.FunctionarisGegevensbescherming], typeof(ToezichtTeksten), 84)));
        return services;
    }
}
