using System.Globalization;
using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;

namespace Schakel.Core.Monitor;

/// <summary>One case counted once: where, when (the measure's moment) and in which category of the breakdown.</summary>
public sealed record Telpunt(Toewijzing? Plaats, DateTimeOffset Moment, string Categorie);

/// <summary>One case in a share or duration: where, when, whether it meets the measure, and its duration if any.</summary>
public sealed record Waarneming(Toewijzing? Plaats, DateTimeOffset Moment, bool Voldoet, TimeSpan? Duur);

public sealed record Duurwaarde(int Aantal, double? MediaanUur, double? P90Uur);

/// <summary>
/// Turns facts into figures by the definitions in <see cref="Maatstaven"/>. Each measure's rule is written once,
/// here; tables, the API and the report all call it.
/// </summary>
public static class Telling
{
    public static IEnumerable<Telpunt> Telpunten(Maatstaf maatstaf, string uitsplitsing, MonitorFeiten feiten)
    {
        if (maatstaf.Soort != MaatstafSoort.Aantal)
        {
            throw new ArgumentException($"{maatstaf.Code} is geen aantal.", nameof(maatstaf));
        }

        switch (maatstaf.Code)
        {
            case "meldingen":
                return Meldingen(feiten, MeldingSoort.Melding).SelectMany(m => Categorieen(m, uitsplitsing)
                    .Select(c => new Telpunt(m.Plaats, m.OntvangenOp, c)));
            case "adviesvragen":
                return Meldingen(feiten, MeldingSoort.Adviesvraag).SelectMany(m => Categorieen(m, uitsplitsing)
                    .Select(c => new Telpunt(m.Plaats, m.OntvangenOp, c)));
            case "na-triage":
                return Meldingen(feiten, MeldingSoort.Melding).Where(m => m.Zijde is not null)
                    .Select(m => new Telpunt(m.Plaats, m.OntvangenOp,
                        uitsplitsing == Uitsplitsing.Zijde ? Woord(m.Zijde!.Value) : Uitsplitsing.Totaal));
            case "doorverwijzingen":
                return feiten.Doorverwijzingen.Select(d => new Telpunt(d.Plaats, d.VerstuurdOp, uitsplitsing switch
                {
                    Uitsplitsing.Ontvanger => Woord(d.Ontvanger),
                    Uitsplitsing.Rol => Woord(d.Rol),
                    _ => Uitsplitsing.Totaal,
                }));
            case "comensha-registraties":
                return feiten.Registraties.Select(r => new Telpunt(r.Plaats, r.GeregistreerdOp,
                    uitsplitsing == Uitsplitsing.Partijsoort ? r.Partijsoort : Uitsplitsing.Totaal));
            case "vermoedelijke-slachtoffers":
                return Meldingen(feiten, MeldingSoort.Melding)
                    .Where(m => m.Zijde is Doorverwijzing.Zijde.Slachtofferkant or Doorverwijzing.Zijde.Beide)
                    .Select(m => new Telpunt(m.Plaats, m.OntvangenOp, Uitsplitsing.Totaal));
            case "opvang-plaatsingen":
                return feiten.Opvang.Where(o => o.EerstePlaatsingOp is not null)
                    .Select(o => new Telpunt(o.Plaats, o.EerstePlaatsingOp!.Value, Uitsplitsing.Totaal));
            case "opvang-plaatsingen-verantwoordelijk":
                return feiten.Opvang.Where(o => o.EerstePlaatsingOp is not null)
                    .Select(o => new Telpunt(o.Verantwoordelijke, o.EerstePlaatsingOp!.Value, Uitsplitsing.Totaal));
            case "opvang-nachten-zonder-plek":
                // A night belongs to the evening it begins: noon UTC of that date is that date in Dutch time.
                return feiten.Opvang.SelectMany(o => o.NachtenZonderPlek.Distinct()
                    .Select(n => new Telpunt(o.Plaats, new DateTimeOffset(n.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), Uitsplitsing.Totaal)));
            case "opvang-wachtend-op-vervolg":
                return feiten.Opvang.Where(o => !(o.VervolgGeregeldOp <= o.Peilmoment))
                    .Select(o => new Telpunt(o.Plaats, o.GevondenOp, Uitsplitsing.Totaal));
            default:
                throw new ArgumentException($"Onbekende maatstaf {maatstaf.Code}.", nameof(maatstaf));
        }
    }

