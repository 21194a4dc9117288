using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Doorverwijzing.Delen;

/// <summary>The sharing policy as it applies now: the default policy rules over the stored, active legal bases.</summary>
public sealed class DeelbeleidOpslag(SchakelDbContext db)
{
    public async Task<Deelbeleid> HuidigAsync(CancellationToken ct = default)
    {
        var grondslagen = await db.Set<GrondslagRij>().AsNoTracking().Where(g => g.Actief).ToListAsync(ct);
        return new Deelbeleid(StandaardDeelbeleid.Regels, grondslagen.Select(g => g.NaarGrondslag()).ToList());
    }

    public async Task<IReadOnlyList<GrondslagRij>> GrondslagenAsync(CancellationToken ct = default) =>
        (await db.Set<GrondslagRij>().AsNoTracking().ToListAsync(ct)).OrderBy(g => g.Categorie).ThenBy(g => g.Code).ToList();
}
