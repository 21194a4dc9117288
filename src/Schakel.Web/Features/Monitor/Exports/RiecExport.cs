using System.Globalization;
using Schakel.Core.Monitor;
using Schakel.Web.Features.Documenten;

namespace Schakel.Web.Features.Monitor.Exports;

/// <summary>
/// The quarterly victim figures per municipality in the CSV layout for the RIEC Dashboard Ondermijning
/// (docs/monitor-riec-csv.md): one row per municipality of the police unit and finished quarter, the public
/// suppression applied (the same cells the public monitor hides), a hidden cell empty with status "verborgen".
/// </summary>
public sealed class RiecExport(MonitorCijfers cijfers)
{
    public const string Indicator = "vermoedelijke_slachtoffers_mensenhandel";
    public const string StatusGepubliceerd = "gepubliceerd";
    public const string StatusVerborgen = "verborgen";
    public const string StatusGeenGegevens = "geen_gegevens";

    public static readonly IReadOnlyList<string> Kolommen =
        ["jaar", "kwartaal", "gemeentecode", "gemeentenaam", "politie_eenheid", "indicator", "waarde", "status", "bron"];

    /// <summary>The table, or null when the unit is unknown.</summary>
    public async Task<Tabel?> TabelAsync(string eenheid, int jaar, CancellationToken ct)
    {
        var indeling = await cijfers.IndelingAsync(ct);
        if (!indeling.Eenheden.ContainsKey(eenheid))
        {
            return null;
        }

        var regio = Indeling.EenheidAlsRegio(indeling, eenheid);
        // Public rules: only finished quarters, the region's threshold, suppression as in the public monitor.
        var kwartalen = cijfers.Kwartalen(jaar, publiek: true);
        var tabel = await cijfers.TabelAsync(regio, jaar, Maatstaven.VermoedelijkeSlachtoffers, Uitsplitsing.Geen, true,
            cijfers.Drempel(eenheid), null, ct, kwartalen);
        var rijen = new List<IReadOnlyList<object?>>();
        foreach (var gemeente in indeling.Gemeenten.Where(g => g.EenheidCode == eenheid).OrderBy(g => g.CbsCode, StringComparer.Ordinal))
        {
            foreach (var kwartaal in kwartalen)
            {
                var cel = tabel.Cel($"gemeente:{gemeente.CbsCode}", kwartaal.ToString());
                var status = cel is null || cel.Herkomst == Cijferherkomst.GeenGegevens ? StatusGeenGegevens
                    : cel.Verborgen ? StatusVerborgen : StatusGepubliceerd;
                var bron = cel?.Herkomst == Cijferherkomst.Geimporteerd ? cel.Bron?.Document ?? "import" : "Schakel";
                rijen.Add([jaar, kwartaal.Nummer, gemeente.CbsCode, gemeente.Naam, eenheid, Indicator,
                    status == StatusGepubliceerd ? (long?)cel!.Waarde : null, status, bron]);
            }
        }

        return new Tabel("riec", $"Vermoedelijke slachtoffers per gemeente en kwartaal {eenheid} {jaar.ToString(CultureInfo.InvariantCulture)}",
            Kolommen, rijen);
    }
}
