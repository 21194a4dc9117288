using System.Text.RegularExpressions;
using Schakel.Core.Opvang;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>A desk's opening hours in the reader's language, and whether it is closed right now.</summary>
public sealed record Loketbereikbaarheid(string? Tijden, bool NuGesloten, string? WeerOpen);

/// <summary>
/// Reads a desk's hours the way the shelter board does (Core's <see cref="Bereikbaarheid"/>), but says it to a
/// member of the public in their own language: day names from the texts, "24/7" as "day and night".
/// </summary>
public static partial class LoketTijden
{
    private static readonly string[] Dagen = ["zo", "ma", "di", "wo", "do", "vr", "za"];

    public static Loketbereikbaarheid Bepaal(Organisatie o, DateTimeOffset nu, PubliekeTekst t)
    {
        var oordeel = Bereikbaarheid.Bepaal(o.DagEnNacht, o.Openingstijden, nu);
        var tijden = o.DagEnNacht ? t["DagEnNacht"].Value : Vertaal(o.Openingstijden, t);
        if (oordeel.Status != Bereikbaarheidsstatus.NietBereikbaar)
        {
            return new(tijden, false, null);
        }
        return new(tijden, true, oordeel.VolgendeOpening is { } v ? WeerOpen(Openingstijden.NaarAmsterdam(v), Openingstijden.NaarAmsterdam(nu), t) : null);
    }

    /// <summary>"ma-vr 09:00-17:00" as "Mon–Fri 09:00–17:00" (or pon.–pt. ...); text that is not hours stays as given.</summary>
    public static string? Vertaal(string? tekst, PubliekeTekst t)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return null;
        }
        if (!Openingstijden.TryParse(tekst, out var tijden, out string _))
        {
            return tekst;
        }
        if (tijden.Altijd)
        {
            return t["DagEnNacht"].Value;
        }
        var vertaald = DagPatroon().Replace(tekst.Trim().ToLowerInvariant(), m => t["Dag_" + m.Value].Value);
        return vertaald.Replace("-", "–", StringComparison.Ordinal).Replace(";", ",", StringComparison.Ordinal);
    }

    private static string WeerOpen(DateTime opening, DateTime nu, PubliekeTekst t)
    {
        var tijd = opening.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return (opening.Date - nu.Date).Days switch
        {
            0 => string.Format(System.Globalization.CultureInfo.CurrentCulture, t["WwWeerOpenVandaag"].Value, tijd),
            1 => string.Format(System.Globalization.CultureInfo.CurrentCulture, t["WwWeerOpenMorgen"].Value, tijd),
            _ => string.Format(System.Globalization.CultureInfo.CurrentCulture, t["WwWeerOpenOp"].Value, t["OpDag_" + Dagen[(int)opening.DayOfWeek]].Value, tijd),
        };
    }

    [GeneratedRegex(@"\b(ma|di|wo|do|vr|za|zo)\b")]
    private static partial Regex DagPatroon();
}
