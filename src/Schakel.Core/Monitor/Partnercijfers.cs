using System.Globalization;
using Schakel.Core.Meldpunt;

namespace Schakel.Core.Monitor;

/// <summary>
/// Where a figure comes from. Computed from Schakel's own case data (suppressed when small), imported from a partner
/// source (shown as that source published it), or missing: "geen gegevens", which is never shown as 0.
/// </summary>
public enum Cijferherkomst
{
    Berekend,
    Geimporteerd,
    GeenGegevens,
}

/// <summary>The partner sources the monitor imports figures from; the code is the word in templates and the API.</summary>
public sealed record PartnerBron(string Code, string Naam, IReadOnlyList<string> EigenMaatstaven);

public static class PartnerBronnen
{
    public static readonly PartnerBron Riec = new("riec", "RIEC Dashboard Ondermijning", ["riec-slachtoffers"]);
    public static readonly PartnerBron Shop = new("shop", "SHOP en andere zorgcoördinatie", ["zorgcoordinatie-trajecten"]);
    public static readonly PartnerBron CoMensha = new("comensha", "CoMensha", ["comensha-meldingen", "comensha-meldingen-landelijk"]);
    public static readonly PartnerBron Politie = new("politie-avim", "Politie (AVIM)", ["politie-avim-onderzoeken"]);
    public static readonly PartnerBron Om = new("om", "Openbaar Ministerie", ["om-zaken"]);
    public static readonly PartnerBron Arbeidsinspectie = new("arbeidsinspectie", "Nederlandse Arbeidsinspectie", ["arbeidsinspectie-signalen"]);
    public static readonly PartnerBron NationaalRapporteur = new("nationaal-rapporteur", "Nationaal Rapporteur Mensenhandel",
        ["geschatte-slachtoffers-landelijk", "gelabelde-bedden-landelijk"]);

    public static readonly IReadOnlyList<PartnerBron> Alle = [Riec, Shop, CoMensha, Politie, Om, Arbeidsinspectie, NationaalRapporteur];

    public static PartnerBron? Zoek(string? code) => Alle.FirstOrDefault(b => string.Equals(b.Code, code, StringComparison.Ordinal));

    /// <summary>
    /// What a source may deliver: its own measures, and Schakel's count measures for the years before Schakel
    /// (a partner's earlier figures then appear in the trend, marked as imported).
    /// </summary>
    public static IReadOnlyList<string> MaatstavenVan(PartnerBron bron) =>
        bron.EigenMaatstaven.Concat(Maatstaven.Alle.Where(m => m.Soort == MaatstafSoort.Aantal).Select(m => m.Code)).ToList();
}

/// <summary>The measures only partners deliver. Counts; national reference figures are marked as such.</summary>
public static class PartnerMaatstaven
{
    private static Maatstaf M(string code, string naam, string definitie, string bron) =>
        new(code, naam, definitie, "aantal", bron, MaatstafSoort.Aantal, [Uitsplitsing.Geen, Uitsplitsing.Uitbuitingsvorm]);

    public static readonly IReadOnlyList<Maatstaf> Alle =
    [
        M("riec-slachtoffers", "Vermoedelijke slachtoffers (RIEC)",
            "Vermoedelijke slachtoffers van mensenhandel per gemeente zoals het RIEC Dashboard Ondermijning ze per kwartaal toont.",
            PartnerBronnen.Riec.Naam),
        M("zorgcoordinatie-trajecten", "Trajecten in zorgcoördinatie",
            "Vermoedelijke slachtoffers voor wie SHOP of een andere zorgcoördinator in de periode een traject had.",
            PartnerBronnen.Shop.Naam),
        M("comensha-meldingen", "Meldingen bij CoMensha",
            "Vermoedelijke slachtoffers die CoMensha in de periode registreerde, volgens de cijfers van CoMensha zelf.",
            PartnerBronnen.CoMensha.Naam),
        M("comensha-meldingen-landelijk", "Meldingen bij CoMensha, landelijk (referentie)",
            "Landelijk aantal registraties bij CoMensha per jaar; context voor de regionale cijfers.", PartnerBronnen.CoMensha.Naam),
        M("politie-avim-onderzoeken", "Onderzoeken van de politie (AVIM)",
            "Opsporingsonderzoeken naar mensenhandel die de AVIM in de periode startte.", PartnerBronnen.Politie.Naam),
        M("om-zaken", "Zaken bij het OM", "Verdachten van mensenhandel van wie de zaak in de periode bij het OM instroomde.",
            PartnerBronnen.Om.Naam),
        M("arbeidsinspectie-signalen", "Signalen bij de Arbeidsinspectie",
            "Signalen van arbeidsuitbuiting die de Nederlandse Arbeidsinspectie in de periode ontving.", PartnerBronnen.Arbeidsinspectie.Naam),
        M("geschatte-slachtoffers-landelijk", "Geschat aantal slachtoffers, landelijk (referentie)",
            "De schatting van het aantal slachtoffers van mensenhandel per jaar in Nederland (Multiple Systems Estimation).",
            PartnerBronnen.NationaalRapporteur.Naam),
        M("gelabelde-bedden-landelijk", "Gelabelde opvangplaatsen, landelijk (referentie)",
            "Opvangplaatsen in Nederland die voor slachtoffers van mensenhandel zijn gelabeld.", PartnerBronnen.NationaalRapporteur.Naam),
    ];

