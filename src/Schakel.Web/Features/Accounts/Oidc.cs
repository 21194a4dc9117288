using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Schakel.Web.Features.Accounts;

/// <summary>External sign-in through the organisation's own identity provider; off unless Oidc:Authority is set.</summary>
public sealed class OidcInstellingen
{
    public const string Schema = "oidc";
    public string? Authority { get; init; }
    public string? ClientId { get; init; }
    public string? ClientSecret { get; init; }
    public string Weergavenaam { get; init; } = "uw organisatie";

    public bool Aan => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}

public static class OidcRegistratie
{
    internal static IServiceCollection AddOidc(this IServiceCollection services, IConfiguration configuration)
    {
        var instellingen = configuration.GetSection("Oidc").Get<OidcInstellingen>() ?? new OidcInstellingen();
        services.AddSingleton(instellingen);
        if (!instellingen.Aan)
        {
            return services;
        }
        services.AddAuthentication().AddOpenIdConnect(OidcInstellingen.Schema, o =>
        {
            o.Authority = instellingen.Authority;
            o.ClientId = instellingen.ClientId;
            o.ClientSecret = instellingen.ClientSecret;
            // Authorization code flow with PKCE, as the NL GOV OpenID Connect profile asks.
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.CallbackPath = "/inloggen/oidc-terug";
            o.SaveTokens = false;
            o.GetClaimsFromUserInfoEndpoint = true;
            o.MapInboundClaims = true;
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("email");
        });
        return services;
    }
}
