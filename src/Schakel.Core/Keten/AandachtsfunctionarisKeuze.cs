using Schakel.Core.Doorverwijzing;

namespace Schakel.Core.Keten;

/// <summary>What the internal route needs to know of one focal officer.</summary>
public sealed record AandachtsfunctionarisKenmerken(
    Guid Id,
    Aandachtsfunctionarisafdeling Afdeling,
    Aandachtsfunctionariszijde Zijde,
    bool Actief,
    DateOnly AangesteldOp);

/// <summary>
/// The internal route of a municipality (Midden-Delfland §5.2.1): signals about perpetrators go to the OOV
/// focal officer, signals about victims to the focal officer of the social domain. Pure, so the web layer,
/// the route map and the tests share one answer.
/// </summary>
public static class AandachtsfunctionarisKeuze
{
    /// <summary>The department that handles a side first.</summary>
    public static Aandachtsfunctionarisafdeling VoorkeursAfdeling(Aandachtsfunctionariszijde zijde) =>
        zijde == Aandachtsfunctionariszijde.Slachtoffer ? Aandachtsfunctionarisafdeling.SociaalDomein : Aandachtsfunctionarisafdeling.OOV;

    /// <summary>The officer side a signal's side asks for; null when the side is unknown.</summary>
    public static Aandachtsfunctionariszijde? ZijdeVan(Zijde zijde) => zijde switch
    {
        Zijde.Daderkant => Aandachtsfunctionariszijde.Dader,
        Zijde.Slachtofferkant => Aandachtsfunctionariszijde.Slachtoffer,
        Zijde.Beide => Aandachtsfunctionariszijde.Beide,
        _ => null,
    };

    public static bool Dekt(Aandachtsfunctionariszijde officier, Aandachtsfunctionariszijde gevraagd) =>
        officier == Aandachtsfunctionariszijde.Beide || officier == gevraagd;

    /// <summary>
    /// Active officers covering the side, best first: an officer of the side's own department, then one for
    /// exactly that side (not "both"), then the longest appointed. For <see cref="Aandachtsfunctionariszijde.Beide"/>
    /// every active officer counts, OOV first.
    /// </summary>
    public static IReadOnlyList<T> Rangschik<T>(IEnumerable<T> officieren, Func<T, AandachtsfunctionarisKenmerken> kenmerken, Aandachtsfunctionariszijde zijde)
    {
        ArgumentNullException.ThrowIfNull(officieren);
        ArgumentNullException.ThrowIfNull(kenmerken);
        var afdeling = VoorkeursAfdeling(zijde);
        return officieren
            .Select(o => (Officier: o, K: kenmerken(o)))
            .Where(x => x.K.Actief && (zijde == Aandachtsfunctionariszijde.Beide || Dekt(x.K.Zijde, zijde)))
            .OrderBy(x => x.K.Afdeling == afdeling ? 0 : 1)
            .ThenBy(x => x.K.Zijde == zijde ? 0 : 1)
            .ThenBy(x => x.K.AangesteldOp)
            .ThenBy(x => x.K.Id)
            .Select(x => x.Officier)
            .ToList();
    }
}
