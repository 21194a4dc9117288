using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Privacy.Grondslagen;

/// <summary>The recorded bases in force, for the sharing policy (Doorverwijzing/Delen) and the reporting point's intake.</summary>
public static class VerwerkingsgrondslagOpslag
{
    public static async Task<Verwerkingsgrondslagen> HuidigAsync(SchakelDbContext db, CancellationToken ct = default)
    {
        var rijen = await db.Set<VerwerkingsgrondslagRij>().AsNoTracking().Where(g => g.BeeindigdOp == null).ToListAsync(ct);
        return new Verwerkingsgrondslagen([.. rijen.Select(r => r.NaarGrondslag())]);
    }
}
