using Schakel.Core.Organisaties;

namespace Schakel.Core.Doorverwijzing;

/// <summary>One proposed recipient of a rule.</summary>
public sealed record RegelUitkomst
{
    public required OrganisatieType Doeltype { get; init; }

    public Doelbereik Bereik { get; init; } = Doelbereik.WerkgebiedVanGemeente;

    public required Rol Rol { get; init; }

    public required Deelniveau Deelniveau { get; init; }

    public bool Spoed { get; init; }

    /// <summary>The function inside the organisation ("aandachtsfunctionaris", "OOV"), shown to staff.</summary>
    public string? Functie { get; init; }

    /// <summary>
    /// Plain-Dutch reason. Placeholders: {organisatie}, {gemeente}, {functie}.
    /// Example: "minderjarige betrokken → Veilig Thuis volgens de meldcode".
    /// </summary>
    public required string Uitleg { get; init; }

    /// <summary>Extra conditions for this outcome only (rule 4: RIEC only when a business or premises is involved).</summary>
    public RegelVoorwaarden? AlleenAls { get; init; }
}
