using System.Globalization;
using Schakel.Core.Monitor;
using Schakel.Web.Features.Documenten;

namespace Schakel.Web.Features.Monitor.Rapport;

/// <summary>One bar of a chart: its label, its value, or hidden (then no value is drawn, only the word).</summary>
public sealed record Staaf(string Label, decimal? Waarde, string? Verborgen);

/// <summary>One table of a section with the chart drawn from it and the finding its caption states.</summary>
public sealed record RapportBlok(Tabel Tabel, IReadOnlyList<Staaf> Staven, string? Bevinding, string? Eenheid, string? Toelichting = null);

/// <summary>
/// One section of the report: its commentary and its blocks (the figures table first, then the trend over the years and
/// reference figures; for a chain section the tables drawn from its source). Every block's table is also a CSV/XLSX sheet.
/// </summary>
public sealed record RapportSectie(Sectie Sectie, string Commentaar, IReadOnlyList<RapportBlok> Blokken, string? Bron = null);

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
    public const string GeenGegevens = "geen gegevens";

    public static string Regel(int drempel) =>
        $"Aantallen uit Schakels eigen zaakgegevens tussen 0 en {drempel} tonen we als '< {drempel}'. Om te voorkomen dat zo'n " +
        "cel uit totalen, districten, kwartalen of het jaar is terug te rekenen, zijn waar nodig ook andere cellen verborgen " +
        $"('{VerborgenTekst}'). Een aandeel of duur over minder dan {drempel} zaken is ook verborgen. Het lopende kwartaal staat " +
        "er niet in. Een echte 0 is 0.";

    public static RapportWeergave Bouw(MonitorEditie editie, Momentopname inhoud)
    {
        var secties = inhoud.Secties.Select(s => s.Keten is { } k ? Ketensectie(s, k) : Sectie(s, editie.Jaar, inhoud.Drempel)).ToList();
        return new RapportWeergave(editie, inhoud, secties, Regel(inhoud.Drempel));
    }

    /// <summary>What a cell shows: its value, or why not. Only small numbers say "&lt; T"; other hidden cells say nothing more.</summary>
    public static object? Toon(TabelCel? cel, int drempel) => cel switch
    {
        null => null,
        { Verborgen: true, Reden: nameof(VerbergReden.KleinAantal) } => $"< {drempel}",
        { Verborgen: true } => VerborgenTekst,
        { Herkomst: Cijferherkomst.GeenGegevens } => GeenGegevens,
        { Waarde: null } => "geen waarde",
        _ => cel.Waarde,
    };

    private static RapportSectie Sectie(SectieInhoud s, int jaar, int drempel)
    {
        if (s.Tabel is not { } t)
        {
            return new RapportSectie(s.Sectie, s.Commentaar, []);
        }

        var jaarKolom = jaar.ToString(CultureInfo.InvariantCulture);
        var regio = t.Gebieden.FirstOrDefault(g => g.Niveau == "regio")?.Sleutel ?? t.Gebieden[^1].Sleutel;
        var maatstaf = Maatstaven.Zoek(t.Maatstaf);
        var perioden = t.Perioden.Select(Periode).ToList();
        Tabel tabel;
        List<(string Label, TabelCel? Cel)> jaarcellen;
        if (t.Categorieen.Count > 1)
        {
            // A breakdown: the region's figures per category and period.
            tabel = new Tabel(s.Sectie.Code, s.Sectie.Titel, ["Categorie", .. perioden],
                t.Categorieen.Select(c => (IReadOnlyList<object?>)[Categorie(t.Uitsplitsing, c), .. t.Perioden.Select(p => Toon(t.Cel(regio, p, c), drempel))]).ToList());
            jaarcellen = t.Categorieen.Where(c => c != Uitsplitsing.Totaal).Select(c => (Categorie(t.Uitsplitsing, c), t.Cel(regio, jaarKolom, c))).ToList();
        }
        else
        {
            var categorie = t.Categorieen[0];
            tabel = new Tabel(s.Sectie.Code, s.Sectie.Titel, ["Gebied", .. perioden],
                t.Gebieden.Select(g => (IReadOnlyList<object?>)[g.Naam, .. t.Perioden.Select(p => Toon(t.Cel(g.Sleutel, p, categorie), drempel))]).ToList());
            // The chart compares the municipalities (and the combined Den Haag district) over the year.
            jaarcellen = t.Gebieden.Where(g => g.Niveau is "gemeente" or "deel").Select(g => (g.Naam, t.Cel(g.Sleutel, jaarKolom, categorie))).ToList();
        }

        var staven = jaarcellen.Select(j => Staaf(j.Label, Toon(j.Cel, drempel))).ToList();
        var totaal = Toon(t.Cel(regio, jaarKolom, Uitsplitsing.Totaal), drempel);
        var blokken = new List<RapportBlok>
        {
            new(tabel, staven, totaal is GeenGegevens ? $"Voor {jaarKolom} zijn er geen gegevens." : Bevinding(staven, totaal, jaarKolom, perioden),
                maatstaf?.Eenheid, Bronnen(t.Cellen)),
        };
        if (s.Reeks is { Count: > 0 } reeks)
        {
            blokken.Add(Reeksblok($"{s.Sectie.Code}-trend", $"{maatstaf?.Naam ?? s.Sectie.Titel}: de regio over de jaren", reeks, drempel, maatstaf?.Eenheid));
        }

        foreach (var (r, i) in (s.Referenties ?? []).Select((r, i) => (r, i)))
        {
            blokken.Add(Reeksblok($"{s.Sectie.Code}-context-{i + 1}", $"{r.Naam}, {r.Gebied} (ter vergelijking)", r.Punten, drempel, "aantal"));
        }

        return new RapportSectie(s.Sectie, s.Commentaar, blokken);
    }

    private static Staaf Staaf(string label, object? getoond) => getoond switch
    {
        decimal d => new Staaf(label, d, null),
        string tekst => new Staaf(label, null, tekst),
        _ => new Staaf(label, null, "geen waarde"),
    };

    /// <summary>Where the imported cells of a table come from, named once per source document.</summary>
    private static string? Bronnen(IEnumerable<TabelCel> cellen)
    {
        var bronnen = cellen.Where(c => c.Bron is not null).Select(c => BronTekst(c.Bron!)).Distinct(StringComparer.Ordinal).ToList();
        return bronnen.Count == 0 ? null : "Geïmporteerd uit: " + string.Join("; ", bronnen) + ".";
    }

    public static string BronTekst(CijferBron b) =>
        $"{b.BronNaam}, {b.Document}{(string.IsNullOrEmpty(b.Sectie) ? "" : ", " + b.Sectie)} ({b.Datum:yyyy-MM-dd})" + (b.Gepubliceerd ? "" : ", niet gepubliceerd door de bron");

    /// <summary>What a figure rests on: Schakel's own data, a partner's import with its source, or nothing.</summary>
    public static string Herkomst(TabelCel cel) => cel switch
    {
        { Herkomst: Cijferherkomst.GeenGegevens } => GeenGegevens,
        { Herkomst: Cijferherkomst.Geimporteerd, Bron: { } b } => "geïmporteerd: " + BronTekst(b),
        _ => "Schakel",
    };

    /// <summary>A figure over the years: one row per year (or a partner's own range) with where it comes from, and a bar per point.</summary>
    private static RapportBlok Reeksblok(string naam, string titel, IReadOnlyList<ReeksPunt> punten, int drempel, string? eenheid)
    {
        var tabel = new Tabel(naam, titel, ["Periode", "Waarde", "Herkomst"],
            punten.Select(p => (IReadOnlyList<object?>)[Periode(p.Periode), Toon(p.Cel, drempel), Herkomst(p.Cel)]).ToList());
        var staven = punten.Select(p => Staaf(Periode(p.Periode), Toon(p.Cel, drempel))).ToList();
        var met = staven.Where(b => b.Waarde is not null).ToList();
        var bevinding = met.Count switch
        {
            0 => "Voor deze jaren zijn er geen cijfers.",
            1 => $"Alleen voor {met[0].Label} is er een cijfer: {Getal(met[0].Waarde!.Value)}.",
            _ => $"{met[^1].Label}: {Getal(met[^1].Waarde!.Value)}, tegen {Getal(met[^2].Waarde!.Value)} in {met[^2].Label}.",
        };
        var zonder = staven.Count(b => b.Verborgen == GeenGegevens);
        if (zonder > 0)
        {
            bevinding += $" Voor {zonder} van de {staven.Count} perioden zijn er geen gegevens.";
        }

        return new RapportBlok(tabel, staven, bevinding, eenheid, Bronnen(punten.Select(p => p.Cel)));
    }

    /// <summary>A chain section: its source's tables as they were drawn (live for a concept, from the snapshot once published).</summary>
    private static RapportSectie Ketensectie(SectieInhoud s, KetenInhoud k)
    {
        var blokken = k.Tabellen.Select((t, i) =>
        {
            var tabel = new Tabel(t.Naam, t.Titel, t.Kolommen,
                t.Rijen.Select(r => (IReadOnlyList<object?>)r.Select(c => c.Getal is { } g ? (object?)g : c.Tekst).ToList()).ToList());
            var rijen = t.LaatsteRijIsTotaal ? t.Rijen.Take(t.Rijen.Count - 1) : t.Rijen;
            var staven = t.GrafiekKolom is { } kolom
                ? rijen.Select(r => new Staaf(r[0].Tekst ?? "", r[kolom].Getal, r[kolom].Getal is null ? GeenGegevens : null)).ToList()
                : [];
            var bevinding = i == 0 ? k.Bevinding
                : staven.Where(b => b.Waarde is not null).MaxBy(b => b.Waarde) is { Waarde: > 0 } hoogste
                    ? $"{t.Kolommen[t.GrafiekKolom ?? 0]}: het hoogst bij {hoogste.Label} ({Getal(hoogste.Waarde!.Value)})."
                    : $"{t.Kolommen[t.GrafiekKolom ?? 0]}: overal 0.";
            return new RapportBlok(tabel, staven, bevinding, null);
        }).ToList();
        return new RapportSectie(s.Sectie, s.Commentaar, blokken, $"{k.Toelichting} Bron: {k.Bron}, stand van {k.Peilmoment:yyyy-MM-dd}.");
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

    // The report is published in Dutch, so its categories and periods are named in Dutch whoever opens it.
    private static string Categorie(string uitsplitsing, string c) => Monitorwoorden.Categorie(uitsplitsing, c, Monitorwoorden.Nederlands);

    private static string Periode(string p) => Monitorwoorden.Periode(p, Monitorwoorden.Nederlands);
}
