using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Features.Api;

/// <summary>With the staff cookie scheme registered by sign-in, API paths still never redirect.</summary>
public sealed class MetCookieFactory : SqliteFactory;

public sealed class CookieRedirectTests(MetCookieFactory factory) : IClassFixture<MetCookieFactory>
{
    [Fact]
    public async Task Api_pad_dat_ook_de_cookie_accepteert_geeft_401_zonder_redirect()
    {
        var antwoord = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(Pad("/api/v1/meldroute/regels/registratie-comensha"));

        await ProbleemAsync(antwoord, 401);
        Assert.Null(antwoord.Headers.Location);
    }
}
