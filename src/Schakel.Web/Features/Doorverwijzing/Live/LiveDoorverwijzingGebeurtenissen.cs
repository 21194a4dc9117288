using Microsoft.AspNetCore.SignalR;
using Schakel.Web.Features.Notificaties;

namespace Schakel.Web.Features.Doorverwijzing.Live;

/// <summary>
/// After a referral is stored or changed: a live signal (the referral id only) to the organisation's group, and
/// a content-free notification, which the outbox also e-mails, when the other side has to act: a new referral or
/// an answer for the receiver, a question, outcome or closed part for the sender. A fixed text and a link to the
/// list where they pick it up (the receiver's inbox, the sender's reporting-point inbox), never the report, its id
/// or a name. The referral is already saved, so a failed delivery is logged and swallowed.
/// </summary>
public sealed class LiveDoorverwijzingGebeurtenissen(
    IHubContext<DoorverwijzingHub> hub,
    NotificatieService notificaties,
    ILogger<LiveDoorverwijzingGebeurtenissen> log) : IDoorverwijzingGebeurtenissen
{
    public async Task NieuwAsync(Guid doorverwijzingId, Guid ontvangerOrganisatieId, CancellationToken ct = default)
    {
        await PlaatsAsync(NotificatieSoorten.NieuweDoorverwijzing, doorverwijzingId, ontvangerOrganisatieId, Aandachtlinks.Ontvanger);
        await StuurAsync(DoorverwijzingHub.Nieuw, doorverwijzingId, ontvangerOrganisatieId);
    }

    public async Task GewijzigdAsync(Guid doorverwijzingId, Guid organisatieId, string? aandachtLink = null, CancellationToken ct = default)
    {
        if (aandachtLink is not null)
        {
            await PlaatsAsync(NotificatieSoorten.DoorverwijzingGewijzigd, doorverwijzingId, organisatieId, aandachtLink);
        }
        await StuurAsync(DoorverwijzingHub.Gewijzigd, doorverwijzingId, organisatieId);
    }

    private async Task PlaatsAsync(string soort, Guid doorverwijzingId, Guid organisatieId, string link)
    {
        try
        {
            await notificaties.PlaatsAsync(organisatieId, soort, link, ct: CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Notification for referral {DoorverwijzingId} not placed", doorverwijzingId);
        }
    }

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
