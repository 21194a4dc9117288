using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Schakel.Web.Shell;

/// <summary>
/// Marks a page that renders an HTML fragment for a live script (no layout, no landmarks). The scripts ask for it
/// with the header <see cref="Kop"/> (wwwroot/js/live.js); opened on its own — typed, bookmarked, from the history —
/// the reader is sent to the whole page it belongs to instead of a bare piece without navigation or title.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FragmentAttribute(string pagina) : Attribute, IAsyncPageFilter
{
    public const string Kop = "X-Schakel-Fragment";

    /// <summary>The whole page the fragment is part of.</summary>
    public string Pagina { get; } = pagina;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // Caches must not hand the fragment to a navigation or the page to a script.
        context.HttpContext.Response.Headers.Vary = Kop;
        if (!context.HttpContext.Request.Headers.ContainsKey(Kop))
        {
            context.Result = new RedirectResult(Pagina);
            return;
        }
        await next();
    }
}
