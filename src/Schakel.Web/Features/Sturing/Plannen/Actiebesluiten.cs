namespace Schakel.Web.Features.Sturing.Plannen;

/// <summary>A decision of a chain meeting linked to an action (meetings carry an optional action id in the Keten feature).</summary>
public sealed record Actiebesluit(DateOnly Datum, string Overleg, string Besluit);

/// <summary>
/// The seam for meeting decisions: the Keten feature's meetings are not in Schakel yet, so this answers nothing and
/// the action page says so. When meetings land, register an implementation reading decisions by action id.
/// </summary>
public interface IActiebesluiten
{
    /// <summary>Null when Schakel has no meetings yet; otherwise the decisions, newest first.</summary>
    Task<IReadOnlyList<Actiebesluit>?> VoorActieAsync(Guid actieId, CancellationToken ct);
}

internal sealed class NogGeenOverleggen : IActiebesluiten
{
    public Task<IReadOnlyList<Actiebesluit>?> VoorActieAsync(Guid actieId, CancellationToken ct) => Task.FromResult<IReadOnlyList<Actiebesluit>?>(null);
}
