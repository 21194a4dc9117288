using Schakel.Core.Meldpunt;

namespace Schakel.Core.Doorverwijzing;

/// <summary>The report as a partner sees it at level <see cref="Deelniveau.Gepseudonimiseerd"/>.</summary>
public sealed record GepseudonimiseerdeMelding(
    string Omschrijving,
    string? GemeenteCode,
    IReadOnlyList<GepseudonimiseerdeBetrokkene> Betrokkenen,
    IReadOnlyList<GepseudonimiseerdAanknopingspunt> Aanknopingspunten);

public sealed record GepseudonimiseerdeBetrokkene(
    string? Rol,
    string? Naam,
    string? Telefoon,
    string? Email,
    string? GemeenteCode,
    string? Leeftijdsband,
    string? Geslacht,
    string? Taal,
    JaNeeOnbekend Minderjarig);

public sealed record GepseudonimiseerdAanknopingspunt(AanknopingspuntSoort Soort, string Pseudoniem);

/// <summary>Who sent a referral and how to reach them: the organisation, never the reporter.</summary>
public sealed record Afzender(string Naam, string? Telefoon, string? Email);

/// <summary>
/// The report as a partner sees it at level <see cref="Deelniveau.Geen"/>: that a signal exists, how to reach the
/// sender, and the facts a receiver needs to act that identify nobody (care coordination must be able to plan help
/// without personal data).
/// </summary>
public sealed record SignaalWeergave(string Referentie, Afzender Afzender, Signaalfeiten? Feiten = null);

/// <summary>
/// What a receiver needs to act on a signal and is not personal data: the form of exploitation, the municipality,
/// urgency, how many people, their language, whether a minor is involved, and the triage's indicators. No free
/// text, no names, no ages or dates, no addresses.
/// </summary>
public sealed record Signaalfeiten(
    IReadOnlyList<string> Uitbuitingsvormen,
    string? GemeenteCode,
    Urgentie Urgentie,
    int? AantalBetrokkenen,
    string? Taal,
    JaNeeOnbekend MinderjarigBetrokken,
    IReadOnlyList<string> Indicatoren);
