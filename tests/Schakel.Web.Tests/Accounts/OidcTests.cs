using Microsoft.AspNetCore.Hosting;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Accounts;

public sealed class MetOidcFactory : SqliteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Oidc:Authority", "https://idp.voorbeeld.nl/realms/schakel");
        builder.UseSetting("Oidc:ClientId", "schakel");
        builder.UseSetting("Oidc:ClientSecret", "test-geheim");
    }
}

public sealed class OidcTests(MetOidcFactory metOidc) : IClassFixture<MetOidcFactory>
{
    [Fact]
    public async Task Knop_staat_er_alleen_als_OIDC_is_ingesteld()
    {
        Assert.Contains("Inloggen via uw organisatie", await metOidc.CreateClient().GetStringAsync("/inloggen"));
    }
}

public sealed class ZonderOidcTests(SqliteFactory zonder) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task Zonder_instelling_geen_knop_en_geen_externe_route()
    {
        var client = zonder.CreateClient();
        Assert.DoesNotContain("Inloggen via uw organisatie", await client.GetStringAsync("/inloggen"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/inloggen/extern")).StatusCode);
    }
}
