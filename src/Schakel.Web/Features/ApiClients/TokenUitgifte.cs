using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Schakel.Web.Security;

namespace Schakel.Web.Features.ApiClients;

/// <summary>Signs access tokens (JWT, HS256 with the token key of the key ring).</summary>
public sealed class TokenUitgifte(Sleutelbos sleutels, IOptions<TokenOpties> opties, TimeProvider tijd)
{
    public const string RolClaim = "role";

    public static SymmetricSecurityKey Sleutel(Sleutelbos sleutels) => new(sleutels.Token);

    public (string Token, TimeSpan Levensduur) Maak(ApiClient client)
    {
        var o = opties.Value;
        var nu = tijd.GetUtcNow().UtcDateTime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = o.Uitgever,
            Audience = o.Publiek,
            IssuedAt = nu,
            NotBefore = nu,
            Expires = nu + o.Levensduur,
            SigningCredentials = new SigningCredentials(Sleutel(sleutels), SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = client.ClientId,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
                [SchakelClaims.ClientId] = client.ClientId,
                [SchakelClaims.Organisatie] = client.OrganisatieId.ToString(),
                [RolClaim] = client.Rollen.ToArray(),
            },
        });
        return (token, o.Levensduur);
    }
}
