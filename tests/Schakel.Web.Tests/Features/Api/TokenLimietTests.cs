using System.Net;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Features.Api;

/// <summary>Each try at the token endpoint costs a slow hash; a source that keeps trying gets 429.</summary>
public sealed class TokenLimietTests(TokenLimietTests.Factory factory) : IClassFixture<TokenLimietTests.Factory>
{
    public sealed class Factory : SqliteFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => [new("Limieten:Token:Aantal", "3")];
    }

    [Fact]
    public async Task Na_het_maximum_aantal_pogingen_volgt_429_met_retry_after()
    {
        var client = factory.CreateClient();
        FormUrlEncodedContent Fout() => new(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "onbekend", ["client_secret"] = "fout",
        });
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/v1/oauth/token", Fout())).StatusCode);
        }
        var r = await client.PostAsync("/api/v1/oauth/token", Fout());
        Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(r.Headers.RetryAfter);
    }
}
