using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Werkplek;

/// <summary>
/// The walk of each role: signed in once, it follows its own menu to every page it works in, at desktop width
/// and at 320 px. Every page carries the same menu (no dead end), has no axe findings and reflows without
/// sideways scrolling (axe at 320 px; the English walk runs it at desktop width). One browser context per role.
/// </summary>
public sealed class WerkplekWandelingTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(Rollen.Aandachtsfunctionaris, 24)]
    [InlineData(Rollen.Zorgcoordinator, 17)]
    [InlineData(Rollen.Opsporing, 16)]
    [InlineData(Rollen.Opvangmedewerker, 14)]
    [InlineData(Rollen.Ketenregisseur, 35)]
    [InlineData(Rollen.Beheerder, 21)]
    [InlineData(Rollen.FunctionarisGegevensbescherming, 5)]
    public async Task Een_rol_loopt_via_zijn_menu_langs_al_zijn_pagina_s(string rol, int aantalPaginas)
    {
        var pagina = await app.AangemeldAlsAsync(rol);
        var menu = pagina.Locator("nav#werkplekmenu");
        var paden = (await menu.Locator("a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))"))
            .Where(p => p != "/werkplek").ToList();
        Assert.Equal(aantalPaginas, paden.Count);

        var bevindingen = new List<string>();
        foreach (var breedte in new[] { 1280, 320 })
        {
            await pagina.SetViewportSizeAsync(breedte, 800);
            await pagina.GotoAsync("/werkplek");
            await ControleerAsync(pagina, "/werkplek", breedte, bevindingen);
            foreach (var pad in paden)
            {
                // Following the menu, not typing the address: every page must be reachable this way.
                await pagina.Locator($"nav#werkplekmenu a[href='{pad}']").ClickAsync();
                await pagina.WaitForURLAsync(url => new Uri(url).AbsolutePath == pad);
                await ControleerAsync(pagina, pad, breedte, bevindingen);
            }
        }
        Assert.True(bevindingen.Count == 0, $"{rol}:\n" + string.Join("\n", bevindingen));
        await pagina.Context.CloseAsync();
    }

    private static async Task ControleerAsync(IPage pagina, string pad, int breedte, List<string> bevindingen)
    {
        await pagina.OpgemaaktAsync();
        if (await pagina.Locator("nav#werkplekmenu").CountAsync() != 1)
        {
            bevindingen.Add($"{pad} @{breedte}: geen werkplekmenu (doodlopend)");
        }
        if (await pagina.Locator("h1").CountAsync() == 0)
        {
            bevindingen.Add($"{pad} @{breedte}: geen kop");
        }
        var maten = await pagina.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (maten[0], maten[1]);
        if (scroll > client)
        {
            var breed = await pagina.EvaluateAsync<string>(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.schakel-tabelvak')).slice(0, 3).map(e => e.tagName + '.' + e.className).join(', ')");
            bevindingen.Add($"{pad} @{breedte}: scrollWidth {scroll} > clientWidth {client} ({breed})");
        }
        // axe is most of a walk's time. At desktop width the English walk (WerkplekEngelsTests) runs it on these same
        // pages and their detail pages, so here it runs at 320 px, where the layout differs.
        if (breedte == 320)
        {
            var axe = await pagina.RunAxeNaOpmaakAsync(Wcag.AA, doelgrootte: false);
            foreach (var v in axe.Violations)
            {
                bevindingen.Add($"{pad} @{breedte}: axe {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(2).Select(n => n.Target?.ToString()))})");
            }
        }
        bevindingen.AddRange((await pagina.TeKleineDoelenAsync()).Select(d => $"{pad} @{breedte}: kleiner dan 24×24 px: {d}"));
    }
}
