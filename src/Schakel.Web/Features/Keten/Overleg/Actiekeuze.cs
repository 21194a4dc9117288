using System.Security.Claims;

namespace Schakel.Web.Features.Keten.Overleg;

/// <summary>An action of a plan (Sturing) a decision point can be linked to, as the meeting page offers it.</summary>
public sealed record ActieOptie(Guid Id, string Plan, string Nummer, string Tekst);

/// <summary>
/// The actions of the plans that a professional may see. Sturing answers it; the meetings only ask, so a link is
/// checked against the same reading rights as the plan pages and never stored for an action that does not exist.
/// </summary>
public interface IActiekeuze
{
    Task<IReadOnlyList<ActieOptie>> ZichtbaarAsync(ClaimsPrincipal gebruiker, CancellationToken ct);

    /// <summary>Which of these action ids exist and may be seen: a link is checked without reading every action.</summary>
    Task<IReadOnlySet<Guid>> ZichtbaarAsync(ClaimsPrincipal gebruiker, IReadOnlyCollection<Guid> actieIds, CancellationToken ct);
}

/// <summary>An installation without plans: no action can be linked.</summary>
internal sealed class GeenActies : IActiekeuze
{
    public Task<IReadOnlyList<ActieOptie>> ZichtbaarAsync(ClaimsPrincipal gebruiker, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ActieOptie>>([]);

    public Task<IReadOnlySet<Guid>> ZichtbaarAsync(ClaimsPrincipal gebruiker, IReadOnlyCollection<Guid> actieIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlySet<Guid>>(new HashSet<Guid>());
}
