using Deque.AxeCore.Playwright;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Keten;

/// <summary>
/// The public route map and knowledge library: reachable from the main navigation, no axe findings, reflow at 320 px;
/// in pl, bg and ro also the partner directory's pages, the public flow chart and one document of the library.
/// axe is itself a script, and with scripts off it sometimes never answered (the run hung), so this runs with scripts on;
/// the pages are plain server-rendered HTML and need none.
/// </summary>
public sealed class KetenPubliekBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("nl", 1280)]
    [InlineData("pl", 320)]
    [InlineData("bg", 320)]
    [InlineData("ro", 320)]
    public async Task Meldroutekaart_en_kennisbank_zijn_toegankelijk_en_passen_op_320_px(string taal, int breedte)
    {
        var pagina = await app.NieuwePaginaAsync(taal, breedte);
        await pagina.GotoAsync("/");
        var bevindingen = new List<string>();
        foreach (var pad in new[] { "/meldroutekaart", "/kennisbank" })
        {
            // From the public navigation, as a visitor finds it (at 320 px the menu may be folded: then by address).
            var link = pagina.Locator($"nav a[href='{pad}']").First;
            if (await link.IsVisibleAsync())
            {
                await link.ClickAsync();
                await pagina.WaitForURLAsync(url => new Uri(url).AbsolutePath == pad);
            }
            else
            {
                Assert.Equal(1, await pagina.Locator($"nav a[href='{pad}']").CountAsync());
                await pagina.GotoAsync(pad);
            }
            await ControleerAsync(pagina, $"{pad} {taal}@{breedte}", bevindingen);
        }
        if (taal != "nl")
        {
            // The other public chain pages in the information point's languages that the nl/en walk does not cover,
            // and one document page of the library (its address holds the document's id, so it is taken from the list).
            await pagina.GotoAsync("/kennisbank");
            var document = await pagina.Locator("main a[href^='/kennisbank/']").First.GetAttributeAsync("href");
            Assert.False(string.IsNullOrEmpty(document), "/kennisbank lists no document");
            foreach (var pad in new[]
            {
                "/partnergids", "/partnergids?gemeente=GM0518&vorm=Arbeid", "/partnergids/meldpunten", "/partnergids/opvang",
                "/partnergids/zorgcoordinatie", "/stroomschema", document!,
            })
            {
                var antwoord = await pagina.GotoAsync(pad);
                Assert.True(antwoord?.Ok, $"{pad} ({taal}): {antwoord?.Status}");
                await ControleerAsync(pagina, $"{pad} {taal}@{breedte}", bevindingen);
            }
        }
        Assert.True(bevindingen.Count == 0, string.Join("\n", bevindingen));
        await pagina.Context.CloseAsync();
    }

    /// <summary>axe and the reflow check once the page is drawn; findings are collected, so one run names them all.</summary>
    private static Task ControleerAsync(Microsoft.Playwright.IPage pagina, string naam, List<string> bevindingen) =>
        pagina.VerzamelBevindingenAsync(Wcag.AA, naam, bevindingen);
}
