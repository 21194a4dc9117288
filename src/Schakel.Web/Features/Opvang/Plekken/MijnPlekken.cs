using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Opvang.Plekken;

public sealed record OpenReservering(Reservering Reservering, Plaatsingsverzoek Verzoek, PoolStand Stand);

public sealed record LopendePlaatsing(PlaatsingRegel Plaatsing, Plaatsingsverzoek Verzoek, PoolStand Stand);

public sealed record MijnPlekkenOverzicht(
    IReadOnlyList<PoolStand> Pools, IReadOnlyList<OpenReservering> Reserveringen, IReadOnlyList<LopendePlaatsing> Plaatsingen,
    IReadOnlyDictionary<string, string>? Gemeentenamen = null)
{
    /// <summary>"'s-Gravenhage (GM0518)": staff know the name, the invoice needs the code; the code alone when the name is unknown.</summary>
    public string Gemeente(string code) => Gemeentenamen?.GetValueOrDefault(code) is { } naam ? $"{naam} ({code})" : code;
}

/// <summary>
/// One hold on one of the shelter's beds as its staff see it: the request's need (no names: the request holds none), who asked,
/// the step and the answer. <c>Plaatsing</c> is set once the shelter confirmed it.
/// </summary>
public sealed record ReserveringDetail(
    Reservering Reservering, Plaatsingsverzoek Verzoek, PoolStand Stand, string Aanvrager, string? VerantwoordelijkeGemeente, PlaatsingRegel? Plaatsing)
{
    /// <summary>Still waiting for the shelter's answer: active and not yet expired (expiry is by time, whether or not the job ran).</summary>
    public bool WachtOpAntwoord(DateTimeOffset nu) => Reservering.Status == ReserveringStatus.Actief && Reservering.VerlooptOp > nu;

    public ReserveringStatus Status(DateTimeOffset nu) =>
        Reservering.Status == ReserveringStatus.Actief && Reservering.VerlooptOp <= nu ? ReserveringStatus.Verlopen : Reservering.Status;
}

/// <summary>What a shelter's own staff see: their pools, the holds waiting for their answer, and who is staying now.</summary>
public sealed class MijnPlekken(SchakelDbContext db, OpvangService opvang, TimeProvider tijd, Gemeentenamen gemeentenamen)
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

        var codes = plaatsingen.Select(p => p.VerantwoordelijkeGemeenteCode).Distinct().ToList();
        // Municipalities outside the region tables are known by name only where a shelter location lies.
        var namen = (await db.Set<Gemeente>().AsNoTracking().Where(g => codes.Contains(g.CbsCode)).Select(g => new { Code = g.CbsCode, g.Naam }).ToListAsync(ct))
            .Concat(await db.Set<Opvanglocatie>().AsNoTracking().Where(l => codes.Contains(l.GemeenteCode)).Select(l => new { Code = l.GemeenteCode, Naam = l.GemeenteNaam }).ToListAsync(ct))
            .DistinctBy(g => g.Code).ToDictionary(g => g.Code, g => g.Naam, StringComparer.Ordinal);

        return new MijnPlekkenOverzicht(
            pools,
            [.. reserveringen.Select(r => new OpenReservering(r, verzoeken[r.PlaatsingsverzoekId], perPool[r.PlekkenpoolId]))],
            [.. plaatsingen.OrderBy(p => p.OpgenomenOp).Select(p => new LopendePlaatsing(p, verzoeken[p.PlaatsingsverzoekId], perPool[p.PlekkenpoolId]))],
            namen);
    }

    /// <summary>A hold on one of the reader's own shelter's beds; null (404) for any other hold, so a stranger learns nothing.</summary>
    public async Task<ReserveringDetail?> ReserveringAsync(ClaimsPrincipal medewerker, Guid id, CancellationToken ct = default)
    {
        var organisatie = medewerker.OrganisatieId();
        var r = await db.Set<Reservering>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null || organisatie is null)
        {
            return null;
        }
        var stand = (await opvang.PoolStandenAsync(ct)).FirstOrDefault(p => p.Pool.Id == r.PlekkenpoolId && p.Locatie.OrganisatieId == organisatie);
        if (stand is null)
        {
            return null;
        }
        var verzoek = await db.Set<Plaatsingsverzoek>().AsNoTracking().FirstAsync(v => v.Id == r.PlaatsingsverzoekId, ct);
        var aanvrager = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == r.AanvragerOrganisatieId).Select(o => o.Naam).FirstOrDefaultAsync(ct);
        var plaatsing = await db.Set<PlaatsingRegel>().AsNoTracking().FirstOrDefaultAsync(p => p.ReserveringId == r.Id, ct);
        return new ReserveringDetail(r, verzoek, stand, aanvrager ?? "", await gemeentenamen.WeergaveAsync(plaatsing?.VerantwoordelijkeGemeenteCode ?? verzoek.VerantwoordelijkeGemeenteCode), plaatsing);
    }
}
