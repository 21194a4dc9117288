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

    /// <summary>
    /// A referral changed; <paramref name="organisatieId"/> is the organisation that should hear of it. When the
    /// change asks something of that organisation (a question to answer, an answer, an outcome, a closed part),
    /// <paramref name="aandachtLink"/> is where its people pick it up, for a notification.
    /// </summary>
    Task GewijzigdAsync(Guid doorverwijzingId, Guid organisatieId, string? aandachtLink = null, CancellationToken ct = default);
}

/// <summary>Where each side picks up what needs its attention: lists, never a referral or report id.</summary>
public static class Aandachtlinks
{
    public const string Ontvanger = "/doorverwijzingen";
    public const string Afzender = "/meldpunt/medewerkers";
}

/// <summary>Default until live updates are registered: nothing happens.</summary>
public sealed class GeenDoorverwijzingGebeurtenissen : IDoorverwijzingGebeurtenissen
{
    public Task NieuwAsync(Guid doorverwijzingId, Guid ontvangerOrganisatieId, CancellationToken ct = default) =>
        Task.CompletedTask;

    public Task GewijzigdAsync(Guid doorverwijzingId, Guid organisatieId, string? aandachtLink = null, CancellationToken ct = default) =>
        Task.CompletedTask;
}
