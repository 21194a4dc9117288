using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Shell;

/// <summary>The page shell in a real browser: accessibility, keyboard use and the language switch without JavaScript.</summary>
public sealed class ShellTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("nl", 1280)]
    [InlineData("nl", 390)]
    [InlineData("pl", 1280)]
    [InlineData("bg", 390)]
    public async Task De_startpagina_heeft_geen_axe_bevindingen(string taal, int breedte)
    {
        var pagina = await app.NieuwePaginaAsync(taal, breedte);
        await pagina.GotoAsync("/");

        var uitkomst = await pagina.RunAxeNaOpmaakAsync(Wcag.AAMetBestPractice);

        Assert.Equal(taal, await pagina.Locator("html").GetAttributeAsync("lang"));
        Assert.True(uitkomst.Violations.Length == 0,
            string.Join("; ", uitkomst.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length}x)")));
    }

    /// <summary>
    /// The browser tests run axe once in the page itself (<see cref="AxeNaOpmaak"/>) instead of the package's run in
    /// parts: on a page with known faults both find the same rules on the same number of elements.
    /// </summary>
    [Fact]
    public async Task Axe_in_de_pagina_vindt_wat_de_run_van_het_pakket_vindt()
    {
        // A blank page: Schakel's own pages forbid the inline style that makes the contrast fault.
        var pagina = await app.NieuwePaginaAsync();
        await pagina.SetContentAsync("""
            <!doctype html><html lang="nl"><head><title>Fouten</title></head><body><main>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#ccc;background-color:#fff;opacity:1">Deze tekst is te licht</p><button></button>
            <input type="text"><a href="#"></a></main></body></html>
            """);

        var eigen = await pagina.RunAxeNaOpmaakAsync(Wcag.AA, doelgrootte: false);
        var pakket = await pagina.RunAxe(Wcag.AA);

        static string[] Bevindingen(Deque.AxeCore.Commons.AxeResult uitkomst) =>
            [.. uitkomst.Violations.Select(v => $"{v.Id}:{v.Nodes.Length}").Order(StringComparer.Ordinal)];
        Assert.Superset(new HashSet<string> { "image-alt", "color-contrast", "button-name", "label", "link-name" },
            Bevindingen(eigen).Select(b => b.Split(':')[0]).ToHashSet());
        Assert.Equal(Bevindingen(pakket), Bevindingen(eigen));
    }

    [Fact]
    public async Task De_eerste_tab_toont_de_skiplink_en_Enter_zet_de_focus_op_de_inhoud()
    {
        var pagina = await app.NieuwePaginaAsync();
        await pagina.GotoAsync("/");

        await pagina.Keyboard.PressAsync("Tab");
        var skiplink = pagina.Locator("a.utrecht-skip-link");
        Assert.True(await skiplink.EvaluateAsync<bool>("e => e === document.activeElement"));
        var vak = await skiplink.BoundingBoxAsync();
        Assert.NotNull(vak);
        Assert.True(vak.Y >= 0 && vak.Height >= 24, $"skiplink niet zichtbaar: y={vak.Y}, hoogte={vak.Height}");
        Assert.NotEqual("none", await skiplink.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));

        await pagina.Keyboard.PressAsync("Enter");
        Assert.Equal("inhoud", await pagina.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task De_taalkeuze_werkt_zonder_JavaScript_en_blijft_bewaard()
    {
        var pagina = await app.NieuwePaginaAsync(javaScript: false);
        await pagina.GotoAsync("/?pagina=2");

        await pagina.GetByRole(AriaRole.Button, new() { Name = "Română" }).ClickAsync();

        await Assertions.Expect(pagina.Locator("html")).ToHaveAttributeAsync("lang", "ro");
        Assert.EndsWith("/?pagina=2", pagina.Url, StringComparison.Ordinal);
        await pagina.GotoAsync("/");
        Assert.Equal("ro", await pagina.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("true", await pagina.GetByRole(AriaRole.Button, new() { Name = "Română" }).GetAttributeAsync("aria-current"));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Knoppen_en_menulinks_zijn_minstens_24_pixels(int breedte)
    {
        var pagina = await app.NieuwePaginaAsync(breedte: breedte);
        await pagina.GotoAsync("/");

        var doelen = await pagina.Locator("header button, nav a").AllAsync();
        Assert.NotEmpty(doelen);
        foreach (var doel in doelen)
        {
            var vak = await doel.BoundingBoxAsync();
            Assert.NotNull(vak);
            Assert.True(vak.Width >= 24 && vak.Height >= 24, $"{await doel.InnerTextAsync()}: {vak.Width}x{vak.Height}");
        }
    }
}
