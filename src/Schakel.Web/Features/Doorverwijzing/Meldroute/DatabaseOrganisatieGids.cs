using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>
/// The organisation directory the route searches, read from the Organisatie table. Loaded once per
/// evaluation (the evaluator is synchronous and pure); inactive organisations are never proposed.
/// </summary>
public sealed class DatabaseOrganisatieGids(SchakelDbContext db)
{
    public async Task<IOrganisatieGids> LaadAsync(CancellationToken ct = default)
    {
        var organisaties = await db.Set<Organisatie>().AsNoTracking()
            .Where(o => o.Actief)
            .Select(o => new { o.Id, o.Naam, o.Type, o.Partijcategorie, o.GemeenteCode, Werkgebied = o.Werkgebied.Select(w => w.CbsCode).ToList() })
            .ToListAsync(ct);
        return new OrganisatieLijst(organisaties.Select(o => new OrganisatieVermelding
        {
            Id = o.Id,
            Naam = o.Naam,
            Type = o.Type,
            Categorie = o.Partijcategorie,
            Werkgebied = o.Werkgebied,
            Reikwijdte = OrganisatieVermelding.BepaalReikwijdte(o.Type, o.GemeenteCode, o.Werkgebied.Count),
        }));
    }
}
