using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Werkplek;

/// <summary>
/// The walk of each role: signed in once, at 320 px, it follows its own menu to every page it works in. Every page
/// carries the same menu (no dead end), has a heading, no axe findings and no target under 24 px, and reflows without
/// sideways scrolling. One browser context per role. The desktop width is walked by the English walk
/// (<see cref="WerkplekEngelsTests"/>): the same menu pages and their detail pages, with axe and the target check at
/// 1280 px; the menu and the headings are the same document at either width.
/// </summary>
public sealed class WerkplekWandelingTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(Rollen.Aandachtsfunctionaris, 24)]
    [InlineData(Rollen.Zorgcoordinator, 17)]
    [InlineData(Rollen.Opsporing, 16)]
    [InlineData(Rollen.Opvangmedewerker, 14)]
    [InlineData(Rollen.Ketenregisseur, 36)]
    [InlineData(Rollen.Beheerder, 22)]
    [InlineData(Rollen.FunctionarisGegevensbescherming, 5)]
    public async Task Een_rol_loopt_via_zijn_menu_langs_al_zijn_pagina_s(string rol, int aantalPaginas)
    {
        var pagina = await app.AangemeldAlsAsync(rol);
        var menu = pagina.Locator("nav#werkplekmenu");
        var paden = (await menu.Locator("a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))"))
            .Where(p => p != "/werkplek").ToList();
        Assert.Equal(aantalPaginas, paden.Count);

        var bevindingen = new List<string>();
        await pagina.SetViewportSizeAsync(320, 800);
        await pagina.GotoAsync("/werkplek");
        await ControleerAsync(pagina, "/werkplek", bevindingen);
        foreach (var pad in paden)
        {
            // Following the menu, not typing the address: every page must be reachable this way, on a phone too.
            await pagina.Locator($"nav#werkplekmenu a[href='{pad}']").ClickAsync();
            await pagina.WaitForURLAsync(url => new Uri(url).AbsolutePath == pad);
            await ControleerAsync(pagina, pad, bevindingen);
        }
        Assert.True(bevindingen.Count == 0, $"{rol}:\n" + string.Join("\n", bevindingen));
        await pagina.Context.CloseAsync();
    }

    private static async Task ControleerAsync(IPage pagina, string pad, List<string> bevindingen)
    {
        await pagina.OpgemaaktAsync();
        if (await pagina.Locator("nav#werkplekmenu").CountAsync() != 1)
        {
            bevindingen.Add($"{pad}: geen werkplekmenu (doodlopend)");
        }
        if (await pagina.Locator("h1").CountAsync() == 0)
        {
            bevindingen.Add($"{pad}: geen kop");
        }
        var maten = await pagina.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (maten[0], maten[1]);
        if (scroll > client)
        {
            var breed = await pagina.EvaluateAsync<string>(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.schakel-tabelvak')).slice(0, 3).map(e => e.tagName + '.' + e.className).join(', ')");
            bevindingen.Add($"{pad}: scrollWidth {scroll} > clientWidth {client} ({breed})");
        }
        foreach (var v in (await pagina.RunAxeNaOpmaakAsync(Wcag.AA, doelgrootte: false)).Violations)
        {
            bevindingen.Add($"{pad}: axe {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(2).Select(n => n.Target?.ToString()))})");
        }
        bevindingen.AddRange((await pagina.TeKleineDoelenAsync()).Select(d => $"{pad}: kleiner dan 24×24 px: {d}"));
    }
}
