using Microsoft.AspNetCore.Authorization;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Keten.Aandachtsfunctionarissen;

public static class AandachtsfunctionarissenModule
{
    /// <summary>Keeping the register: the chain director (every municipality) and focal officers (their own municipality).</summary>
    public const string RegisterBijhouden = "keten.aandachtsfunctionarissen.bijhouden";

    public static readonly string[] RollenBijhouden = [Rollen.Ketenregisseur, Rollen.Aandachtsfunctionaris];

    public static IServiceCollection AddAandachtsfunctionarissen(this IServiceCollection services)
    {
        services.AddScoped<IAandachtsfunctionarissen, Aandachtsfunctionarissen>();
        services.AddScoped<AandachtsfunctionarisBeheer>();
        services.AddScoped<IZaaier, DemoAandachtsfunctionarissen>();
        services.AddAuthorization();
        // A staff page: signed in with the second factor, never an API client.
        services.Configure<AuthorizationOptions>(o =>
            o.AddPolicy(RegisterBijhouden, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(RollenBijhouden)));
        services.Configure<WerkplekOptions>(o =>
            o.Links.Add(new("/keten/aandachtsfunctionarissen", "Titel", RollenBijhouden, typeof(AandachtsfunctionarisTeksten), 67)));
        return services;
    }
}
