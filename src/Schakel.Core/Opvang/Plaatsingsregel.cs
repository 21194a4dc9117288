using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;

namespace Schakel.Core.Opvang;

/// <summary>
/// One editable rule of placement authority: in pools of <see cref="Type"/> (any type when null), for needs that
/// include <see cref="Uitbuitingsvorm"/> (any need when null), these parties may place. Rules add up: a requester
/// may place when any rule that applies lets it.
/// </summary>
public sealed record Plaatsingsregel
{
    public Opvangtype? Type { get; init; }

    public Uitbuitingsvorm? Uitbuitingsvorm { get; init; }

    /// <summary>Organisation types that may place under this rule.</summary>
    public IReadOnlyList<OrganisatieType> Organisatietypen { get; init; } = [];

    /// <summary>The municipality the location lies in, or the pool's access-point municipality, may place.</summary>
    public bool GemeenteVanLocatie { get; init; }

    /// <summary>Placing is only allowed together with the (responsible) municipality.</summary>
    public bool SamenMetGemeente { get; init; }

    public bool GeldtVoor(PlekkenpoolAanbod pool, Behoefte behoefte) =>
        (Type is not { } type || type == pool.Type)
        && (Uitbuitingsvorm is not { } vorm || behoefte.Uitbuitingsvormen.Contains(vorm));

    public IReadOnlyList<Validatiefout> Valideer() =>
        Organisatietypen.Count == 0 && !GemeenteVanLocatie
            ? [new("organisatietypen", Opvangfoutberichten.Organisatietypen, "Een regel noemt minstens één organisatietype of de gemeente van de locatie.")]
            : [];
}
