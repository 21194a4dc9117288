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
}
