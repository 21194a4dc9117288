using Microsoft.AspNetCore.SignalR;
using Schakel.Web.Features.Notificaties;

namespace Schakel.Web.Features.Doorverwijzing.Live;

/// <summary>
/// After a referral is stored or changed: a live signal (the referral id only) to the organisation's group, and
/// for a new one a content-free notification to the receiving organisation, which the outbox also e-mails:
/// a fixed text and a link to the inbox, never the report, its id or a name. The referral is already saved,
/// so a failed delivery is logged and swallowed.
/// </summary>
public sealed class LiveDoorverwijzingGebeurtenissen(
    IHubContext<DoorverwijzingHub> hub,
    NotificatieService notificaties,
    ILogger<LiveDoorverwijzingGebeurtenissen> log) : IDoorverwijzingGebeurtenissen
{
    public const string InboxLink = "/doorverwijzingen";

    public async Task NieuwAsync(Guid doorverwijzingId, Guid ontvangerOrganisatieId, CancellationToken ct = default)
    {
        try
        {
            await notificaties.PlaatsAsync(ontvangerOrganisatieId, NotificatieSoorten.NieuweDoorverwijzing, InboxLink, ct: CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Notification for referral {DoorverwijzingId} not placed", doorverwijzingId);
        }
        await StuurAsync(DoorverwijzingHub.Nieuw, doorverwijzingId, ontvangerOrganisatieId);
    }

    public Task GewijzigdAsync(Guid doorverwijzingId, Guid organisatieId, CancellationToken ct = default) =>
        StuurAsync(DoorverwijzingHub.Gewijzigd, doorverwijzingId, organisatieId);

    private async Task StuurAsync(string soort, Guid doorverwijzingId, Guid organisatieId)
    {
        try
        {
            await hub.Clients.Group(DoorverwijzingHub.Groep(organisatieId)).SendAsync(soort, new { id = doorverwijzingId }, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Live update for referral {DoorverwijzingId} not sent", doorverwijzingId);
        }
    }
}
