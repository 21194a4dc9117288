using Microsoft.Playwright;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Beveiliging;

/// <summary>The Content-Security-Policy in a real browser: the page loads its styles and scripts without a violation.</summary>
public sealed class CspTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task De_startpagina_schendt_de_csp_niet()
    {
        var pagina = await app.NieuwePaginaAsync();
        var meldingen = new List<string>();
        pagina.Console += (_, m) => meldingen.Add(m.Text);
        pagina.PageError += (_, e) => meldingen.Add(e);

        var antwoord = await pagina.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Contains("default-src 'self'", (await antwoord!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        Assert.DoesNotContain(meldingen, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        // The NL Design System CSS is a same-origin file, so it applied: the body font is not the browser default.
        Assert.NotEqual("\"Times New Roman\"", await pagina.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"));
    }
}
