using Schakel.Core.Meldpunt;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Conditions of a routing rule. Every field left null matches anything; the set fields must all
/// hold (AND). A list matches when the report has at least one of its values. <see cref="EenVan"/>
/// adds an OR of nested condition sets, so "flag set or one of these indicators" stays one rule.
/// </summary>
public sealed record RegelVoorwaarden
{
    public IReadOnlyList<Uitbuitingsvorm>? Uitbuitingsvormen { get; init; }

    /// <summary>A report on <see cref="Zijde.Beide"/> matches a condition on either side.</summary>
    public IReadOnlyList<Zijde>? Zijden { get; init; }

    public IReadOnlyList<Urgentie>? Urgenties { get; init; }

    public JaNeeOnbekend? MinderjarigBetrokken { get; init; }

    /// <summary>CBS codes; combined with <see cref="DistrictCodes"/> as "in one of these places".</summary>
    public IReadOnlyList<string>? GemeenteCodes { get; init; }

    public IReadOnlyList<string>? DistrictCodes { get; init; }

    public IReadOnlyList<MelderType>? MelderTypen { get; init; }

    public IReadOnlyList<Kanaal>? Kanalen { get; init; }

    public bool? AanknopingspuntAanwezig { get; init; }

    public IReadOnlyList<AanknopingspuntSoort>? AanknopingspuntSoorten { get; init; }

    public IReadOnlyList<string>? Indicatoren { get; init; }

    public bool? MelderIsGemeentemedewerker { get; init; }

    public bool? IllegaleProstitutieOfMalafideBedrijf { get; init; }

    public IReadOnlyList<RegelVoorwaarden>? EenVan { get; init; }

    public bool Past(MeldingKenmerken melding)
    {
        ArgumentNullException.ThrowIfNull(melding);
        return Overlapt(Uitbuitingsvormen, melding.Uitbuitingsvormen)
            && PastZijde(melding.Zijde)
            && (Urgenties is null || Urgenties.Contains(melding.EffectieveUrgentie))
            && (MinderjarigBetrokken is null || MinderjarigBetrokken == melding.MinderjarigBetrokken)
            && PastPlaats(melding)
            && (MelderTypen is null || MelderTypen.Contains(melding.MelderType))
            && (Kanalen is null || Kanalen.Contains(melding.Kanaal))
            && (AanknopingspuntAanwezig is null || AanknopingspuntAanwezig == melding.HeeftAanknopingspunt)
            && Overlapt(AanknopingspuntSoorten, melding.Aanknopingspunten)
            && OverlaptCode(Indicatoren, melding.Indicatoren)
            && (MelderIsGemeentemedewerker is null || MelderIsGemeentemedewerker == melding.MelderIsGemeentemedewerker)
            && (IllegaleProstitutieOfMalafideBedrijf is null
                || IllegaleProstitutieOfMalafideBedrijf == melding.IllegaleProstitutieOfMalafideBedrijf)
            && (EenVan is null || EenVan.Any(v => v.Past(melding)));
    }

    private bool PastZijde(Zijde zijde) =>
        Zijden is null
        || Zijden.Contains(zijde)
        || (zijde == Zijde.Beide && (Zijden.Contains(Zijde.Slachtofferkant) || Zijden.Contains(Zijde.Daderkant)));

    private bool PastPlaats(MeldingKenmerken melding)
    {
        if (GemeenteCodes is null && DistrictCodes is null)
        {
            return true;
        }

        var inGemeente = GemeenteCodes is not null && melding.GemeenteCode is not null
            && GemeenteCodes.Contains(melding.GemeenteCode, StringComparer.OrdinalIgnoreCase);
        return inGemeente || OverlaptCode(DistrictCodes ?? [], melding.DistrictCodes);
    }

    private static bool Overlapt<T>(IReadOnlyList<T>? voorwaarde, IReadOnlyList<T> waarden) =>
        voorwaarde is null || voorwaarde.Any(waarden.Contains);

    private static bool OverlaptCode(IReadOnlyList<string>? voorwaarde, IReadOnlyList<string> waarden) =>
        voorwaarde is null || voorwaarde.Any(v => waarden.Contains(v, StringComparer.OrdinalIgnoreCase));
}
