using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Schakel.E2E.Infrastructure;

/// <summary>
/// Axe measures what is rendered. Run straight after a click that submits a form, it could measure the new page
/// before its stylesheets and fonts were applied: unstyled checkboxes and links are smaller than 24 px, and the
/// target-size rule failed now and then. This waits until the document has loaded, every stylesheet and the fonts,
/// and one frame, so the page is measured as a visitor sees it. Use with scripts on (axe itself is a script).
/// Every walk that checks a page with axe here also gets the target-size check (<see cref="Doelgrootte"/>) at the
/// window width it measures: it fails with the offenders before axe runs.
/// </summary>
public static class AxeNaOpmaak
{
    private static readonly string AxeBron = new BundledAxeScriptProvider().GetScript();

    /// <param name="doelgrootte">
    /// False for a walk that collects every finding of every page itself (<see cref="Doelgrootte.TeKleineDoelenAsync"/>) instead of
    /// stopping at the first page with one.
    /// </param>
    public static async Task<AxeResult> RunAxeNaOpmaakAsync(this IPage pagina, AxeRunOptions opties, bool doelgrootte = true)
    {
        await pagina.OpgemaaktAsync();
        if (doelgrootte)
        {
            await pagina.ControleerDoelgrootteAsync();
        }
        return await AxeInDePaginaAsync(pagina, opties);
    }

    /// <summary>
    /// One <c>axe.run</c> in the page itself. The package's own run checks the page in parts and finishes them in a
    /// fresh page it opens for that: the axe source parsed twice and every node that passed sent to .NET and back,
    /// which made axe most of the browser tests' time (2–4 s a page against 0.5 s for the page itself). Schakel's
    /// pages have no frames, so the one run finds the same; a page with a frame still goes the package's way.
    /// </summary>
    private static async Task<AxeResult> AxeInDePaginaAsync(IPage pagina, AxeRunOptions opties)
    {
        if (pagina.Frames.Count > 1)
        {
            return await pagina.RunAxe(opties);
        }
        if (!await pagina.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await pagina.EvaluateAsync($"() => {AxeBron}");
        }
        // As text: axe's result shares arrays between its nodes, which Playwright's own transfer marks as references.
        var uitkomst = await pagina.EvaluateAsync<string>("o => axe.run(document, JSON.parse(o)).then(r => JSON.stringify(r))", JsonConvert.SerializeObject(opties));
        return new AxeResult(JObject.Parse(uitkomst));
    }

    /// <summary>
    /// A walk's check of one page: once it is drawn, sideways scrolling and axe's findings, added to
    /// <paramref name="bevindingen"/> under <paramref name="naam"/>, so one run names every finding of every page.
    /// </summary>
    public static async Task VerzamelBevindingenAsync(this IPage pagina, AxeRunOptions opties, string naam, List<string> bevindingen)
    {
        await pagina.OpgemaaktAsync();
        var maten = await pagina.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        if (maten[0] > maten[1])
        {
            bevindingen.Add($"{naam}: scrollWidth {maten[0]} > {maten[1]}");
        }
        var axe = await pagina.RunAxeNaOpmaakAsync(opties);
        bevindingen.AddRange(axe.Violations.Select(v => $"{naam}: axe {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(2).Select(n => n.Target?.ToString()))})"));
    }

    /// <summary>
    /// Waits until the page is shown as a visitor sees it: the document loaded, every stylesheet and the fonts applied,
    /// and one frame drawn. Measure widths after this too: a half-styled page is wider than the finished one.
    /// </summary>
    public static async Task OpgemaaktAsync(this IPage pagina)
    {
        // Asked of the document itself: Playwright's own load state, read straight after a form's answer arrived,
        // once timed out after a form's answer that was already on screen, twice in a row.
        await pagina.WaitForFunctionAsync("() => document.readyState === 'complete'");
        await pagina.EvaluateAsync(@"() => Promise.all([...document.querySelectorAll('link[rel=stylesheet]')]
                .filter(l => !l.sheet)
                .map(l => new Promise(klaar => { l.addEventListener('load', klaar); l.addEventListener('error', klaar); })))
            .then(() => document.fonts.ready)
            .then(() => new Promise(klaar => requestAnimationFrame(() => klaar(true))))");
    }

    /// <summary>
    /// Clicks a control that submits a form and waits until the answer page has loaded, also when the answer has
    /// the same address (a form shown again with its errors). The old page is marked; a new page has no mark.
    /// Scripts on only.
    /// </summary>
    public static async Task VerstuurAsync(this ILocator knop)
    {
        await knop.Page.EvaluateAsync("() => { window.schakelVoorVersturen = true; }");
        await knop.ClickAsync();
        await knop.Page.WaitForFunctionAsync("() => document.readyState === 'complete' && window.schakelVoorVersturen !== true");
    }
}
