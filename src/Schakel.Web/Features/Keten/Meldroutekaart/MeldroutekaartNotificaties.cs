using Schakel.Core.Organisaties;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Notificaties;

namespace Schakel.Web.Features.Keten.Meldroutekaart;

/// <summary>
/// A rule change is a new version of the map: the focal officers hear of it, in every organisation that has an
/// active account with that role, through the content-free notification that links to the professionals' map.
/// </summary>
public sealed class MeldroutekaartNotificaties(NotificatieService notificaties) : IMeldrouteWijzigingen
{
    public const string KaartPad = "/keten/meldroutekaart";

    public async Task GewijzigdAsync(int routeVersie, CancellationToken ct)
    {
        var organisaties = await notificaties.OrganisatiesMetRolAsync(Rollen.Aandachtsfunctionaris, ct);
        foreach (var organisatie in organisaties)
        {
            notificaties.Klaarzetten(organisatie, NotificatieSoorten.MeldroutekaartGewijzigd, KaartPad, Rollen.Aandachtsfunctionaris);
        }
    }
}
