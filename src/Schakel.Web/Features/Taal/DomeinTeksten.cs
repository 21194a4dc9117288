using System.Globalization;
using Microsoft.Extensions.Localization;
using Schakel.Core.Teksten;

namespace Schakel.Web.Features.Taal;

/// <summary>Marker for the domain's texts: Core's message codes and enum words (DomeinTeksten.resx, .en.resx).</summary>
public sealed class DomeinTeksten;

/// <summary>
/// Says a Core <see cref="Bericht"/> in the reader's language: the code's text from DomeinTeksten, its arguments
/// resolved the same way. A code without a text falls back to the Dutch the domain gave, never to a bare key.
/// </summary>
public sealed class DomeinTekst(IStringLocalizer<DomeinTeksten> teksten)
{
    public string this[Bericht bericht] => Tekst(bericht);

    public string Tekst(Bericht bericht)
    {
        if (bericht.Code.StartsWith("woord.taal.", StringComparison.Ordinal))
        {
            return Taalnaam(bericht.Code["woord.taal.".Length..], bericht.Nederlands);
        }
        if (bericht.Code is Bericht.ReeksCode or Bericht.ZinnenCode)
        {
            return string.Join(bericht.Code == Bericht.ReeksCode ? " — " : " ", bericht.Argumenten.Select(a => Argument(a).ToString()));
        }
        var sjabloon = bericht.Code.Length == 0 ? null : teksten[bericht.Code];
        if (sjabloon is null || sjabloon.ResourceNotFound)
        {
            return bericht.Nederlands;
        }
        return string.Format(CultureInfo.CurrentCulture, sjabloon.Value, [.. bericht.Argumenten.Select(Argument)]);
    }

    /// <summary>An enum value's name in the reader's language (key <c>woord.{Type}.{Waarde}</c>), or its own name.</summary>
    public string Woord<T>(T waarde) where T : struct, Enum
    {
        var tekst = teksten[Bericht.WoordCode(typeof(T), waarde.ToString())];
        return tekst.ResourceNotFound ? waarde.ToString() : tekst.Value;
    }

    private object Argument(object argument) => argument switch
    {
        Bericht b => Tekst(b),
        Opsomming o => Opsom(o),
        double d => Math.Round(d, 1, MidpointRounding.AwayFromZero),
        _ => argument,
    };

    private string Opsom(Opsomming o)
    {
        var delen = o.Delen.Select(d => d is Bericht b ? Tekst(b) : Convert.ToString(d, CultureInfo.CurrentCulture) ?? "").ToList();
        return delen.Count <= 1
            ? string.Concat(delen)
            : $"{string.Join(", ", delen.Take(delen.Count - 1))} {teksten[o.En ? "voegwoord.en" : "voegwoord.of"].Value} {delen[^1]}";
    }

    /// <summary>Dutch keeps the domain's own name; other readers get the language's English name from the culture data.</summary>
    private static string Taalnaam(string code, string nederlands)
    {
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl")
        {
            return nederlands;
        }
        try
        {
            var naam = CultureInfo.GetCultureInfo(code).EnglishName;
            return string.IsNullOrEmpty(naam) || naam == code ? nederlands : naam;
        }
        catch (CultureNotFoundException)
        {
            return nederlands;
        }
    }
}
