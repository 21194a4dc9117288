namespace Schakel.Web.Features.Doorverwijzing;

/// <summary>
/// Raised after a referral is stored or changed, so live updates and notifications can follow without the
/// sending side knowing about them. Called after the transaction committed; implementations must not throw
/// for delivery problems (the referral is already saved).
/// </summary>
public interface IDoorverwijzingGebeurtenissen
{
    /// <summary>A new referral for <paramref name="ontvangerOrganisatieId"/> was stored.</summary>
    Task NieuwAsync(Guid doorverwijzingId, Guid ontvangerOrganisatieId, CancellationToken ct = default);

    /// <summary>A referral changed; <paramref name="organisatieId"/> is the organisation that should hear of it.</summary>
    Task GewijzigdAsync(Guid doorverwijzingId, Guid organisatieId, CancellationToken ct = default);
}

/// <summary>Default until live updates are registered: nothing happens.</summary>
public sealed class GeenDoorverwijzingGebeurtenissen : IDoorverwijzingGebeurtenissen
{
    public Task NieuwAsync(Guid doorverwijzingId, Guid ontvangerOrganisatieId, CancellationToken ct = default) =>
        Task.CompletedTask;

    public Task GewijzigdAsync(Guid doorverwijzingId, Guid organisatieId, CancellationToken ct = default) =>
        Task.CompletedTask;
}
