using System.Globalization;
using Schakel.Core.Monitor;
using Schakel.Web.Features.Documenten;

namespace Schakel.Web.Features.Monitor.Rapport;

/// <summary>One bar of a chart: its label, its value, or hidden (then no value is drawn, only the word).</summary>
public sealed record Staaf(string Label, decimal? Waarde, string? Verborgen);

/// <summary>One section of the report: its text, its table (also the CSV/XLSX sheet) and the chart drawn from that table.</summary>
public sealed record RapportSectie(Sectie Sectie, string Commentaar, Tabel? Tabel, IReadOnlyList<Staaf> Staven, string? Bevinding, string? Eenheid);

public sealed record RapportWeergave(MonitorEditie Editie, Momentopname Inhoud, IReadOnlyList<RapportSectie> Secties, string Regel)
{
    public string Titel => $"Mensenhandelmonitor {Editie.RegioNaam} {Editie.Jaar}" + (Editie.Versie > 1 ? $", versie {Editie.Versie}" : "");
    public string Bestandsnaam => $"monitor-{Editie.RegioCode}-{Editie.Jaar}-v{Editie.Versie}";
}

/// <summary>
/// Turns an edition's content into the report: per section one table whose cells are exactly what HTML, PDF, CSV and
/// XLSX show (a number, "&lt; T" for a small number, "verborgen" for a cell hidden to protect another), and a bar chart
/// of the year column. A published edition is drawn from its snapshot, so the report never changes afterwards.
/// </summary>
public static class RapportOpbouw
{
    public const string VerborgenTekst = "verborgen";

    public static string Regel(int drempel) =>
        $"Aantallen uit Schakels eigen zaakgegevens tussen 0 en {drempel} tonen we als '< {drempel}'. Om te voorkomen dat zo'n " +
        "cel uit totalen, districten, kwartalen of het jaar is terug te rekenen, zijn waar nodig ook andere cellen verborgen " +
        $"('{VerborgenTekst}'). Een aandeel of duur over minder dan {drempel} zaken is ook verborgen. Het lopende kwartaal staat " +
        "er niet in. Een echte 0 is 0.";

    public static RapportWeergave Bouw(MonitorEditie editie, Momentopname inhoud)
    {
        var secties = inhoud.Secties.Select(s => Sectie(s, editie.Jaar, inhoud.Drempel)).ToList();
        return new RapportWeergave(editie, inhoud, secties, Regel(inhoud.Drempel));
    }

    /// <summary>What a cell shows: its value, or why not. Only small numbers say "&lt; T"; other hidden cells say nothing more.</summary>
    public static object? Toon(TabelCel? cel, int drempel) => cel switch
    {
        null => null,
        { Verborgen: true, Reden: nameof(VerbergReden.KleinAantal) } => $"< {drempel}",
        { Verborgen: true } => VerborgenTekst,
        { Waarde: null } => "geen waarde",
        _ => cel.Waarde,
    };

    private static RapportSectie Sectie(SectieInhoud s, int jaar, int drempel)
    {
        if (s.Tabel is not { } t)
        {
            return new RapportSectie(s.Sectie, s.Commentaar, null, [], null, null);
        }

        var jaarKolom = jaar.ToString(CultureInfo.InvariantCulture);
        var regio = t.Gebieden.FirstOrDefault(g => g.Niveau == "regio")?.Sleutel ?? t.Gebieden[^1].Sleutel;
        var maatstaf = Maatstaven.Zoek(t.Maatstaf);
        Tabel tabel;
        List<(string Label, TabelCel? Cel)> jaarcellen;
        if (t.Categorieen.Count > 1)
        {
            // A breakdown: the region's figures per category and period.
            tabel = new Tabel(s.Sectie.Code, s.Sectie.Titel, ["Categorie", .. t.Perioden],
                t.Categorieen.Select(c => (IReadOnlyList<object?>)[Categorie(c), .. t.Perioden.Select(p => Toon(t.Cel(regio, p, c), drempel))]).ToList());
            jaarcellen = t.Categorieen.Where(c => c != Uitsplitsing.Totaal).Select(c => (Categorie(c), t.Cel(regio, jaarKolom, c))).ToList();
        }
        else
        {
            var categorie = t.Categorieen[0];
            tabel = new Tabel(s.Sectie.Code, s.Sectie.Titel, ["Gebied", .. t.Perioden],
                t.Gebieden.Select(g => (IReadOnlyList<object?>)[g.Naam, .. t.Perioden.Select(p => Toon(t.Cel(g.Sleutel, p, categorie), drempel))]).ToList());
            // The chart compares the municipalities (and the combined Den Haag district) over the year.
            jaarcellen = t.Gebieden.Where(g => g.Niveau is "gemeente" or "deel").Select(g => (g.Naam, t.Cel(g.Sleutel, jaarKolom, categorie))).ToList();
        }

        var staven = jaarcellen.Select(j => Toon(j.Cel, drempel) switch
        {
            decimal d => new Staaf(j.Label, d, null),
            string tekst => new Staaf(j.Label, null, tekst),
            _ => new Staaf(j.Label, null, "geen waarde"),
        }).ToList();
        return new RapportSectie(s.Sectie, s.Commentaar, tabel, staven, Bevinding(staven, Toon(t.Cel(regio, jaarKolom, Uitsplitsing.Totaal), drempel), jaarKolom, t.Perioden),
            maatstaf?.Eenheid);
    }

    /// <summary>The finding the chart's caption states: the year's total and the largest part that is shown.</summary>
    private static string Bevinding(IReadOnlyList<Staaf> staven, object? totaal, string jaar, IReadOnlyList<string> perioden)
    {
        var deel = perioden.Count > 1 ? $" (over {string.Join(", ", perioden.Take(perioden.Count - 1))})" : "";
        var zin = totaal is decimal d ? $"In {jaar}{deel} in totaal {Getal(d)}." : $"In {jaar}{deel}: het totaal is niet openbaar.";
        if (staven.Where(s => s.Waarde is not null).MaxBy(s => s.Waarde) is { Waarde: > 0 } hoogste)
        {
            zin += $" Het hoogste getoonde cijfer: {hoogste.Label} ({Getal(hoogste.Waarde!.Value)}).";
        }

        var verborgen = staven.Count(s => s.Verborgen is not null);
        return verborgen > 0 ? zin + $" {verborgen} van de {staven.Count} staven zijn verborgen." : zin;
    }

    public static string Getal(decimal d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Tekst(object? waarde) => waarde switch
    {
        null => "",
        decimal d => Getal(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => waarde.ToString() ?? "",
    };

    private static string Categorie(string c) => c == Uitsplitsing.Totaal ? "totaal" : c;
}
