using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Accounts;

/// <summary>Adds the organisation claim of the contract in <see cref="SchakelClaims"/>; roles come from Identity.</summary>
public sealed class SchakelClaimsFactory(UserManager<Medewerker> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Medewerker, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Medewerker user)
    {
        var identiteit = await base.GenerateClaimsAsync(user);
        identiteit.AddClaim(new Claim(SchakelClaims.Organisatie, user.OrganisatieId.ToString()));
        return identiteit;
    }
}
