using System.Globalization;
using System.Text;
using Schakel.Core.Sturing;

namespace Schakel.Web.Features.Sturing.Rapportage;

/// <summary>The period report as flat rows: one per action, the same figures the HTML shows (CSV now; PDF and XLSX read the same rows).</summary>
public static class RapportExport
{
    public const string GeenVoortgangGemeld = "geen voortgang gemeld";

    public static readonly string[] Kolommen =
        ["actielijn", "actie", "tekst", "eigenaren", "planning", "begroot", "kwartaal", "kleur", "voortgang", "volgende stap", "risico's", "status"];

    public static IEnumerable<string?[]> Rijen(Periodeverslag v) =>
        v.Lijnen.SelectMany(l => l.Acties.Select(a => new[]
        {
            l.Nummer.ToString(CultureInfo.InvariantCulture), a.Actie.Nummer, a.Actie.Tekst, string.Join("; ", a.Actie.Eigenaren), a.Actie.Planning.Tekst,
            a.BegrootInJaar?.ToString("0.##", CultureInfo.InvariantCulture),
            a.Voortgang?.Kwartaal.ToString(), a.Voortgang?.Kleur.ToString().ToLowerInvariant(), a.Voortgang?.Tekst ?? GeenVoortgangGemeld,
            a.Voortgang?.VolgendeStap, a.Voortgang?.Risicos, (a.Voortgang?.Status ?? a.Actie.Status).ToString(),
        }));

    public static string Csv(Periodeverslag v)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(';', Kolommen.Select(Veld)).Append("\r\n");
        foreach (var r in Rijen(v))
        {
            sb.AppendJoin(';', r.Select(Veld)).Append("\r\n");
        }
        return sb.ToString();
    }

    /// <summary>Quotes every field, and neutralises a leading =, +, - or @ so a spreadsheet never runs it as a formula.</summary>
    private static string Veld(string? s)
    {
        s ??= "";
        if (s.Length > 0 && s[0] is '=' or '+' or '-' or '@')
        {
            s = "'" + s;
        }
        return "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public static string Bestandsnaam(Periodeverslag v, string extensie) =>
        $"voortgang-{string.Join('_', v.Periode.Select(k => k.ToString()))}.{extensie}";
}
