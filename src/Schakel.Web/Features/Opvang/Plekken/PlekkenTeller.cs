using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Opvang.Plekken;

/// <summary>Holds on the shelter's own beds that wait for its answer (active and not yet expired).</summary>
public sealed class PlekkenTeller(SchakelDbContext db, TimeProvider tijd) : IWerkplekTeller
{
    public string Pad => "/opvang/mijn-plekken";

    public async Task<int> TelAsync(ClaimsPrincipal medewerker, CancellationToken ct)
    {
        var organisatie = medewerker.OrganisatieId();
        var nu = tijd.GetUtcNow();
        var pools = from p in db.Set<Plekkenpool>()
                    join l in db.Set<Opvanglocatie>() on p.OpvanglocatieId equals l.Id
                    where l.OrganisatieId == organisatie
                    select p.Id;
        return await db.Set<Reservering>()
            .CountAsync(r => pools.Contains(r.PlekkenpoolId) && r.Status == ReserveringStatus.Actief && r.VerlooptOp > nu, ct);
    }
}
