using Microsoft.Playwright;

namespace Schakel.E2E.Infrastructure;

/// <summary>
/// WCAG 2.2 target size (2.5.8, minimum): every visible control is at least 24 by 24 CSS px, or is spaced so that a
/// 24 px circle centred on it touches no other target and no other small target's circle, or is a link in a sentence
/// (the inline exception). Axe's own rule skips what it cannot decide and so passes too much; this measures each
/// control as rendered and names the offenders. Controls: links, buttons, fields, summaries, role=button, and the
/// label of a checkbox or radio button (it is part of the control's target).
/// </summary>
public static class Doelgrootte
{
    private const string Meting = @"() => {
        const doelen = [...new Set(document.querySelectorAll(
            'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]'))];
        for (const label of document.querySelectorAll('label')) {
            const c = label.control;
            if (c && (c.type === 'checkbox' || c.type === 'radio') && !doelen.includes(label)) doelen.push(label);
        }
        const vak = e => {
            const r = e.getBoundingClientRect();
            const vast = getComputedStyle(e).position === 'fixed';
            const x = vast ? 0 : window.scrollX, y = vast ? 0 : window.scrollY;
            return { l: r.left + x, t: r.top + y, r: r.right + x, b: r.bottom + y, w: r.width, h: r.height };
        };
        // Shown and reachable by a pointer: not hidden (checkVisibility also skips the content of a closed details, which
        // still has a box), not disabled, not a 1 px screen-reader text, not parked off the page.
        const gemeten = doelen
            .filter(e => !e.disabled && e.checkVisibility({ visibilityProperty: true }))
            .map(e => ({ e, v: vak(e) }))
            .filter(d => d.v.w > 1 && d.v.h > 1 && d.v.b > 0 && d.v.r > 0);
        // The inline exception: a link whose block holds more text than the link itself sits in a sentence.
        const inZin = e => {
            if (e.tagName !== 'A') return false;
            const blok = e.closest('p, li, dd, dt, td, th, figcaption, blockquote, legend');
            if (!blok) return false;
            const tekst = s => (s || '').replace(/\s+/g, ' ').trim();
            return tekst(blok.innerText).length > tekst(e.innerText).length;
        };
        const hoort = (a, b) => a.contains(b) || b.contains(a) || a.control === b || b.control === a
            || (a.labels && [...a.labels].includes(b)) || (b.labels && [...b.labels].includes(a));
        const groot = d => d.v.w >= 24 - 0.01 && d.v.h >= 24 - 0.01;
        const midden = v => ({ x: (v.l + v.r) / 2, y: (v.t + v.b) / 2 });
        const afstandTotVak = (p, v) => Math.hypot(Math.max(v.l - p.x, 0, p.x - v.r), Math.max(v.t - p.y, 0, p.y - v.b));
        const naam = e => {
            const tekst = (e.innerText || e.value || e.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 40);
            return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('name') ? '[name=' + e.getAttribute('name') + ']' : '')
                + (tekst ? ' ""' + tekst + '""' : '');
        };
        const fouten = [];
        for (const d of gemeten) {
            if (groot(d) || inZin(d.e)) continue;
            const m = midden(d.v);
            const botsing = gemeten.find(o => o !== d && !hoort(d.e, o.e) && (afstandTotVak(m, o.v) < 12
                || (!groot(o) && !inZin(o.e) && Math.hypot(m.x - midden(o.v).x, m.y - midden(o.v).y) < 24)));
            if (botsing) {
                fouten.push(naam(d.e) + ' ' + d.v.w.toFixed(0) + 'x' + d.v.h.toFixed(0) + ' px, te dicht bij ' + naam(botsing.e));
            }
        }
        return fouten;
    }";

    /// <summary>The controls on the page that miss 24×24 px and its exceptions, described for a failure message.</summary>
    public static async Task<IReadOnlyList<string>> TeKleineDoelenAsync(this IPage pagina) =>
        await pagina.EvaluateAsync<string[]>(Meting);

    /// <summary>Fails with the page, the window width and every offender when a control misses the target size.</summary>
    public static async Task ControleerDoelgrootteAsync(this IPage pagina)
    {
        var fouten = await pagina.TeKleineDoelenAsync();
        if (fouten.Count > 0)
        {
            var breedte = pagina.ViewportSize?.Width;
            Assert.Fail($"{new Uri(pagina.Url).PathAndQuery} bij {breedte} px: {fouten.Count} doel(en) kleiner dan 24×24 px (WCAG 2.5.8):\n"
                + string.Join("\n", fouten));
        }
    }
}
