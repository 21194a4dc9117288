using Schakel.Core.Organisaties;

namespace Schakel.Core.Doorverwijzing;

/// <summary>How far an organisation's work reaches; used to widen the search for a recipient.</summary>
public enum Reikwijdte
{
    Lokaal,
    Regionaal,
    Landelijk,
}

/// <summary>What the reporting route needs to know of an organisation.</summary>
public sealed record OrganisatieVermelding
{
    public required Guid Id { get; init; }

    public required string Naam { get; init; }

    public required OrganisatieType Type { get; init; }

    public required Partijcategorie Categorie { get; init; }

    /// <summary>CBS codes of the municipalities served. A national organisation serves all and may leave this empty.</summary>
    public IReadOnlyList<string> Werkgebied { get; init; } = [];

    public Reikwijdte Reikwijdte { get; init; } = Reikwijdte.Lokaal;

    /// <summary>
    /// A sensible reach when the directory does not store one: national bodies are national,
    /// an organisation of one municipality is local, anything wider is regional.
    /// </summary>
    public static Reikwijdte BepaalReikwijdte(OrganisatieType type, string? eigenGemeenteCode, int aantalGemeentenInWerkgebied) =>
        type is OrganisatieType.CoMensha or OrganisatieType.NLA or OrganisatieType.KMar
            ? Reikwijdte.Landelijk
            : eigenGemeenteCode is not null || aantalGemeentenInWerkgebied == 1 ? Reikwijdte.Lokaal : Reikwijdte.Regionaal;

    public bool Bedient(string? gemeenteCode) =>
        Reikwijdte == Reikwijdte.Landelijk
        || (gemeenteCode is not null && Werkgebied.Contains(gemeenteCode, StringComparer.OrdinalIgnoreCase));
}

/// <summary>The organisations the route may propose; the web layer implements this over its database.</summary>
public interface IOrganisatieGids
{
    IReadOnlyList<OrganisatieVermelding> Organisaties(OrganisatieType type);

    /// <summary>The best active focal officer of a municipality for a side, or null when it has none.</summary>
    AandachtsfunctionarisVermelding? Aandachtsfunctionaris(string gemeenteCode, Keten.Aandachtsfunctionariszijde zijde) => null;
}

/// <summary>A focal officer as the route sees it: who, for which side, and the organisation whose inbox receives.</summary>
public sealed record AandachtsfunctionarisVermelding(
    string GemeenteCode,
    Keten.AandachtsfunctionarisKenmerken Kenmerken,
    string Naam,
    string? Functietitel,
    OrganisatieVermelding Organisatie);

/// <summary>An in-memory directory, for dry runs and tests.</summary>
public sealed class OrganisatieLijst(IEnumerable<OrganisatieVermelding> organisaties, IEnumerable<AandachtsfunctionarisVermelding>? aandachtsfunctionarissen = null) : IOrganisatieGids
{
    private readonly IReadOnlyList<OrganisatieVermelding> _organisaties = organisaties.ToList();
    private readonly IReadOnlyList<AandachtsfunctionarisVermelding> _functionarissen = aandachtsfunctionarissen?.ToList() ?? [];

    public IReadOnlyList<OrganisatieVermelding> Organisaties(OrganisatieType type) =>
        _organisaties.Where(o => o.Type == type).ToList();

    public AandachtsfunctionarisVermelding? Aandachtsfunctionaris(string gemeenteCode, Keten.Aandachtsfunctionariszijde zijde) =>
        Keten.AandachtsfunctionarisKeuze.Rangschik(
            _functionarissen.Where(f => string.Equals(f.GemeenteCode, gemeenteCode, StringComparison.OrdinalIgnoreCase)),
            f => f.Kenmerken, zijde).FirstOrDefault();
}
