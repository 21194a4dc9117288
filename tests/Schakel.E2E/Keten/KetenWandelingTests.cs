using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Keten;

/// <summary>
/// One walk per role over the chain's pages, in Dutch and English at 1280 and 320 px, with axe on every page and a check
/// that nothing scrolls sideways: the visitor over the public directory (its search, reporting points, shelter and care
/// coordination), the route map, the knowledge library and the flow chart; the chain director over the directory's
/// staff pages up to the service and location forms, each also saved empty (the form must carry its own token); the focal officer over the NPST
/// hotel register and the events. axe runs with scripts on (with them off it sometimes never answered).
/// </summary>
public sealed class KetenWandelingTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly (string Taal, int Breedte)[] Varianten = [("nl", 1280), ("nl", 320), ("en", 1280), ("en", 320)];

    /// <summary>axe and the reflow check on the page as it stands; findings are collected, not thrown, so one run names them all.</summary>
    private static Task ControleerAsync(IPage pagina, string naam, List<string> bevindingen) =>
        pagina.VerzamelBevindingenAsync(Wcag.AA, naam, bevindingen);

    private static async Task TaalAsync(IPage pagina, string taal, int breedte)
    {
        // The language as the switch in the footer sets it: the culture cookie, and the browser's own preference with it.
        await pagina.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={taal}|uic={taal}", Domain = new Uri(pagina.Url).Host, Path = "/" }]);
        await pagina.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Language"] = taal });
        await pagina.SetViewportSizeAsync(breedte, 900);
    }

    [Fact]
    public async Task Bezoeker_loopt_partnergids_meldroutekaart_kennisbank_en_stroomschema_door()
    {
        var bevindingen = new List<string>();
        foreach (var (taal, breedte) in Varianten)
        {
            var pagina = await app.NieuwePaginaAsync(taal, breedte);
            foreach (var pad in new[]
            {
                "/partnergids", "/partnergids?gemeente=GM0518&vorm=Arbeid", "/partnergids?gemeente=GM9999", "/partnergids/meldpunten",
                "/partnergids/opvang", "/partnergids/zorgcoordinatie", "/meldroutekaart", "/kennisbank", "/stroomschema",
            })
            {
                var antwoord = await pagina.GotoAsync(pad);
                Assert.True(antwoord?.Ok, $"{pad} ({taal}): {antwoord?.Status}");
                await ControleerAsync(pagina, $"{pad} {taal}@{breedte}", bevindingen);
            }
            await pagina.Context.CloseAsync();
        }
        Assert.True(bevindingen.Count == 0, string.Join("\n", bevindingen));
    }

    [Fact]
    public async Task Bezoeker_zoekt_in_de_partnergids_zonder_javascript()
    {
        var zonderScript = await app.NieuwePaginaAsync(breedte: 320, javaScript: false);
        await zonderScript.GotoAsync("/partnergids");
        var alles = await zonderScript.Locator("main .schakel-gids-lijst > li").CountAsync();
        await zonderScript.Locator("#gemeente").SelectOptionAsync("GM0518");
        await zonderScript.Locator("#vorm").SelectOptionAsync("Arbeid");
        await zonderScript.Locator("main form[role=search] button[type=submit]").ClickAsync();
        await zonderScript.WaitForURLAsync(u => u.Contains("gemeente=GM0518", StringComparison.Ordinal) && u.Contains("vorm=Arbeid", StringComparison.Ordinal));
        // The choice is kept in the form, and the answer is part of the whole directory, not an empty list.
        Assert.Equal("GM0518", await zonderScript.Locator("#gemeente").InputValueAsync());
        var gevonden = await zonderScript.Locator("main .schakel-gids-lijst > li").CountAsync();
        Assert.InRange(gevonden, 1, alles);
        var url = zonderScript.Url;
        await zonderScript.Context.CloseAsync();

        var metScript = await app.NieuwePaginaAsync(breedte: 320);
        await metScript.GotoAsync(url);
        var bevindingen = new List<string>();
        await ControleerAsync(metScript, "zoekresultaat zonder script@320", bevindingen);
        await metScript.Context.CloseAsync();
        Assert.True(bevindingen.Count == 0, string.Join("\n", bevindingen));
    }

    [Fact]
    public async Task Ketenregisseur_loopt_de_gids_door_tot_de_formulieren_van_dienst_en_locatie()
    {
        var pagina = await app.AangemeldAlsAsync(Rollen.Ketenregisseur);
        var bevindingen = new List<string>();
        foreach (var (taal, breedte) in Varianten)
        {
            await TaalAsync(pagina, taal, breedte);
            await pagina.GotoAsync("/keten/gids");
            Assert.Equal(taal, await pagina.Locator("html").GetAttributeAsync("lang"));
            await ControleerAsync(pagina, $"/keten/gids {taal}@{breedte}", bevindingen);
            // An organisation's entry, then one of its services and its locations.
            var organisatie = await pagina.Locator("main a[href^='/keten/gids/']").First.GetAttributeAsync("href");
            await pagina.GotoAsync(organisatie!);
            await ControleerAsync(pagina, $"{organisatie} {taal}@{breedte}", bevindingen);
            var dienst = pagina.Locator($"main a[href^='{organisatie}/dienst/']");
            if (await dienst.CountAsync() > 0)
            {
                await pagina.GotoAsync((await dienst.First.GetAttributeAsync("href"))!);
                await ControleerAsync(pagina, $"dienst {taal}@{breedte}", bevindingen);
            }
            foreach (var nieuw in new[] { "dienst", "locatie" })
            {
                await pagina.GotoAsync($"{organisatie}/{nieuw}");
                await ControleerAsync(pagina, $"{nieuw} nieuw {taal}@{breedte}", bevindingen);
                // Saved without a name, the form comes back with the error next to the field, checked as the first.
                var antwoord = await pagina.RunAndWaitForResponseAsync(() => pagina.Locator("main form button[type=submit]").First.ClickAsync(), r => r.Request.Method == "POST");
                Assert.True(antwoord?.Status == 200, $"{nieuw} leeg opgeslagen ({taal}@{breedte}): {antwoord?.Status}");
                await pagina.Locator("#fout-naam").WaitForAsync();
                await ControleerAsync(pagina, $"{nieuw} leeg opgeslagen {taal}@{breedte}", bevindingen);
            }
        }
        await pagina.Context.CloseAsync();
        Assert.True(bevindingen.Count == 0, string.Join("\n", bevindingen));
    }

    [Fact]
    public async Task Aandachtsfunctionaris_loopt_het_hotelregister_en_de_bijeenkomsten_door()
    {
        var pagina = await app.AangemeldAlsAsync(Rollen.Aandachtsfunctionaris);
        var bevindingen = new List<string>();
        foreach (var (taal, breedte) in Varianten)
        {
            await TaalAsync(pagina, taal, breedte);
            foreach (var pad in new[] { "/bewustwording/hotels", "/bewustwording/bijeenkomsten/beheer" })
            {
                var antwoord = await pagina.GotoAsync(pad);
                Assert.True(antwoord?.Ok, $"{pad} ({taal}): {antwoord?.Status}");
                Assert.Equal(taal, await pagina.Locator("html").GetAttributeAsync("lang"));
                await ControleerAsync(pagina, $"{pad} {taal}@{breedte}", bevindingen);
            }
        }
        await pagina.Context.CloseAsync();
        Assert.True(bevindingen.Count == 0, string.Join("\n", bevindingen));
    }
}
