using System.Net;
using System.Text.RegularExpressions;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Features.Api;

/// <summary>The human API reference: served by the app itself, every asset local, the strict CSP everywhere else.</summary>
public abstract partial class ApiReferentieTests(SchakelFactory factory)
{
    [GeneratedRegex("""<script[^>]*\bsrc="([^"]+)"[^>]*>\s*</script>""")]
    private static partial Regex Script();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>")]
    private static partial Regex InlineScript();

    [Fact]
    public async Task De_referentie_laadt_alleen_eigen_bestanden_zonder_inline_script()
    {
        var http = factory.CreateClient();
        var antwoord = await http.GetAsync(new Uri("/api-referentie", UriKind.Relative));
        var html = await antwoord.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("data-document=\"/api/v1/openapi.json\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(InlineScript(), html);
        var scripts = Script().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, scripts.Count); // the viewer, its settings and its Dutch labels
        foreach (var src in scripts)
        {
            Assert.StartsWith("/", src, StringComparison.Ordinal);
            Assert.False(src.StartsWith("//", StringComparison.Ordinal), src);
            var script = await http.GetAsync(new Uri(src, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.EndsWith("javascript", script.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        }
        var viewer = await http.GetStringAsync(new Uri("/api-referentie/scalar.js", UriKind.Relative));
        Assert.Contains("createApiReference", viewer, StringComparison.Ordinal);

        var csp = string.Join(",", antwoord.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alleen_de_referentie_staat_inline_stijl_toe()
    {
        var antwoord = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        Assert.DoesNotContain("unsafe-inline", string.Join(",", antwoord.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}

public sealed class ApiReferentieTestsSqlite(SqliteFactory f) : ApiReferentieTests(f), IClassFixture<SqliteFactory>;

public sealed class ApiReferentieTestsPostgres(PostgresFactory f) : ApiReferentieTests(f), IClassFixture<PostgresFactory>;