    public static IEnumerable<Waarneming> Waarnemingen(Maatstaf maatstaf, MonitorFeiten feiten) => maatstaf.Code switch
    {
        "eerste-actie-binnen-termijn" => feiten.Doorverwijzingen.Select(d => new Waarneming(
            d.Plaats, d.EersteActieUiterlijk, d.EersteActieOp is { } op && op <= d.EersteActieUiterlijk, null)),
        "tijd-tot-triage" => Meldingen(feiten, MeldingSoort.Melding).Where(m => m.EersteTriageOp is not null)
            .Select(m => new Waarneming(m.Plaats, m.OntvangenOp, true, Niet(m.EersteTriageOp!.Value - m.OntvangenOp))),
        "tijd-tot-doorverwijzing" => Meldingen(feiten, MeldingSoort.Melding).Where(m => m.EersteDoorverwijzingOp is not null)
            .Select(m => new Waarneming(m.Plaats, m.OntvangenOp, true, Niet(m.EersteDoorverwijzingOp!.Value - m.OntvangenOp))),
        "ontvangst-bevestigd-binnen-7-dagen" => Meldingen(feiten, MeldingSoort.Melding).Select(m => new Waarneming(
            m.Plaats, m.OntvangenOp, m.IngezienOp is { } op && op <= m.OntvangenOp.AddDays(7), null)),
        "terugkoppeling-binnen-3-maanden" => Meldingen(feiten, MeldingSoort.Melding).Select(m => new Waarneming(
            m.Plaats, m.OntvangenOp, m.TeruggekoppeldOp is { } op && op <= m.OntvangenOp.AddMonths(3), null)),
        "opvang-vervolg-binnen-36-uur" => feiten.Opvang.Where(o => o.GevondenOp + EersteFase <= o.Peilmoment)
            .Select(o => new Waarneming(o.Plaats, o.GevondenOp, o.VervolgGeregeldOp <= o.GevondenOp + EersteFase, null)),
        "opvang-tijd-tot-vervolg" => feiten.Opvang.Where(o => o.VervolgGeregeldOp <= o.Peilmoment)
            .Select(o => new Waarneming(o.Plaats, o.GevondenOp, true, Niet(o.VervolgGeregeldOp!.Value - o.GevondenOp))),
        _ => throw new ArgumentException($"{maatstaf.Code} is geen aandeel of duur.", nameof(maatstaf)),
    };

    /// <summary>Counts per smallest unit and category over a period: the input of a table and its suppression.</summary>
    public static long Aantal(IEnumerable<Telpunt> punten, Periode periode, Func<Toewijzing, bool> telt, string categorie = Uitsplitsing.Totaal) =>
        punten.LongCount(p => p.Plaats is not null && p.Categorie == categorie && periode.Bevat(p.Moment) && telt(p.Plaats));

    public static Aandeel Aandeel(IEnumerable<Waarneming> waarnemingen, Periode periode, Func<Toewijzing, bool> telt)
    {
        var binnen = waarnemingen.Where(w => w.Plaats is not null && periode.Bevat(w.Moment) && telt(w.Plaats)).ToList();
        return new Aandeel(binnen.Count(w => w.Voldoet), binnen.Count);
    }

    public static Duurwaarde Duur(IEnumerable<Waarneming> waarnemingen, Periode periode, Func<Toewijzing, bool> telt)
    {
        var duren = waarnemingen.Where(w => w.Plaats is not null && w.Duur is not null && periode.Bevat(w.Moment) && telt(w.Plaats))
            .Select(w => w.Duur!.Value).ToList();
        return Duur(duren);
    }

