using System.Globalization;
using System.Resources;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Monitor;
using Schakel.Core.Organisaties;
using Schakel.Core.Teksten;
using Schakel.Web.Features.Taal;

namespace Schakel.Web.Features.Monitor;

/// <summary>
/// Names a breakdown's category ("burger") and a period ("2021-K1") in words for a reader: the staff pages in the
/// reader's language, the published report in Dutch. The codes stay what the API, the CSV keys and the cells'
/// data attributes use; only what a person reads changes.
/// </summary>
public static class Monitorwoorden
{
    private static readonly ResourceManager Domein = new(typeof(DomeinTeksten).FullName!, typeof(DomeinTeksten).Assembly);
    private static readonly ResourceManager Monitor = new(typeof(MonitorTeksten).FullName!, typeof(MonitorTeksten).Assembly);

    public static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl");

    /// <summary>The category's name, or its code when it has none: an older snapshot may hold a category the code no longer has.</summary>
    public static string Categorie(string uitsplitsing, string code, CultureInfo taal) => Categorienaam(uitsplitsing, code, taal) ?? code;

    internal static string? Categorienaam(string uitsplitsing, string code, CultureInfo taal)
    {
        if (code == Uitsplitsing.Totaal)
        {
            return Monitor.GetString("Categorie_totaal", taal);
        }
        if (uitsplitsing == Uitsplitsing.Partijsoort)
        {
            return Monitor.GetString("Partijsoort_" + code, taal);
        }
        var type = uitsplitsing switch
        {
            Uitsplitsing.Melder => typeof(MelderType),
            Uitsplitsing.Kanaal => typeof(Kanaal),
            Uitsplitsing.Minderjarig or Uitsplitsing.Acuut => typeof(JaNeeOnbekend),
            Uitsplitsing.Uitbuitingsvorm => typeof(Uitbuitingsvorm),
            Uitsplitsing.Zijde => typeof(Zijde),
            Uitsplitsing.Ontvanger => typeof(OrganisatieType),
            Uitsplitsing.Rol => typeof(Rol),
            _ => null,
        };
        if (type is null || !Enum.TryParse(type, code, ignoreCase: true, out var waarde) || !Enum.IsDefined(type, waarde))
        {
            return null;
        }
        return Domein.GetString(Bericht.WoordCode(type, waarde.ToString()!), taal);
    }

    /// <summary>"2021" stays; a quarter becomes "1e kwartaal 2021" (Q1 2021), a month "maart 2021". Anything else stays as given.</summary>
    public static string Periode(string code, CultureInfo taal)
    {
        if (!Core.Monitor.Periode.TryParse(code, out var periode) || periode.ToString() != code)
        {
            return code;
        }
        return periode.Soort switch
        {
            PeriodeSoort.Kwartaal => string.Format(taal, Monitor.GetString("Periode_kwartaal", taal) ?? "{0}-K{1}", periode.Jaar, periode.Nummer),
            PeriodeSoort.Maand => periode.Begin.ToString("MMMM yyyy", taal),
            _ => code,
        };
    }
}
