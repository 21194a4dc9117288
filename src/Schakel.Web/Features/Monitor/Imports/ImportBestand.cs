using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Schakel.Core.Monitor;

namespace Schakel.Web.Features.Monitor.Imports;

/// <summary>Reads a template as CSV (';' or ',' separated, UTF-8) into rows by column name; writes the empty template.</summary>
public static class ImportBestand
{
    public static (List<IReadOnlyDictionary<string, string?>> Rijen, List<ImportFout> Fouten) LeesCsv(string tekst)
    {
        var rijen = new List<IReadOnlyDictionary<string, string?>>();
        var fouten = new List<ImportFout>();
        var eersteRegel = tekst.Split('\n', 2)[0];
        var scheiding = eersteRegel.Count(c => c == ';') >= eersteRegel.Count(c => c == ',') ? ";" : ",";
        using var lezer = new CsvReader(new StringReader(tekst), new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = scheiding, BadDataFound = null, MissingFieldFound = null, TrimOptions = TrimOptions.Trim,
        });
        if (!lezer.Read() || !lezer.ReadHeader() || lezer.HeaderRecord is not { } kop)
        {
            fouten.Add(new ImportFout(0, "bestand", "Het bestand heeft geen kopregel."));
            return (rijen, fouten);
        }

        var kolommen = kop.Select(k => k.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        foreach (var ontbreekt in PartnerRijen.Kolommen.Except(kolommen))
        {
            fouten.Add(new ImportFout(0, ontbreekt, "Deze kolom ontbreekt in de kopregel; gebruik het sjabloon."));
        }

        foreach (var onbekend in kolommen.Except(PartnerRijen.Kolommen).Where(k => k.Length > 0))
        {
            fouten.Add(new ImportFout(0, onbekend, "Onbekende kolom; gebruik het sjabloon."));
        }

        while (lezer.Read())
        {
            if (rijen.Count > PartnerRijen.MaxRijen)
            {
                break;
            }

            var rij = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < kolommen.Count; i++)
            {
                rij[kolommen[i]] = lezer.GetField(i);
            }

            if (rij.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
            {
                rijen.Add(rij);
            }
        }

        return (rijen, fouten);
    }

    /// <summary>The template of a source: the header and one example row per measure of its own.</summary>
    public static string Sjabloon(PartnerBron bron) =>
        string.Join(';', PartnerRijen.Kolommen) + "\r\n" + string.Concat(bron.EigenMaatstaven.Select(m =>
            $"{m};{(PartnerMaatstaven.IsReferentie(m) ? "land" : "GM0518")};2023;;{PartnerRijen.GeenGegevens};Naam van het brondocument;§ 2.1;2024-03-31;ja\r\n"));
}
