using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Security;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Doorverwijzing;

/// <summary>
/// Signs a test request in as a member of an organisation with given roles, through the same claims the
/// real sign-in sets (organisation id, roles, client_id for API clients). It takes the place of whatever
/// handler the cookie and bearer schemes have, so the app's own authorization policies are what is tested.
/// </summary>
public sealed class TestAanmeldingHandler(IOptionsMonitor<AuthenticationSchemeOptions> opties, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(opties, logger, encoder)
{
    public const string Kop = "X-Test-Aanmelding";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Format: organisation-guid;role,role;client-id (client-id empty for a person).
        if (!Request.Headers.TryGetValue(Kop, out var waarde) || waarde.ToString().Split(';') is not [var org, var rollen, var client])
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var claims = new List<Claim>
        {
            new(SchakelClaims.Organisatie, org),
            // Stable per sign-in header, so antiforgery tokens (bound to the user) survive between requests.
            new(ClaimTypes.NameIdentifier, new Guid(MD5.HashData(Encoding.UTF8.GetBytes(waarde.ToString()))).ToString()),
        };
        claims.AddRange(rollen.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(SchakelClaims.Rol, r)));
        if (client.Length > 0)
        {
            claims.Add(new Claim(SchakelClaims.ClientId, client));
        }
        else
        {
            // Professionals always sign in with their second factor; the real sign-in records it the same way.
            claims.Add(new Claim(AccountsBeleid.AmrClaim, AccountsBeleid.Mfa));
        }
        var identiteit = new ClaimsIdentity(claims, Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identiteit), Scheme.Name)));
    }
}

public static class TestAanmelding
{
    public static void Registreer(IServiceCollection services)
    {
        services.AddAuthentication();
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            foreach (var naam in new[] { Schemas.Cookie, Schemas.Api })
            {
                if (o.SchemeMap.TryGetValue(naam, out var bestaand))
                {
                    bestaand.HandlerType = typeof(TestAanmeldingHandler);
                }
                else
                {
                    o.AddScheme(naam, b => b.HandlerType = typeof(TestAanmeldingHandler));
                }
            }
        });
    }

    /// <summary>A client signed in as a person of <paramref name="organisatie"/> with these roles.</summary>
    public static HttpClient Als(this SchakelFactory factory, Guid organisatie, params string[] rollen) =>
        Maak(factory, $"{organisatie};{string.Join(',', rollen)};");

    /// <summary>A client signed in as a partner system of <paramref name="organisatie"/> with these roles.</summary>
    public static HttpClient AlsApiClient(this SchakelFactory factory, Guid organisatie, params string[] rollen) =>
        Maak(factory, $"{organisatie};{string.Join(',', rollen)};client-{organisatie:N}");

    private static HttpClient Maak(SchakelFactory factory, string kop)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAanmeldingHandler.Kop, kop);
        return client;
    }
}

/// <summary>The shared factories with test sign-in added.</summary>
public sealed class DoorverwijzingSqliteFactory : SqliteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(TestAanmelding.Registreer);
    }
}

public sealed class DoorverwijzingPostgresFactory : PostgresFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(TestAanmelding.Registreer);
    }
}
