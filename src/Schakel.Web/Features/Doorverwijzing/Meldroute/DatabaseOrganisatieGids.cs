using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>
/// The organisation directory the route searches, read from the Organisatie table, with the focal-officer
/// register for the internal route. Loaded once per evaluation (the evaluator is synchronous and pure);
/// inactive organisations are never proposed, and neither is an officer of an inactive organisation.
/// </summary>
public sealed class DatabaseOrganisatieGids(SchakelDbContext db, IAandachtsfunctionarissen aandachtsfunctionarissen)
{
    public async Task<IOrganisatieGids> LaadAsync(CancellationToken ct = default)
    {
        var organisaties = await db.Set<Organisatie>().AsNoTracking()
            .Where(o => o.Actief)
            .Select(o => new { o.Id, o.Naam, o.Type, o.Partijcategorie, o.GemeenteCode, Werkgebied = o.Werkgebied.Select(w => w.CbsCode).ToList() })
            .ToListAsync(ct);
        var vermeldingen = organisaties.Select(o => new OrganisatieVermelding
        {
            Id = o.Id,
            Naam = o.Naam,
            Type = o.Type,
            Categorie = o.Partijcategorie,
            Werkgebied = o.Werkgebied,
            Reikwijdte = OrganisatieVermelding.BepaalReikwijdte(o.Type, o.GemeenteCode, o.Werkgebied.Count),
        }).ToDictionary(o => o.Id);
        var functionarissen = (await aandachtsfunctionarissen.AlleAsync(alleenActief: true, ct))
            .Where(f => vermeldingen.ContainsKey(f.OrganisatieId))
            .Select(f => new AandachtsfunctionarisVermelding(f.GemeenteCode, f.Kenmerken, f.Naam, f.Functietitel, vermeldingen[f.OrganisatieId]));
        return new OrganisatieLijst(vermeldingen.Values, functionarissen);
    }
}
