using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Schaal.Wijzigingen;
using Route = Schakel.Core.Doorverwijzing.Meldroute;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>What a route proposal reads besides the report: the rules, the directory as the route searches it, the sharing policy.</summary>
public sealed record Routebasis(Route Route, IOrganisatieGids Gids, Deelbeleid Deelbeleid);

/// <summary>
/// The <see cref="Routebasis"/> kept per node between changes: it changes only when a beheerder changes rules, the
/// directory, the focal-officer register or the legal bases, while every triage page asks for it (issue 19). A change
/// on any node makes every node read it again (<see cref="RoutebasisVolger"/> sends, <see cref="Wijzigingsluisteraar"/>
/// hears); it is read again after <see cref="MaxLeeftijd"/> in any case, which bounds a missed message. Sending a referral
/// checks the receivers and the policy against the database itself, so a stale copy can at worst propose, never share.
/// </summary>
public sealed class Routegegevens(TimeProvider tijd) : IWijzigingsvolger
{
    public const string KanaalNaam = "schakel_routebasis";
    public static readonly TimeSpan MaxLeeftijd = TimeSpan.FromMinutes(1);

    private sealed record Stand(long Generatie, DateTimeOffset GeladenOp, Routebasis Basis);

    private long _generatie;
    private Stand? _stand;

    public string Kanaal => KanaalNaam;

    /// <summary>The kept copy while nothing changed since it was read, otherwise a fresh one from <paramref name="laad"/>.</summary>
    public async Task<Routebasis> HuidigAsync(Func<CancellationToken, Task<Routebasis>> laad, CancellationToken ct)
    {
        // The generation is read before loading: a change that commits while this load runs raises it, so what this load
        // read is used for this request only and the next one reads again.
        var generatie = Interlocked.Read(ref _generatie);
        if (Volatile.Read(ref _stand) is { } stand && stand.Generatie == generatie && tijd.GetUtcNow() - stand.GeladenOp < MaxLeeftijd)
        {
            return stand.Basis;
        }
        var basis = await laad(ct);
        Volatile.Write(ref _stand, new Stand(generatie, tijd.GetUtcNow(), basis));
        return basis;
    }

    public void Vergeet() => Interlocked.Increment(ref _generatie);

    public void Gewijzigd(string bericht) => Vergeet();

    public void AllesOpnieuw() => Vergeet();
}
