using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Schakel.Web.Features.Api.Invoer;

/// <summary>The kinds of page-form input the shared binders and filters refuse before a handler runs.</summary>
[Flags]
public enum Invoerfout
{
    /// <summary>Refused characters in a field: a NUL, another control character, a lone surrogate.</summary>
    Tekens = 1,

    /// <summary>A choice (an enum) given as a number, as a list of names or as no member at all.</summary>
    Keuze = 2,

    /// <summary>A date outside <see cref="Schakel.Core.Invoer.Invoerdatum"/>'s range.</summary>
    Datum = 4,

    /// <summary>A value longer than <see cref="Invoerlengte"/> allows for its field.</summary>
    Lengte = 8,

    Alle = Tekens | Keuze | Datum | Lengte,
}

/// <summary>
/// On a page model or one of its handlers: it shows these refusals next to their fields (they are model errors) and stores nothing
/// while there are any. A page without it, or a refusal of another kind, gets the 400 page before its handler
/// runs (<see cref="PaginaInvoerFilter"/>): a handler that does not look at the model state would otherwise store
/// the cleaned text or the property's default in place of what was refused.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class ToontInvoerfoutenAttribute(Invoerfout soorten) : Attribute
{
    public Invoerfout Soorten { get; } = soorten;
}

/// <summary>What the shared binders and filters refused in this request, by field and kind.</summary>
public static class Invoerweigering
{
    private const string Sleutel = "schakel.invoer.weigeringen";

    public static void Registreer(HttpContext context, string veld, Invoerfout soort)
    {
        if (!context.Items.TryGetValue(Sleutel, out var w) || w is not Dictionary<string, Invoerfout> weigeringen)
        {
            context.Items[Sleutel] = weigeringen = new Dictionary<string, Invoerfout>(StringComparer.OrdinalIgnoreCase);
        }
        weigeringen[veld] = weigeringen.GetValueOrDefault(veld) | soort;
    }

    public static void Registreer(ModelBindingContext binding, Invoerfout soort) =>
        Registreer(binding.HttpContext, binding.ModelName, soort);

    /// <summary>The kinds refused in this request (none when all input passed).</summary>
    public static Invoerfout Soorten(HttpContext context) =>
        context.Items.TryGetValue(Sleutel, out var w) && w is Dictionary<string, Invoerfout> weigeringen
            ? weigeringen.Values.Aggregate((Invoerfout)0, (a, b) => a | b)
            : 0;
}
