using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Meldpunt.Misbruik;

/// <summary>
/// Applies the reporting point's limits to the public pages' form posts, so every way in shares the same
/// per-source budget as the API: submitting on /melden and /advies counts as <see cref="Limiet.Melden"/>,
/// every post on /opvolgen (look up, reply, download) as <see cref="Limiet.Code"/>. Other posts (the
/// "I wrote the code down" confirmation, the guide) are not limited. A page that is an <see cref="ILimietPagina"/>
/// counts only accepted reports and renders its own 429 page; every code look-up counts, since guessing is
/// what that limit stops, and an <see cref="ILimietWeergave"/> (/opvolgen) renders its own 429 page too.
/// </summary>
internal sealed class PubliekeLimietFilter : IAsyncPageFilter
{
    private const string Map = "/Features/Meldpunt/Publiek/";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (Welke(context) is { } limiet)
        {
            var limieten = context.HttpContext.RequestServices.GetRequiredService<Verzoeklimieten>();
            var venster = limieten.Venster(limiet);
            if (context.HandlerInstance is ILimietPagina pagina)
            {
                // Only accepted reports count: a reporter correcting a mistake, or several people behind one
                // address whose reports were refused as invalid, keep their budget.
                if (!await limieten.BeschikbaarAsync(context.HttpContext, limiet))
                {
                    ZetRetryAfter(context.HttpContext, venster);
                    context.Result = await pagina.TeVeelAsync(venster, context.HttpContext.RequestAborted);
                    return;
                }
                await next();
                if (pagina.Geaccepteerd)
                {
                    await limieten.TelAsync(context.HttpContext, limiet);
                }
                return;
            }
            if (!await limieten.ProbeerAsync(context.HttpContext, limiet))
            {
                ZetRetryAfter(context.HttpContext, venster);
                if (context.HandlerInstance is ILimietWeergave weergave)
                {
                    context.Result = await weergave.TeVeelAsync(venster, context.HttpContext.RequestAborted);
                    return;
                }
                context.Result = new ContentResult
                {
                    StatusCode = StatusCodes.Status429TooManyRequests,
                    ContentType = "text/plain; charset=utf-8",
                    Content = $"Te veel verzoeken in korte tijd. Probeer het over {(int)venster.TotalMinutes} minuten opnieuw. Is er acuut gevaar? Bel 112.",
                };
                return;
            }
        }
        await next();
    }

    private static void ZetRetryAfter(HttpContext http, TimeSpan venster) =>
        http.Response.Headers.RetryAfter = ((int)venster.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    internal static Limiet? Welke(PageHandlerExecutingContext context)
    {
        if (!HttpMethods.IsPost(context.HttpContext.Request.Method) || context.ActionDescriptor.ViewEnginePath is not { } pad
            || !pad.StartsWith(Map, StringComparison.Ordinal))
        {
            return null;
        }
        var pagina = pad[Map.Length..];
        var handler = context.HandlerMethod?.Name;
        return pagina switch
        {
            "Melden" or "Advies" when string.IsNullOrEmpty(handler) => Limiet.Melden,
            "Opvolgen" => Limiet.Code,
            _ => null,
        };
    }
}