    /// <summary>
    /// Median and p90 (nearest rank, as <see cref="Opvangcijfers.Percentiel"/>, in hours to one decimal) of durations already
    /// selected. One sort serves both ranks: a region's year holds every report of the year.
    /// </summary>
    public static Duurwaarde Duur(IReadOnlyCollection<TimeSpan> duren)
    {
        var gesorteerd = duren.ToArray();
        Array.Sort(gesorteerd);
        return new(gesorteerd.Length, Uren(Rang(gesorteerd, 50)), Uren(Rang(gesorteerd, 90)));
    }

    private static TimeSpan? Rang(TimeSpan[] gesorteerd, int p) =>
        gesorteerd.Length == 0 ? null : gesorteerd[Math.Max((int)Math.Ceiling(p / 100.0 * gesorteerd.Length), 1) - 1];

    /// <summary>The categories a breakdown offers, in display order (the exclusive ones add up to the total).</summary>
    public static IReadOnlyList<string> Categorieen(string uitsplitsing) => uitsplitsing switch
    {
        Uitsplitsing.Melder => Enum.GetValues<MelderType>().Select(Woord).ToList(),
        Uitsplitsing.Kanaal => Enum.GetValues<Kanaal>().Select(Woord).ToList(),
        Uitsplitsing.Minderjarig => Enum.GetValues<JaNeeOnbekend>().Select(Woord).ToList(),
        Uitsplitsing.Acuut => ["ja", "nee"],
        Uitsplitsing.Uitbuitingsvorm => Enum.GetValues<Uitbuitingsvorm>().Select(Woord).ToList(),
        Uitsplitsing.Zijde => Enum.GetValues<Doorverwijzing.Zijde>().Select(Woord).ToList(),
        Uitsplitsing.Ontvanger => Enum.GetValues<Organisaties.OrganisatieType>().Select(Woord).ToList(),
        Uitsplitsing.Rol => Enum.GetValues<Doorverwijzing.Rol>().Select(Woord).ToList(),
        Uitsplitsing.Partijsoort => Partijsoorten.Alle,
        _ => [Uitsplitsing.Totaal],
    };

    public static string Woord<T>(T waarde) where T : struct, Enum => waarde.ToString().ToLowerInvariant();

    private static IEnumerable<MeldingFeit> Meldingen(MonitorFeiten feiten, MeldingSoort soort) =>
        feiten.Meldingen.Where(m => m.Soort == soort && !m.Samengevoegd);

    private static IEnumerable<string> Categorieen(MeldingFeit m, string uitsplitsing) => uitsplitsing switch
    {
        Uitsplitsing.Melder => [Woord(m.MelderType)],
        Uitsplitsing.Kanaal => [Woord(m.Kanaal)],
        Uitsplitsing.Minderjarig => [Woord(m.Minderjarig)],
        Uitsplitsing.Acuut => [m.Acuut ? "ja" : "nee"],
        Uitsplitsing.Uitbuitingsvorm => m.Vormen.Count == 0 ? [Woord(Uitbuitingsvorm.Onbekend)] : m.Vormen.Distinct().Select(Woord),
        _ => [Uitsplitsing.Totaal],
    };

    /// <summary>The first 36 hours after a victim is found (crisis phase, action 18 of the national action plan).</summary>
    public static readonly TimeSpan EersteFase = TimeSpan.FromHours(36);

    private static TimeSpan Niet(TimeSpan duur) => duur < TimeSpan.Zero ? TimeSpan.Zero : duur;

    private static double? Uren(TimeSpan? duur) =>
        duur is null ? null : Math.Round(duur.Value.TotalHours, 1, MidpointRounding.AwayFromZero);

    public static string Formatteer(double waarde) => waarde.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>Kinds of party that register a presumed victim with CoMensha (fixed words, no names).</summary>
public static class Partijsoorten
{
    public const string Zorg = "zorg";
    public const string Politie = "politie";
    public const string Gemeente = "gemeente";
    public const string Inspectie = "inspectie";
    public const string Anders = "anders";

    public static readonly IReadOnlyList<string> Alle = [Zorg, Politie, Gemeente, Inspectie, Anders];
}
