using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Notificaties;

namespace Schakel.Web.Features.Opvang;

/// <summary>
/// Holds that wait on someone reach them as content-free notifications (Features/Notificaties): the shelter's staff
/// when one of its beds is held and again when that hold is about to expire unanswered, and the parties who may
/// place when a requester may not place in the pool it chose.
/// </summary>
public sealed class ReserveringNotificaties(SchakelDbContext db, NotificatieService notificaties)
{
    public const string PlekkenPad = "/opvang/mijn-plekken";
    public const string BordPad = "/opvang/bord";

    /// <summary>A bed was held: added to the hold's own save (the caller read the pool with its location, so it knows the shelter).</summary>
    public void NieuwKlaarzetten(Guid opvangOrganisatie) =>
        notificaties.Klaarzetten(opvangOrganisatie, NotificatieSoorten.NieuweReservering, PlekkenPad, Rollen.Opvangmedewerker);

    public async Task VerlooptBijnaAsync(Guid poolId, CancellationToken ct)
    {
        if (await OpvangorganisatieAsync(poolId, ct) is { } opvang)
        {
            await notificaties.PlaatsAsync(opvang, NotificatieSoorten.ReserveringVerlooptBijna, PlekkenPad, Rollen.Opvangmedewerker, ct);
        }
    }

    /// <summary>Each party that may place here hears that a request needs it; the requester calls them with the numbers it was shown.</summary>
    /// <remarks>Added to the caller's own save, with the refusal's audit entry.</remarks>
    public void BevoegdeNodigKlaarzetten(IEnumerable<Guid> organisaties, Guid aanvrager)
    {
        foreach (var organisatie in organisaties.Where(o => o != aanvrager).Distinct())
        {
            // To the roles that work on the board, so the link never leads anyone to a closed page.
            foreach (var rol in OpvangToegang.Plaatsers)
            {
                notificaties.Klaarzetten(organisatie, NotificatieSoorten.PlaatsingBevoegdeNodig, BordPad, rol);
            }
        }
    }

    private Task<Guid?> OpvangorganisatieAsync(Guid poolId, CancellationToken ct) =>
        (from p in db.Set<Plekkenpool>()
         join l in db.Set<Opvanglocatie>() on p.OpvanglocatieId equals l.Id
         where p.Id == poolId
         select (Guid?)l.OrganisatieId).FirstOrDefaultAsync(ct);
}
