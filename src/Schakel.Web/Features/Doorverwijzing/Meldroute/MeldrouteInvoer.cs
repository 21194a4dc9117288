using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>
/// The request bodies of the route API as the OpenAPI document shows them. The endpoints read the body as a
/// JSON document themselves (<see cref="KenmerkenLezer"/>, <see cref="RegelInvoerLezer"/>) so that every
/// invalid field is reported at once; these records only describe what they read.
/// </summary>
public static class MeldrouteInvoer
{
    /// <summary>The features of a report to test the route with; every field may be left out.</summary>
    public sealed record Kenmerken(
        string? Soort, MelderType? MelderType, Kanaal? Kanaal, List<Uitbuitingsvorm>? Uitbuitingsvormen,
        JaNeeOnbekend? MinderjarigBetrokken, Urgentie? Urgentie, Zijde? Zijde, bool? AcuutGevaar,
        bool? MelderIsGemeentemedewerker, bool? IllegaleProstitutieOfMalafideBedrijf, List<string>? Indicatoren,
        string? GemeenteCode, bool? Aanknopingspunt, List<AanknopingspuntSoort>? Aanknopingspunten);

    /// <summary>A new version of a rule; the code is in the path.</summary>
    public sealed record Regel(int Nummer, string Naam, bool? Actief, RegelVoorwaarden? Voorwaarden, List<RegelUitkomst> Uitkomsten, string? Reden);
}
