using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Schakel.Web.Resources;

namespace Schakel.Web.Features.Api.Invoer;

/// <summary>
/// On a page model or one of its handlers: these form fields are free texts that may be longer than
/// <see cref="Invoerlengte.Algemeen"/>, up to <see cref="Max"/> characters. Field names as posted, case-insensitive,
/// an index written as <c>[]</c> (<c>commentaren[]</c> for <c>commentaren[bewustwording]</c>). The limit is the one the
/// page's own validation (and the API for the same field) already applies, taken from the same constant, so a text
/// the page accepts is never refused here and a page never stores more than its API would.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class InvoerlengteAttribute(int max, params string[] velden) : Attribute
{
    public int Max { get; } = max;

    public IReadOnlyList<string> Velden { get; } = velden;
}

/// <summary>
/// The length rule for page forms, checked by <see cref="PaginaInvoerFilter"/> for every posted value before a handler
/// runs: no value is longer than <see cref="Algemeen"/> characters unless the page names the field as a longer free
/// text (<see cref="InvoerlengteAttribute"/>). Before this rule a handler that did not check a field's length stored
/// whatever came (a 1 MB value was stored by three page forms).
/// </summary>
public static partial class Invoerlengte
{
    /// <summary>
    /// Every value of a page form, unless named otherwise. The longest single-line or reason field any page or API
    /// endpoint takes is 2,000 characters (a referral's reason, a signals-table text, evidence for a basic-level item).
    /// </summary>
    public const int Algemeen = 2000;

    /// <summary>The shared text key of the message (with the maximum as {0}).</summary>
    public const string Melding = "InvoerTeLang";

    private const string Velden = "schakel.invoer.te-lang";

    /// <summary>
    /// Characters as the person typed them: a browser sends a line break as CR LF but counts it (and its maxlength)
    /// as one, so a text that fits the textarea must fit here too.
    /// </summary>
    public static int Lengte(string waarde) => waarde.Length - Regex.Count(waarde, "\r\n");

    /// <summary>The fields of this request that were too long, with their maximum; empty when all fitted.</summary>
    public static IReadOnlyDictionary<string, int> TeLangeVelden(HttpContext context) =>
        context.Items.TryGetValue(Velden, out var v) && v is Dictionary<string, int> velden ? velden : new Dictionary<string, int>();

    /// <summary>Registers each over-long value as a refusal of kind <see cref="Invoerfout.Lengte"/> with its message.</summary>
    internal static void Controleer(PageHandlerExecutingContext context)
    {
        var http = context.HttpContext;
        // Read (and cleaned) in handler selection already; never read a body here for the first time. The error page
        // re-executed for this request does not judge the same form again.
        if (http.Features.Get<IFormFeature>()?.Form is not { } formulier
            || http.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null
            || http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            return;
        }
        Dictionary<string, int>? uitzonderingen = null;
        Dictionary<string, int>? teLang = null;
        foreach (var (sleutel, waarden) in formulier)
        {
            var langste = 0;
            foreach (var w in waarden)
            {
                // Cheap test first: a value no longer than the general limit in UTF-16 units fits whatever its line breaks.
                if (w is not null && w.Length > Algemeen)
                {
                    langste = Math.Max(langste, Lengte(w));
                }
            }
            if (langste <= Algemeen)
            {
                continue;
            }
            uitzonderingen ??= Uitzonderingen(context);
            var max = uitzonderingen.GetValueOrDefault(Naam(sleutel), Algemeen);
            if (langste > max)
            {
                (teLang ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase))[sleutel] = max;
            }
        }
        if (teLang is null)
        {
            return;
        }
        http.Items[Velden] = teLang;
        var teksten = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        foreach (var (veld, max) in teLang)
        {
            context.ModelState.AddModelError(veld, teksten[Melding, max.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)].Value);
            Invoerweigering.Registreer(http, veld, Invoerfout.Lengte);
        }
    }

    private static Dictionary<string, int> Uitzonderingen(PageHandlerExecutingContext context)
    {
        var attributen = context.HandlerInstance.GetType().GetCustomAttributes<InvoerlengteAttribute>(inherit: true)
            .Concat(context.HandlerMethod?.MethodInfo.GetCustomAttributes<InvoerlengteAttribute>(inherit: true) ?? []);
        var uitkomst = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in attributen)
        {
            foreach (var veld in a.Velden)
            {
                var naam = Naam(veld);
                uitkomst[naam] = Math.Max(uitkomst.GetValueOrDefault(naam), a.Max);
            }
        }
        return uitkomst;
    }

    private static string Naam(string sleutel) => Index().Replace(sleutel, "[]");

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Index();
}
