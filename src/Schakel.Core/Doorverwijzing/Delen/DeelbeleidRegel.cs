using Schakel.Core.Organisaties;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// The highest disclosure level for one party category (optionally narrowed to one organisation type),
/// without and with the victim's consent or vital interest. A legal basis can lower it further, never raise it.
/// </summary>
public sealed record DeelbeleidRegel
{
    public required Partijcategorie Categorie { get; init; }

    /// <summary>Narrows the rule to one type within the category (zorgcoördinatie among the coordinating parties).</summary>
    public OrganisatieType? Type { get; init; }

    public required Deelniveau Standaard { get; init; }

    public required Deelniveau MetToestemmingOfVitaalBelang { get; init; }

    public required string Toelichting { get; init; }

    /// <summary>
    /// Whether the victim's consent counts as a ground here. For care coordination it does not by default
    /// (Midden-Delfland §5.6.2: only vital interest); a region can switch it on as a second ground.
    /// </summary>
    public bool ToestemmingIsGrond { get; init; } = true;
}
