using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Opvang.Plekken;

public sealed record OpenReservering(Reservering Reservering, Plaatsingsverzoek Verzoek, PoolStand Stand);

public sealed record LopendePlaatsing(PlaatsingRegel Plaatsing, Plaatsingsverzoek Verzoek, PoolStand Stand);

public sealed record MijnPlekkenOverzicht(IReadOnlyList<PoolStand> Pools, IReadOnlyList<OpenReservering> Reserveringen, IReadOnlyList<LopendePlaatsing> Plaatsingen);

/// <summary>What a shelter's own staff see: their pools, the holds waiting for their answer, and who is staying now.</summary>
public sealed class MijnPlekken(SchakelDbContext db, OpvangService opvang, TimeProvider tijd)
{
    public async Task<MijnPlekkenOverzicht> OverzichtAsync(ClaimsPrincipal medewerker, CancellationToken ct = default)
    {
        var organisatie = medewerker.OrganisatieId();
        var pools = (await opvang.PoolStandenAsync(ct)).Where(p => p.Locatie.OrganisatieId == organisatie)
            .OrderBy(p => p.Locatie.Naam).ThenBy(p => p.Pool.Type).ToList();
        var perPool = pools.ToDictionary(p => p.Pool.Id);
        var ids = perPool.Keys.ToList();
        var nu = tijd.GetUtcNow();

        var reserveringen = (await db.Set<Reservering>().AsNoTracking()
                .Where(r => ids.Contains(r.PlekkenpoolId) && r.Status == ReserveringStatus.Actief).ToListAsync(ct))
            .Where(r => r.VerlooptOp > nu).OrderBy(r => r.VerlooptOp).ToList();
        var plaatsingen = await db.Set<PlaatsingRegel>().AsNoTracking()
            .Where(p => ids.Contains(p.PlekkenpoolId) && p.OntslagenOp == null).ToListAsync(ct);
        var verzoekIds = reserveringen.Select(r => r.PlaatsingsverzoekId).Concat(plaatsingen.Select(p => p.PlaatsingsverzoekId)).Distinct().ToList();
        var verzoeken = await db.Set<Plaatsingsverzoek>().AsNoTracking().Where(v => verzoekIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);

        return new MijnPlekkenOverzicht(
            pools,
            [.. reserveringen.Select(r => new OpenReservering(r, verzoeken[r.PlaatsingsverzoekId], perPool[r.PlekkenpoolId]))],
            [.. plaatsingen.OrderBy(p => p.OpgenomenOp).Select(p => new LopendePlaatsing(p, verzoeken[p.PlaatsingsverzoekId], perPool[p.PlekkenpoolId]))]);
    }
}
