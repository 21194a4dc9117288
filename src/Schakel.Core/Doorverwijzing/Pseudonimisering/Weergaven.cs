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
/// The report as a partner sees it at level <see cref="Deelniveau.Geen"/>: only that a signal exists
/// and how to reach the sender.
/// </summary>
public sealed record SignaalWeergave(string Referentie, Afzender Afzender);
