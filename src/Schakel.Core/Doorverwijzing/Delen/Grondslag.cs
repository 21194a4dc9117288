using Schakel.Core.Organisaties;

namespace Schakel.Core.Doorverwijzing;

/// <summary>What must be true before a legal basis may be used.</summary>
public enum GrondslagVoorwaarde
{
    Geen,

    /// <summary>The person concerned gave explicit consent, recorded with the referral.</summary>
    ToestemmingBetrokkene,

    /// <summary>The person's vital interests require it and they cannot decide; a reason is recorded.</summary>
    VitaalBelang,
}

/// <summary>
/// A legal basis for sharing with one party category, as a beheerder maintains it. The maximum level
/// is what the basis itself allows; the sharing policy may allow less.
/// </summary>
public sealed record Grondslag
{
    public required string Code { get; init; }

    public required Partijcategorie Categorie { get; init; }

    public required string Omschrijving { get; init; }

    public required Deelniveau MaximaalDeelniveau { get; init; }

    public GrondslagVoorwaarde Voorwaarde { get; init; } = GrondslagVoorwaarde.Geen;

    /// <summary>
    /// The receiver types this basis is written for (the police's Wet politiegegevens is not the labour
    /// inspectorate's basis, although both investigate). Empty: every type of the category.
    /// </summary>
    public IReadOnlyList<OrganisatieType> Ontvangers { get; init; } = [];

    /// <summary>Whether this basis may be used to share with an organisation of this category and type.</summary>
    public bool PastBij(Partijcategorie categorie, OrganisatieType type) =>
        Categorie == categorie && (Ontvangers.Count == 0 || Ontvangers.Contains(type));
}
