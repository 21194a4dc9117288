using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Api;

/// <summary>The API reference in a real browser: it shows the app's own document, loads nothing from elsewhere, keeps to its CSP and passes axe.</summary>
public sealed class ApiReferentieTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task De_referentie_toont_het_eigen_document_zonder_externe_bronnen_en_haalt_axe()
    {
        var pagina = await app.NieuwePaginaAsync();
        var meldingen = new List<string>();
        var elders = new List<string>();
        pagina.Console += (_, m) => meldingen.Add(m.Text);
        pagina.PageError += (_, e) => meldingen.Add(e);
        pagina.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(app.Adres.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                elders.Add(r.Url);
            }
        };

        await pagina.GotoAsync("/api-referentie", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        // The viewer is a large script that renders after it fetched and read the document.
        await Assertions.Expect(pagina.Locator("h1").First).ToContainTextAsync("Schakel API", new() { Timeout = 30_000 });
        await Assertions.Expect(pagina.GetByText("/meldingen/_status").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
        // The viewer's own labels are Dutch (Scalar's localization), under a Dutch introduction.
        await Assertions.Expect(pagina.Locator("#api-inleiding-kop")).ToHaveTextAsync("Over deze referentie");
        await Assertions.Expect(pagina.GetByText("Antwoorden", new() { Exact = true }).First).ToBeAttachedAsync(new() { Timeout = 30_000 });
        Assert.Equal(0, await pagina.GetByText("Responses", new() { Exact = true }).CountAsync());
        Assert.Empty(elders);
        Assert.DoesNotContain(meldingen, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        var uitkomst = await pagina.RunAxeNaOpmaakAsync(Wcag.AA);
        Assert.True(uitkomst.Violations.Length == 0, string.Join("; ", uitkomst.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length}x: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})")));
    }

    [Fact]
    public async Task De_referentie_past_op_320_pixels_zonder_zijwaarts_scrollen()
    {
        var pagina = await app.NieuwePaginaAsync(breedte: 320);
        await pagina.GotoAsync("/api-referentie", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await Assertions.Expect(pagina.Locator("h1").First).ToContainTextAsync("Schakel API", new() { Timeout = 30_000 });

        Assert.True(await pagina.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
    }
}
