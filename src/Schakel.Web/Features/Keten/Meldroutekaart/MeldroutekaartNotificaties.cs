using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Notificaties;

namespace Schakel.Web.Features.Keten.Meldroutekaart;

/// <summary>
/// A rule change is a new version of the map: the focal officers hear of it, in every organisation that has an
/// active account with that role, through the content-free notification that links to the professionals' map.
/// </summary>
public sealed class MeldroutekaartNotificaties(SchakelDbContext db, NotificatieService notificaties) : IMeldrouteWijzigingen
{
    public const string KaartPad = "/keten/meldroutekaart";

    public async Task GewijzigdAsync(int routeVersie, CancellationToken ct)
    {
        var rolId = await db.Roles.Where(r => r.Name == Rollen.Aandachtsfunctionaris).Select(r => r.Id).SingleOrDefaultAsync(ct);
        var organisaties = await db.UserRoles.Where(ur => ur.RoleId == rolId)
            .Join(db.Users, ur => ur.UserId, u => u.Id, (ur, u) => u)
            .Where(u => u.Actief)
            .Select(u => u.OrganisatieId)
            .Distinct()
            .ToListAsync(ct);
        foreach (var organisatie in organisaties)
        {
            await notificaties.PlaatsAsync(organisatie, NotificatieSoorten.MeldroutekaartGewijzigd, KaartPad, Rollen.Aandachtsfunctionaris, ct);
        }
    }
}
