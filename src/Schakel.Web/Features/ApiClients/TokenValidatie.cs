using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;

namespace Schakel.Web.Features.ApiClients;

/// <summary>
/// The "Bearer" scheme: checks signature, issuer, audience and lifetime, then that the client and its
/// organisation are still active, so deactivating either ends its tokens at once instead of after
/// their lifetime.
/// </summary>
internal sealed class TokenValidatie(Sleutelbos sleutels, IOptions<TokenOpties> opties) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions o)
    {
        if (name != Schemas.Api)
        {
            return;
        }
        o.MapInboundClaims = false;
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = opties.Value.Uitgever,
            ValidAudience = opties.Value.Publiek,
            IssuerSigningKey = TokenUitgifte.Sleutel(sleutels),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
        o.Events = new JwtBearerEvents { OnTokenValidated = ControleerClientAsync };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    private static async Task ControleerClientAsync(TokenValidatedContext context)
    {
        var clientId = context.Principal?.FindFirstValue(SchakelClaims.ClientId);
        var db = context.HttpContext.RequestServices.GetRequiredService<SchakelDbContext>();
        var client = clientId is null ? null : await db.Set<ApiClient>().AsNoTracking()
            .Where(c => c.ClientId == clientId && c.Actief && db.Set<Organisatie>().Any(o => o.Id == c.OrganisatieId && o.Actief))
            .Select(c => new { c.ClientId, c.OrganisatieId })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (client is null || context.Principal?.FindFirstValue(SchakelClaims.Organisatie) != client.OrganisatieId.ToString())
        {
            context.Fail("De client is niet (meer) actief.");
            return;
        }
        // The principal in the shape of the identity contract: the same claim types a staff cookie carries.
        var rollen = context.Principal!.FindAll(TokenUitgifte.RolClaim).Select(c => new Claim(SchakelClaims.Rol, c.Value));
        var identiteit = new ClaimsIdentity(
            [new Claim(SchakelClaims.ClientId, client.ClientId), new Claim(SchakelClaims.Organisatie, client.OrganisatieId.ToString()), .. rollen],
            Schemas.Api, SchakelClaims.ClientId, SchakelClaims.Rol);
        context.Principal = new ClaimsPrincipal(identiteit);
    }
}