    public static Maatstaf? Zoek(string? code) => Alle.FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.Ordinal));

    public static bool IsReferentie(string code) => code.EndsWith("-landelijk", StringComparison.Ordinal);
}

/// <summary>
/// The period of a partner figure: a year (2019), a quarter (2019-K2), or any from–to range of days (2019-03-01/2020-02-29).
/// A range that is exactly a year or quarter becomes that year or quarter, so the same figure has one label.
/// </summary>
public readonly record struct PartnerPeriode(DateOnly Van, DateOnly Tot, string Label)
{
    public int Jaar => Van.Year;

    public bool IsKalenderperiode => !Label.Contains('/', StringComparison.Ordinal);

    public static bool TryParse(string? tekst, out PartnerPeriode periode)
    {
        periode = default;
        tekst = tekst?.Trim();
        if (Periode.TryParse(tekst, out var p) && p.Soort != PeriodeSoort.Maand)
        {
            periode = new(DateOnly.FromDateTime(p.Begin), DateOnly.FromDateTime(p.Einde).AddDays(-1), p.ToString());
            return true;
        }

        var delen = (tekst ?? "").Split('/');
        if (delen.Length != 2
            || !DateOnly.TryParseExact(delen[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var van)
            || !DateOnly.TryParseExact(delen[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var tot)
            || tot < van || van.Year < 1990)
        {
            return false;
        }

        var jaar = Periode.VanJaar(van.Year);
        foreach (var kandidaat in jaar.Kwartalen().Prepend(jaar))
        {
            if (DateOnly.FromDateTime(kandidaat.Begin) == van && DateOnly.FromDateTime(kandidaat.Einde).AddDays(-1) == tot)
            {
                periode = new(van, tot, kandidaat.ToString());
                return true;
            }
        }

        periode = new(van, tot, $"{van:yyyy-MM-dd}/{tot:yyyy-MM-dd}");
        return true;
    }
}

/// <summary>One imported figure. <see cref="Waarde"/> null is "geen gegevens": the source says it has no figure.</summary>
public sealed record PartnerCijfer(
    int Regel, string Maatstaf, string Gebied, PartnerPeriode Periode, string Categorie, long? Waarde,
    string Document, string? Sectie, DateOnly Datum, bool Gepubliceerd);

/// <summary>A refused cell of an import: its row (1 = the first data row) and column, and why.</summary>
public sealed record ImportFout(int Regel, string Kolom, string Melding);

/// <summary>
/// Reads the rows of a partner template into figures: every bad cell is named with its row and column, all at once;
/// the import is all or nothing, so one error refuses the whole file.
/// </summary>
public static class PartnerRijen
{
    public const string GeenGegevens = "geen gegevens";

    /// <summary>The template's columns, in order.</summary>
    public static readonly IReadOnlyList<string> Kolommen =
        ["maatstaf", "gebied", "periode", "uitbuitingsvorm", "waarde", "document", "sectie", "datum", "gepubliceerd"];

    public const int MaxRijen = 10_000;

    public static (List<PartnerCijfer> Cijfers, List<ImportFout> Fouten) Lees(
        PartnerBron bron, Indeling indeling, IReadOnlyList<IReadOnlyDictionary<string, string?>> rijen)
    {
        var fouten = new List<ImportFout>();
        var cijfers = new List<PartnerCijfer>();
        if (rijen.Count == 0)
        {
            fouten.Add(new ImportFout(0, "bestand", "Het bestand bevat geen rijen."));
        }
        else if (rijen.Count > MaxRijen)
        {
            fouten.Add(new ImportFout(0, "bestand", $"Meer dan {MaxRijen} rijen; splits het bestand."));
            return (cijfers, fouten);
        }

        var toegestaan = PartnerBronnen.MaatstavenVan(bron);
        var gezien = new Dictionary<(string, string, string, string), int>();
        for (var i = 0; i < rijen.Count; i++)
        {
            var regel = i + 1;
            var rij = rijen[i];
            string Veld(string k) => (rij.TryGetValue(k, out var v) ? v : null)?.Trim() ?? "";
            var eerder = fouten.Count;

            var maatstaf = Veld("maatstaf");
            if (!toegestaan.Contains(maatstaf))
            {
                fouten.Add(new(regel, "maatstaf", $"Kies voor {bron.Naam} een van: {string.Join(", ", toegestaan)}."));
            }

            var gebied = NormaliseerGebied(indeling, Veld("gebied"));
            if (gebied is null)
            {
                fouten.Add(new(regel, "gebied", "Geef een CBS-code (GM0518), district:DH-A, regio:DH of land."));
            }

            if (!PartnerPeriode.TryParse(Veld("periode"), out var periode))
            {
                fouten.Add(new(regel, "periode", "Geef een jaar (2019), kwartaal (2019-K2) of een reeks van datums (2019-03-01/2020-02-29)."));
            }

            var vorm = Veld("uitbuitingsvorm").ToLowerInvariant();
            var categorie = vorm is "" or Uitsplitsing.Totaal ? Uitsplitsing.Totaal : vorm;
            if (categorie != Uitsplitsing.Totaal && !Woorden.TryLees<Uitbuitingsvorm>(categorie, out _))
            {
                fouten.Add(new(regel, "uitbuitingsvorm", "Laat leeg voor het totaal of kies seksueel, arbeid, crimineel, orgaanverwijdering of onbekend."));
            }

            long? waarde = null;
            var w = Veld("waarde");
            if (!string.Equals(w, GeenGegevens, StringComparison.OrdinalIgnoreCase))
            {
                if (long.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var getal) && getal <= 100_000_000)
                {
                    waarde = getal;
                }
                else
                {
                    fouten.Add(new(regel, "waarde", $"Geef een geheel getal van 0 of meer, of '{GeenGegevens}' als de bron geen cijfer heeft."));
                }
            }

            var document = Veld("document");
            if (document.Length is 0 or > 300)
            {
                fouten.Add(new(regel, "document", "Noem het brondocument (hooguit 300 tekens)."));
            }

            var sectie = Veld("sectie");
            if (sectie.Length > 200)
            {
                fouten.Add(new(regel, "sectie", "Hooguit 200 tekens."));
            }

            if (!DateOnly.TryParseExact(Veld("datum"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
            {
                fouten.Add(new(regel, "datum", "Geef de datum van het brondocument als 2024-03-31."));
            }

            var gepubliceerd = Veld("gepubliceerd").ToLowerInvariant();
            if (gepubliceerd is not ("ja" or "nee"))
            {
                fouten.Add(new(regel, "gepubliceerd", "Geef ja (de bron publiceerde het cijfer) of nee."));
            }

            if (fouten.Count > eerder)
            {
                continue;
            }

            var sleutel = (maatstaf, gebied!, periode.Label, categorie);
            if (gezien.TryGetValue(sleutel, out var dubbel))
            {
                fouten.Add(new(regel, "maatstaf", $"Dezelfde maatstaf, hetzelfde gebied, dezelfde periode en vorm staan al in rij {dubbel}."));
                continue;
            }

            gezien[sleutel] = regel;
            cijfers.Add(new PartnerCijfer(regel, maatstaf, gebied!, periode, categorie, waarde, document,
                sectie.Length == 0 ? null : sectie, datum, gepubliceerd == "ja"));
        }

        return (fouten.Count == 0 ? cijfers : [], fouten);
    }

    /// <summary>The table key of a geography: gemeente:GM0518, district:DH-A, regio:DH or land; null when unknown.</summary>
    public static string? NormaliseerGebied(Indeling indeling, string tekst)
    {
        tekst = tekst.Trim();
        if (tekst.Equals("land", StringComparison.OrdinalIgnoreCase) || tekst.Equals("nederland", StringComparison.OrdinalIgnoreCase))
        {
            return "land";
        }

        if (!tekst.Contains(':', StringComparison.Ordinal))
        {
            tekst = "gemeente:" + tekst;
        }

        var delen = tekst.Split(':', 2);
        var code = delen[1].Trim();
        return delen[0].Trim().ToLowerInvariant() switch
        {
            "gemeente" when indeling.Gemeente(code.ToUpperInvariant()) is { } g => $"gemeente:{g.CbsCode}",
            "regio" or "eenheid" when indeling.Eenheden.ContainsKey(code.ToUpperInvariant()) => $"regio:{code.ToUpperInvariant()}",
            "district" when indeling.Eenheden.Keys.SelectMany(e => indeling.DistrictenVan(Indeling.EenheidAlsRegio(indeling, e)))
                .FirstOrDefault(d => string.Equals(d, code, StringComparison.OrdinalIgnoreCase)) is { } d => $"district:{d}",
            _ => null,
        };
    }
}
