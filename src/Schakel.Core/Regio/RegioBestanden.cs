using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Schakel.Core.Regio;

public sealed record EenheidRegel(string Code, string Naam, string GemeentenBestand, string BasisteamsBestand);

public sealed record GemeenteRegel(
    string CbsCode, string Naam, string Deelregio,
    IReadOnlyList<string> DistrictCodes, IReadOnlyList<string> DistrictNamen,
    IReadOnlyList<string> BasisteamCodes, string Zekerheid);

public sealed record BasisteamRegel(string Code, string Naam, string DistrictCode);

public sealed record DistrictRegel(string Code, string Naam);

/// <summary>One police unit with everything below it, as read from its data files.</summary>
public sealed record EenheidGegevens(
    EenheidRegel Eenheid,
    IReadOnlyList<DistrictRegel> Districten,
    IReadOnlyList<BasisteamRegel> Basisteams,
    IReadOnlyList<GemeenteRegel> Gemeenten);

/// <summary>
/// Reads the region data files (one row per unit in eenheden.csv, each pointing to a municipalities
/// file and a base-teams file) so that adding a police unit is adding data, not code.
/// </summary>
public static class RegioBestanden
{
    private static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture)
    {
        TrimOptions = TrimOptions.Trim,
        MissingFieldFound = null,
    };

    public static IReadOnlyList<EenheidRegel> LeesEenheden(TextReader reader)
    {
        using var csv = new CsvReader(reader, Csv);
        var regels = new List<EenheidRegel>();
        foreach (var r in csv.GetRecords<dynamic>())
        {
            var d = (IDictionary<string, object>)r;
            regels.Add(new EenheidRegel(
                Verplicht(d, "code"), Verplicht(d, "naam"), Verplicht(d, "gemeenten"), Verplicht(d, "basisteams")));
        }
        return regels;
    }

    public static IReadOnlyList<GemeenteRegel> LeesGemeenten(TextReader reader)
    {
        using var csv = new CsvReader(reader, Csv);
        var regels = new List<GemeenteRegel>();
        foreach (var r in csv.GetRecords<dynamic>())
        {
            var d = (IDictionary<string, object>)r;
            var cbs = Verplicht(d, "cbs_code");
            if (!GemeenteCode.IsGeldig(cbs))
            {
                throw new FormatException($"Ongeldige CBS-code '{cbs}' in gemeentenbestand.");
            }
            regels.Add(new GemeenteRegel(
                cbs, Verplicht(d, "gemeente"), Optioneel(d, "deelregio"),
                Lijst(Verplicht(d, "district_code")), Lijst(Optioneel(d, "district_naam")),
                Lijst(Optioneel(d, "basisteams")), Optioneel(d, "zekerheid")));
        }
        return regels;
    }

    public static IReadOnlyList<BasisteamRegel> LeesBasisteams(TextReader reader)
    {
        using var csv = new CsvReader(reader, Csv);
        var regels = new List<BasisteamRegel>();
        foreach (var r in csv.GetRecords<dynamic>())
        {
            var d = (IDictionary<string, object>)r;
            regels.Add(new BasisteamRegel(Verplicht(d, "code"), Verplicht(d, "naam"), Verplicht(d, "district_code")));
        }
        return regels;
    }

    /// <summary>
    /// Combines one unit's files and checks they agree: every base team and municipality must point to a
    /// district and base team that exist, so a typo in a data file stops the load instead of orphaning rows.
    /// </summary>
    public static EenheidGegevens Combineer(EenheidRegel eenheid, IReadOnlyList<GemeenteRegel> gemeenten, IReadOnlyList<BasisteamRegel> basisteams)
    {
        var districten = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in gemeenten)
        {
            for (var i = 0; i < g.DistrictCodes.Count; i++)
            {
                var naam = i < g.DistrictNamen.Count ? g.DistrictNamen[i] : g.DistrictCodes[i];
                districten.TryAdd(g.DistrictCodes[i], naam);
            }
        }

        var fouten = new List<string>();
        foreach (var b in basisteams.Where(b => !districten.ContainsKey(b.DistrictCode)))
        {
            fouten.Add($"basisteam {b.Code} verwijst naar onbekend district {b.DistrictCode}");
        }
        var teamCodes = basisteams.Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var g in gemeenten)
        {
            fouten.AddRange(g.BasisteamCodes.Where(c => !teamCodes.Contains(c)).Select(c => $"gemeente {g.CbsCode} verwijst naar onbekend basisteam {c}"));
        }
        foreach (var dubbel in gemeenten.GroupBy(g => g.CbsCode).Where(x => x.Count() > 1))
        {
            fouten.Add($"gemeente {dubbel.Key} staat meer dan eens in het bestand");
        }
        if (fouten.Count > 0)
        {
            throw new FormatException($"Regiobestanden van eenheid {eenheid.Code} kloppen niet: {string.Join("; ", fouten)}.");
        }

        return new EenheidGegevens(
            eenheid,
            districten.Select(d => new DistrictRegel(d.Key, d.Value)).OrderBy(d => d.Code, StringComparer.Ordinal).ToList(),
            basisteams, gemeenten);
    }

    private static string Verplicht(IDictionary<string, object> d, string kolom)
    {
        var waarde = Optioneel(d, kolom);
        return waarde.Length > 0 ? waarde : throw new FormatException($"Kolom '{kolom}' ontbreekt of is leeg.");
    }

    private static string Optioneel(IDictionary<string, object> d, string kolom) =>
        d.TryGetValue(kolom, out var v) ? (v?.ToString() ?? "").Trim() : "";

    private static IReadOnlyList<string> Lijst(string waarde) =>
        waarde.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
