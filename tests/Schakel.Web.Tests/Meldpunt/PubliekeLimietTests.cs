using System.Net;
using System.Text.RegularExpressions;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt;

/// <summary>The public report form shares the per-source limit with the API: past it, 429 before any work.</summary>
public abstract partial class PubliekeLimietTests(SchakelFactory factory)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPatroon();

    [Fact]
    public async Task Formulier_boven_de_limiet_geeft_429()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/melden", UriKind.Relative));
        var token = TokenPatroon().Match(html).Groups[1].Value;
        Assert.NotEmpty(token);
        Task<HttpResponseMessage> PostAsync() => client.PostAsync(new Uri("/melden", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync()).StatusCode);
        }
        var teVeel = await PostAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, teVeel.StatusCode);
        Assert.True(teVeel.Headers.RetryAfter is not null);
        // The form and the API draw from one budget per source.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.MeldAsync(MeldpuntApi.MinimaleMelding)).StatusCode);
    }
}

public sealed class PubliekeLimietTestsSqlite(BegrensdeSqliteFactory f) : PubliekeLimietTests(f), IClassFixture<BegrensdeSqliteFactory>;

public sealed class PubliekeLimietTestsPostgres(BegrensdePostgresFactory f) : PubliekeLimietTests(f), IClassFixture<BegrensdePostgresFactory>;
