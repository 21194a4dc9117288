using System.Security.Claims;
using Schakel.Web.Security;

namespace Schakel.Web.Tests.Infrastructure;

/// <summary>A signed-in professional as the services see one, for tests that call a service without signing in.</summary>
public static class Testmedewerker
{
    public static ClaimsPrincipal Van(Guid organisatie, params string[] rollen) => new(new ClaimsIdentity(
    [
        new Claim(SchakelClaims.Organisatie, organisatie.ToString()),
        new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
        .. rollen.Select(r => new Claim(SchakelClaims.Rol, r)),
    ], "test", ClaimTypes.Name, SchakelClaims.Rol));
}
