using Schakel.Core.Meldpunt;
using Schakel.Web.Features.Notificaties;

namespace Schakel.Web.Features.Meldpunt.Medewerkers;

/// <summary>
/// Tells the reporting point's staff that something waits: a new report or advice question, or a reporter's
/// reply. Content-free, to each role that handles reports, and linked to the inbox rather than the report: the
/// report's own times are rounded to the hour, so neither the link nor the notification's time (rounded too)
/// ties an exact moment to one report.
/// </summary>
public sealed class MeldpuntNotificaties(NotificatieService notificaties)
{
    public async Task NieuwAsync(Guid? meldpuntOrganisatieId, Kanaal kanaal, CancellationToken ct)
    {
        // A report taken by phone or at the desk was typed in by the reporting point's own staff.
        if (kanaal is Kanaal.Telefoon or Kanaal.Balie)
        {
            return;
        }
        await PlaatsAsync(meldpuntOrganisatieId, NotificatieSoorten.NieuweMelding, ct);
    }

    public Task ReactieAsync(Guid? meldpuntOrganisatieId, CancellationToken ct) =>
        PlaatsAsync(meldpuntOrganisatieId, NotificatieSoorten.MelderReactie, ct);

    private async Task PlaatsAsync(Guid? organisatie, string soort, CancellationToken ct)
    {
        if (organisatie is not { } id)
        {
            return;
        }
        foreach (var rol in MeldpuntBeleid.RollenBehandelen)
        {
            await notificaties.PlaatsAsync(id, soort, MeldpuntTeller.InboxPad, rol, opHeleUur: true, ct);
        }
    }
}
