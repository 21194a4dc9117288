using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Primitives;
using Schakel.Core.Invoer;

namespace Schakel.Web.Features.Api.Invoer;

/// <summary>
/// The text rule for Razor Pages forms. Before model binding the posted form is replaced by a copy without the
/// refused characters, so no page (also one that reads Request.Form itself) passes them on; the field gets a
/// model error, so a page that checks ModelState shows the message next to the field. A page that does not say
/// it shows a kind of refusal (<see cref="ToontInvoerfoutenAttribute"/>: characters, choices, dates, lengths) gets the
/// 400 page for it before its handler runs, so no page stores a cleaned text or a default in place of the input.
/// </summary>
public sealed class PaginaInvoerFilter : IAsyncPageFilter
{
    private const string Velden = "schakel.invoer.pagina-velden";

    public async Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context)
    {
        var verzoek = context.HttpContext.Request;
        // The error page re-executed for this request must not read (and fail on) the same form again.
        var herhaald = context.HttpContext.Features.Get<IExceptionHandlerFeature>() is not null
            || context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (herhaald || !verzoek.HasFormContentType)
        {
            return;
        }
        var formulier = await verzoek.ReadFormAsync(context.HttpContext.RequestAborted);
        var ongeldig = formulier.Where(v => !Invoertekst.IsToegestaan(v.Key) || v.Value.Any(w => !Invoertekst.IsToegestaan(w)))
            .Select(v => v.Key).ToList();
        if (ongeldig.Count == 0)
        {
            // Cleaned earlier from the raw body (InvoerHygiene), or nothing to do.
            return;
        }
        var schoon = formulier.ToDictionary(
            v => Invoertekst.Schoon(v.Key),
            v => new StringValues([.. v.Value.Select(w => w is null ? null : Invoertekst.Schoon(w))]),
            StringComparer.OrdinalIgnoreCase);
        var nieuw = new FormCollection(schoon, formulier.Files);
        verzoek.Form = nieuw;
        context.HttpContext.Features.Set<IFormFeature>(new FormFeature(nieuw));
        context.HttpContext.Items[Velden] = ongeldig.Select(Invoertekst.Schoon).ToList();
    }

    /// <summary>Fields whose refused characters were taken out of a URL-encoded body before any reader saw it.</summary>
    internal static void Onthoud(HttpContext context, List<string> velden)
    {
        if (velden.Count > 0)
        {
            context.Items[Velden] = velden;
        }
    }

    /// <summary>
    /// The form fields (as posted, cleaned names) that held refused characters, for a page that must store nothing
    /// then and show the message next to the field; empty when all passed.
    /// </summary>
    public static IReadOnlyList<string> OngeldigeVelden(HttpContext context) =>
        context.Items.TryGetValue(Velden, out var v) && v is List<string> velden ? velden : [];

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.Items.TryGetValue(Velden, out var v) && v is List<string> velden)
        {
            foreach (var veld in velden)
            {
                context.ModelState.AddModelError(veld, Invoertekst.Melding);
                Invoerweigering.Registreer(context.HttpContext, veld, Invoerfout.Tekens);
            }
        }
        Invoerlengte.Controleer(context);
        var geweigerd = Invoerweigering.Soorten(context.HttpContext);
        if (geweigerd == 0)
        {
            // Nearly every request: no reflection on the page's attributes needed.
            await next();
            return;
        }
        var getoond = context.HandlerInstance.GetType().GetCustomAttributes(typeof(ToontInvoerfoutenAttribute), inherit: true)
            .Concat(context.HandlerMethod?.MethodInfo.GetCustomAttributes(typeof(ToontInvoerfoutenAttribute), inherit: true) ?? [])
            .OfType<ToontInvoerfoutenAttribute>().Aggregate((Invoerfout)0, (a, t) => a | t.Soorten);
        if ((geweigerd & ~getoond) != 0)
        {
            // The page does not show this refusal next to the field: the 400 page (re-executed) explains, and the
            // handler never runs, so nothing is stored in place of what was refused.
            context.Result = new Microsoft.AspNetCore.Mvc.BadRequestResult();
            return;
        }
        await next();
    }
}
