using Microsoft.Extensions.Localization;
using Schakel.Core.Opvang;

namespace Schakel.Web.Features.Opvang.Bord;

/// <summary>How the board writes times, durations and the need's words in the reader's language.</summary>
public static class BordWeergave
{
    public static DateTime Lokaal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, OpvangService.Amsterdam).DateTime;

    public static string Tijdstip(DateTimeOffset moment) => Shell.NederlandseTijd.Tijdstip(moment);

    public static string Duur(IStringLocalizer t, TimeSpan duur) => t["Duur", (int)duur.TotalHours, duur.Minutes];

    public static string Enum<TEnum>(IStringLocalizer t, string voorvoegsel, TEnum waarde) where TEnum : struct, System.Enum =>
        t[$"{voorvoegsel}_{waarde}"];

    public static string Leeftijd(IStringLocalizer t, Leeftijdscategorie categorie) => categorie.Bereik() switch
    {
        null => t["Leeftijd_Onbekend"],
        { Max: null } b => t["Leeftijd_Vanaf", b.Min],
        { } b => t["Leeftijd_Bereik", b.Min, b.Max],
    };

    /// <summary>"eerste-opvang-120m" becomes "eerste opvang na 2 u 0 min".</summary>
    public static string Escalatie(IStringLocalizer t, string code)
    {
        var streep = code.LastIndexOf('-');
        if (streep < 0 || !long.TryParse(code[(streep + 1)..].TrimEnd('m'), out var minuten))
        {
            return code;
        }
        return t[$"Escalatie_{code[..streep]}", Duur(t, TimeSpan.FromMinutes(minuten))];
    }

    /// <summary>A short, name-free label for a request: gender, age band and when the victim was found.</summary>
    public static string Label(IStringLocalizer t, Plaatsingsverzoek v) =>
        $"{Enum(t, "Geslacht", v.Behoefte.Geslacht)}, {Leeftijd(t, v.Behoefte.Leeftijdscategorie)} — {Tijdstip(v.GevondenOp)}";
}
