using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Shell;

/// <summary>The privacy statement, the accessibility statement and the colofon in a real browser: reached from the footer, no axe findings, reflow at 320 px.</summary>
public sealed class VerklaringenBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("nl", 320)]
    [InlineData("en", 1280)]
    [InlineData("bg", 320)]
    [InlineData("ro", 1280)]
    [InlineData("pl", 320)]
    public async Task De_verklaringen_zijn_vanuit_de_voet_bereikbaar_en_toegankelijk(string taal, int breedte)
    {
        var pagina = await app.NieuwePaginaAsync(taal, breedte);
        var bevindingen = new List<string>();
        await pagina.GotoAsync("/melden");

        foreach (var pad in new[] { "/privacy", "/toegankelijkheid", "/colofon" })
        {
            var link = pagina.Locator($"footer a[href='{pad}']");
            var vak = await link.BoundingBoxAsync();
            Assert.NotNull(vak);
            Assert.True(vak.Width >= 24 && vak.Height >= 24, $"{pad}: {vak.Width}x{vak.Height}");
            await link.ClickAsync();
            await pagina.WaitForURLAsync("**" + pad);
            await Assertions.Expect(pagina.Locator("html")).ToHaveAttributeAsync("lang", taal);
            await Assertions.Expect(pagina.Locator("h1")).ToHaveCountAsync(1);

            var breed = await pagina.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(breed <= breedte, $"{pad}: {breed} px breed bij {breedte} px");
            var uitkomst = await pagina.RunAxeNaOpmaakAsync(Wcag.AAMetBestPractice);
            bevindingen.AddRange(uitkomst.Violations.Select(v => $"{pad} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))})"));
        }

        Assert.True(bevindingen.Count == 0, string.Join("; ", bevindingen));
    }

    [Fact]
    public async Task Het_icoon_staat_in_de_kop()
    {
        var pagina = await app.NieuwePaginaAsync();
        await pagina.GotoAsync("/");

        var icoon = await pagina.Locator("link[rel=icon]").GetAttributeAsync("href");
        Assert.NotNull(icoon);
        var antwoord = await pagina.APIRequest.GetAsync(icoon);
        Assert.Equal(200, antwoord.Status);
        Assert.StartsWith("image/svg+xml", antwoord.Headers["content-type"], StringComparison.Ordinal);
    }
}
