using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Shell;

/// <summary>
/// Two layout rules of the shell, in the neutral and in the example theme: a heading with a long Dutch compound wraps
/// at 320 px instead of widening the page (public and staff layout), and the shared target-size check tells a too
/// small control from the ones WCAG 2.5.8 lets pass (large enough, spaced apart, a link in a sentence).
/// </summary>
public abstract class KoppenEnDoelenTests(BrowserFixture app)
{
    // Longer than 320 px in any heading font at any heading size: only a break inside the word makes it fit.
    private const string LangWoord = "Aandachtsfunctionarissenoverlegverslagenarchiefbeheerder";

    private static async Task KoppenPassenAsync(IPage pagina, string pad)
    {
        await pagina.GotoAsync(pad);
        // The component library lets the whole page break words (utrecht-root); a municipality's own theme may set it back
        // to normal. Headings must wrap by their own rule, so the page's rule is switched off here.
        var koppen = await pagina.EvaluateAsync<int>(@"woord => {
            document.documentElement.style.wordBreak = 'normal';
            document.documentElement.style.overflowWrap = 'normal';
            const koppen = [...document.querySelectorAll('main :is(h1, h2, h3)')];
            koppen.forEach(k => k.textContent = woord);
            return koppen.length;
        }", LangWoord);
        Assert.True(koppen > 0, $"{pad}: geen kop");
        var breed = await pagina.EvaluateAsync<string[]>(@"() =>
            [...document.querySelectorAll('main :is(h1, h2, h3)')]
                .filter(k => k.scrollWidth > k.clientWidth || k.getBoundingClientRect().right > document.documentElement.clientWidth)
                .map(k => k.tagName + ' ' + Math.round(k.getBoundingClientRect().width))");
        Assert.True(breed.Length == 0, $"{pad}: {string.Join(", ", breed)}");
        var maten = await pagina.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(maten[0] <= maten[1], $"{pad}: {maten[0]} px breed bij {maten[1]} px");
    }

    [Fact]
    public async Task Een_lang_woord_in_een_kop_breekt_af_op_320_pixels()
    {
        var bezoeker = await app.NieuwePaginaAsync(breedte: 320);
        foreach (var pad in new[] { "/", "/privacy", "/monitor/publiek" })
        {
            await KoppenPassenAsync(bezoeker, pad);
        }
        await bezoeker.Context.CloseAsync();

        var medewerker = await app.AangemeldAlsAsync(Rollen.Ketenregisseur);
        await medewerker.SetViewportSizeAsync(320, 800);
        foreach (var pad in new[] { "/werkplek", "/keten/aandachtsfunctionarissen" })
        {
            await KoppenPassenAsync(medewerker, pad);
        }
        await medewerker.Context.CloseAsync();
    }

    [Fact]
    public async Task De_doelgroottecontrole_noemt_alleen_te_kleine_doelen_zonder_uitzondering()
    {
        var pagina = await app.NieuwePaginaAsync();
        await pagina.GotoAsync("/");
        // Styled through the CSSOM: the page's content security policy ignores style attributes.
        await pagina.EvaluateAsync(@"() => {
            const vak = document.createElement('div');
            Object.assign(vak.style, { position: 'relative', height: '200px' });
            const knop = (id, links, boven, maat) => {
                const b = document.createElement('button');
                b.id = id;
                b.textContent = id[0];
                Object.assign(b.style, { position: 'absolute', left: links + 'px', top: boven + 'px', width: maat + 'px', height: maat + 'px',
                    padding: '0', minWidth: '0', minHeight: '0', boxSizing: 'border-box' });
                vak.append(b);
            };
            knop('klein-a', 0, 0, 16);
            knop('klein-b', 18, 0, 16);
            knop('klein-los', 200, 100, 16);
            knop('groot', 300, 0, 30);
            const zin = document.createElement('p');
            Object.assign(zin.style, { fontSize: '12px', lineHeight: '1' });
            zin.innerHTML = 'Een zin met <a id=in-zin href=#x>een link</a> en <a id=in-zin-2 href=#y>nog een</a> erin.';
            document.querySelector('main').prepend(vak, zin);
        }");

        var fouten = await pagina.TeKleineDoelenAsync();
        var klein = await pagina.Locator("#klein-a").BoundingBoxAsync();
        Assert.True(klein is { Width: < 24, Height: < 24 }, $"klein-a: {klein?.Width}x{klein?.Height}");

        Assert.Contains(fouten, f => f.StartsWith("button#klein-a ", StringComparison.Ordinal));
        Assert.Contains(fouten, f => f.StartsWith("button#klein-b ", StringComparison.Ordinal));
        Assert.DoesNotContain(fouten, f => f.StartsWith("button#klein-los", StringComparison.Ordinal));
        Assert.DoesNotContain(fouten, f => f.StartsWith("button#groot", StringComparison.Ordinal));
        Assert.DoesNotContain(fouten, f => f.StartsWith("a#in-zin", StringComparison.Ordinal));
        await pagina.Context.CloseAsync();
    }
}

/// <summary>The example theme (the voorbeeld token set) instead of the neutral default.</summary>
public sealed class VoorbeeldThemaFixture : BrowserFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Installatie:Thema", "~/lib/voorbeeld-design-tokens/theme.css");
        builder.UseSetting("Installatie:ThemaKlasse", "voorbeeld-theme");
    }
}

public sealed class KoppenEnDoelenNeutraalTests(BrowserFixture app) : KoppenEnDoelenTests(app), IClassFixture<BrowserFixture>;

public sealed class KoppenEnDoelenVoorbeeldTests(VoorbeeldThemaFixture app) : KoppenEnDoelenTests(app), IClassFixture<VoorbeeldThemaFixture>;
