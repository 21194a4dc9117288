using System.Globalization;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;

namespace Schakel.Web.Features.Meldpunt.Medewerkers;

/// <summary>Dutch words for the staff pages.</summary>
public static class Weergave
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string Datum(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, Amsterdam).ToString("d MMM yyyy HH:mm", Nl);
    public static string Dag(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, Amsterdam).ToString("d MMM yyyy", Nl);
    public static string Status(MeldingStatus s) => MeldingStatusmachine.Label(s);
    public static string Soort(MeldingSoort s) => s == MeldingSoort.Adviesvraag ? "adviesvraag" : "melding";

    public static string Termijn(TermijnToestand t) => t switch
    {
        TermijnToestand.OpTijd => "op tijd",
        TermijnToestand.TeLaat => "te laat gegeven",
        TermijnToestand.Verlopen => "VERLOPEN",
        _ => "loopt",
    };
}
