using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Privacy.Grondslagen;

/// <summary>
/// Records each default basis whose receiver scope and purpose the table does not have yet, so a default added to the code later
/// reaches existing databases. Matched by key (purpose, organisation, type, category) over every row, ended ones included: a text the
/// beheerder changed is never overwritten and a basis they ended does not come back.
/// </summary>
internal sealed class VerwerkingsgrondslagZaaier(SchakelDbContext db, TimeProvider tijd) : IZaaier
{
    public bool AlleenDemo => false;
    public int Volgorde => 32;

    public async Task ZaaiAsync(CancellationToken ct)
    {
        var bestaand = (await db.Set<VerwerkingsgrondslagRij>().AsNoTracking()
                .Select(r => new { r.Doel, r.OrganisatieId, r.Type, r.Categorie }).ToListAsync(ct))
            .Select(r => (r.Doel, r.OrganisatieId, r.Type, r.Categorie)).ToHashSet();
        var nu = tijd.GetUtcNow();
        var nieuw = 0;
        foreach (var g in StandaardVerwerkingsgrondslagen.Alle.Where(g => !bestaand.Contains((g.Doel, g.OrganisatieId, g.Type, g.Categorie))))
        {
            db.Add(new VerwerkingsgrondslagRij
            {
                Id = Guid.NewGuid(), Doel = g.Doel, OrganisatieId = g.OrganisatieId, Type = g.Type, Categorie = g.Categorie,
                Grondslag = g.Grondslag, VastgelegdOp = nu, GewijzigdOp = nu,
            });
            nieuw++;
        }
        if (nieuw > 0)
        {
            await db.SaveChangesAsync(ct);
        }
    }
}
