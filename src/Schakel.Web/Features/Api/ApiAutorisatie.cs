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
}
