using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Privacy.Grondslagen;

/// <summary>
/// Records the default bases once, into an empty table. After that the table is the beheerder's: a basis they ended
/// must not come back at the next start.
/// </summary>
internal sealed class VerwerkingsgrondslagZaaier(SchakelDbContext db, TimeProvider tijd) : IZaaier
{
    public bool AlleenDemo => false;
    public int Volgorde => 32;

    public async Task ZaaiAsync(CancellationToken ct)
    {
        if (await db.Set<VerwerkingsgrondslagRij>().AnyAsync(ct))
        {
            return;
        }
        var nu = tijd.GetUtcNow();
        foreach (var g in StandaardVerwerkingsgrondslagen.Alle)
        {
            db.Add(new VerwerkingsgrondslagRij
            {
                Id = Guid.NewGuid(), Doel = g.Doel, OrganisatieId = g.OrganisatieId, Type = g.Type, Categorie = g.Categorie,
                Grondslag = g.Grondslag, VastgelegdOp = nu, GewijzigdOp = nu,
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
