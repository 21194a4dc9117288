using System.Globalization;

namespace Schakel.Web.Features.Meldpunt.Indicatoren;

/// <summary>
/// Picks a sign's label and its group's name in the reader's language. Where a language lacks a text the
/// reader gets English (for a foreign reader) or Dutch (for easy Dutch), marked with its own lang attribute.
/// </summary>
public static class Signaaltaal
{
    /// <summary>Easy Dutch is a reading level, stored as its own "language" next to the cultures.</summary>
    public const string EenvoudigNederlands = "nl-B1";

    /// <summary>The language key of the current request: the UI language, or nl-B1 with easy Dutch on.</summary>
    public static string Huidig(bool eenvoudig)
    {
        var taal = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return taal == "nl" && eenvoudig ? EenvoudigNederlands : taal;
    }

    /// <summary>The label and, when it is not in <paramref name="taal"/>, the lang it is in.</summary>
    public static (string Tekst, string? Lang) Label(Indicator i, string taal) => taal switch
    {
        "nl" => (i.LabelNl, null),
        "en" => (i.LabelEn, null),
        EenvoudigNederlands => Vertaald(i, taal) is { } b1 ? (b1, null) : (i.LabelNl, null),
        _ => Vertaald(i, taal) is { } t ? (t, null) : (i.LabelEn, "en"),
    };

    /// <summary>The group's name; <paramref name="namen"/> holds the translations by (Dutch group, language).</summary>
    public static (string Tekst, string? Lang) Groep(string groep, string taal, IReadOnlyDictionary<(string Groep, string Taal), string> namen)
    {
        if (taal == "nl")
        {
            return (groep, null);
        }
        if (namen.TryGetValue((groep, taal), out var naam) && !string.IsNullOrWhiteSpace(naam))
        {
            return (naam, null);
        }
        if (taal == EenvoudigNederlands)
        {
            return (groep, null);
        }
        return taal != "en" && namen.TryGetValue((groep, "en"), out var engels) ? (engels, "en") : (groep, "nl");
    }

    private static string? Vertaald(Indicator i, string taal) =>
        i.Teksten.FirstOrDefault(t => t.Taal == taal && !string.IsNullOrWhiteSpace(t.Label))?.Label;
}
