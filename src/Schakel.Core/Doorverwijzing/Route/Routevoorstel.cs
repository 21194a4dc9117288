using Schakel.Core.Organisaties;
using Schakel.Core.Teksten;

namespace Schakel.Core.Doorverwijzing;

/// <summary>Why one rule proposes one organisation; recorded with the decision, including the rule version.</summary>
public sealed record Onderbouwing(
    string RegelCode,
    int RegelNummer,
    int RegelVersie,
    string RegelNaam,
    Rol Rol,
    Deelniveau Deelniveau,
    bool Spoed,
    string Uitleg,
    string? Terugval,
    Bericht? Bericht = null,
    Guid? AandachtsfunctionarisId = null,
    Bericht? TerugvalBericht = null);

/// <summary>
/// A proposed referral to one organisation. Several rules may point at the same organisation:
/// they are merged, keeping the strongest role, the highest proposed level and every reason.
/// <see cref="Grondslag"/> is the legal basis proposed for this receiver at that level (null at level geen,
/// or when the route was evaluated without a sharing policy).
/// </summary>
public sealed record VoorgesteldeDoorverwijzing(
    Guid OrganisatieId,
    string OrganisatieNaam,
    OrganisatieType OrganisatieType,
    Partijcategorie Partijcategorie,
    Rol Rol,
    Deelniveau Deelniveau,
    bool Spoed,
    IReadOnlyList<Onderbouwing> Redenen,
    Grondslag? Grondslag = null)
{
    /// <summary>The reason that gave the strongest role; the one to show first.</summary>
    public Onderbouwing Regel => Redenen[0];

    public string Uitleg => string.Join("; ", Redenen.Select(r => r.Uitleg));
}

/// <summary>A rule outcome for which no organisation could be found; shown so nothing is dropped silently.</summary>
public sealed record OntbrekendeOntvanger(
    string RegelCode,
    int RegelNummer,
    int RegelVersie,
    OrganisatieType Doeltype,
    Rol Rol,
    string Uitleg,
    Bericht? Bericht = null);

/// <summary>What the route proposes for one report. Nothing in it has been stored or sent.</summary>
public sealed record Routevoorstel(
    int MeldrouteVersie,
    IReadOnlyList<VoorgesteldeDoorverwijzing> Doorverwijzingen,
    IReadOnlyList<OntbrekendeOntvanger> Ontbrekend,
    IReadOnlyList<string> Toelichting,
    IReadOnlyList<Bericht>? ToelichtingBerichten = null);
