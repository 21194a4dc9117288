using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Schakel.Web.Features.Accounts;

/// <summary>A deactivated account cannot sign in by any route (password, second factor, external login).</summary>
public sealed class SchakelSignInManager(
    UserManager<Medewerker> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<Medewerker> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<Medewerker>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Medewerker> confirmation)
    : SignInManager<Medewerker>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(Medewerker user) => user.Actief && await base.CanSignInAsync(user);
}
