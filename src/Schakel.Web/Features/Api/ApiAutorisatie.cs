using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Api;

public static class ApiAutorisatie
{
    /// <summary>
    /// Bearer token only, with one of the roles: an API endpoint never falls back to the staff cookie,
    /// so a missing token is a 401 problem, never a redirect to a sign-in page.
    /// </summary>
    public static TBuilder VereistApiRol<TBuilder>(this TBuilder builder, params string[] rollen)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(p =>
        {
            p.AddAuthenticationSchemes(Schemas.Api).RequireAuthenticatedUser();
            if (rollen.Length > 0)
            {
                p.RequireRole(rollen);
            }
        });

    /// <summary>
    /// Policies that accept both the staff cookie and bearer tokens challenge both; on an API path the
    /// cookie must answer 401/403 like the bearer scheme instead of redirecting to the sign-in page.
    /// PostConfigure, so it wraps whatever events sign-in sets up.
    /// </summary>
    public static IServiceCollection AddApiZonderRedirects(this IServiceCollection services)
    {
        services.PostConfigure<CookieAuthenticationOptions>(Schemas.Cookie, o =>
        {
            var naarAanmelden = o.Events.OnRedirectToLogin;
            var naarGeweigerd = o.Events.OnRedirectToAccessDenied;
            o.Events.OnRedirectToLogin = c => AlsApi(c, StatusCodes.Status401Unauthorized, naarAanmelden);
            o.Events.OnRedirectToAccessDenied = c => AlsApi(c, StatusCodes.Status403Forbidden, naarGeweigerd);
        });
        return services;
    }

    private static Task AlsApi(RedirectContext<CookieAuthenticationOptions> c, int status, Func<RedirectContext<CookieAuthenticationOptions>, Task> anders)
    {
        if (!ApiConventies.IsApi(c.Request.Path))
        {
            return anders(c);
        }
        c.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
