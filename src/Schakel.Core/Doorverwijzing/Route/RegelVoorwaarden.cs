using System.Diagnostics.CodeAnalysis;
using Schakel.Core.Meldpunt;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Conditions of a routing rule. Every field left null (or an empty list, as an edit form sends it)
/// matches anything; the set fields must all hold (AND). A list matches when the report has at least one of its values. <see cref="EenVan"/>
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
            && (Leeg(Urgenties) || Urgenties.Contains(melding.EffectieveUrgentie))
            && (MinderjarigBetrokken is null || MinderjarigBetrokken == melding.MinderjarigBetrokken)
            && PastPlaats(melding)
            && (Leeg(MelderTypen) || MelderTypen.Contains(melding.MelderType))
            && (Leeg(Kanalen) || Kanalen.Contains(melding.Kanaal))
            && (AanknopingspuntAanwezig is null || AanknopingspuntAanwezig == melding.HeeftAanknopingspunt)
            && Overlapt(AanknopingspuntSoorten, melding.Aanknopingspunten)
            && OverlaptCode(Indicatoren, melding.Indicatoren)
            && (MelderIsGemeentemedewerker is null || MelderIsGemeentemedewerker == melding.MelderIsGemeentemedewerker)
            && (IllegaleProstitutieOfMalafideBedrijf is null
                || IllegaleProstitutieOfMalafideBedrijf == melding.IllegaleProstitutieOfMalafideBedrijf)
            && (Leeg(EenVan) || EenVan.Any(v => v.Past(melding)));
    }

    private bool PastZijde(Zijde zijde) =>
        Leeg(Zijden)
        || Zijden.Contains(zijde)
        || (zijde == Zijde.Beide && (Zijden.Contains(Zijde.Slachtofferkant) || Zijden.Contains(Zijde.Daderkant)));

    private bool PastPlaats(MeldingKenmerken melding)
    {
        if (Leeg(GemeenteCodes) && Leeg(DistrictCodes))
        {
            return true;
        }

        var inGemeente = !Leeg(GemeenteCodes) && melding.GemeenteCode is not null
            && GemeenteCodes.Contains(melding.GemeenteCode, StringComparer.OrdinalIgnoreCase);
        var inDistrict = !Leeg(DistrictCodes) && OverlaptCode(DistrictCodes, melding.DistrictCodes);
        return inGemeente || inDistrict;
    }

    private static bool Leeg<T>([NotNullWhen(false)] IReadOnlyList<T>? lijst) => lijst is null || lijst.Count == 0;

    private static bool Overlapt<T>(IReadOnlyList<T>? voorwaarde, IReadOnlyList<T> waarden) =>
        Leeg(voorwaarde) || voorwaarde.Any(waarden.Contains);

    private static bool OverlaptCode(IReadOnlyList<string>? voorwaarde, IReadOnlyList<string> waarden) =>
        Leeg(voorwaarde) || voorwaarde.Any(v => waarden.Contains(v, StringComparer.OrdinalIgnoreCase));
}
