using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Sturing.Model;

namespace Schakel.Web.Features.Sturing.Referentie;

/// <summary>Which organisations (by name) act for a published owner name of a plan's actions.</summary>
public sealed record EigenaarOrganisaties(string PlanCode, string Eigenaar, IReadOnlyList<string> Organisaties);

/// <summary>
/// Links an action to the organisations that act for its published owners. Idempotent: only missing links are
/// added, so it runs on every start and an existing database gets the links of organisations created since.
/// </summary>
public static class Eigenaarskoppeling
{
    public static async Task KoppelAsync(SchakelDbContext db, IReadOnlyList<EigenaarOrganisaties> kaart, CancellationToken ct)
    {
        await VoegToeAsync(db, kaart, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds the missing links to the context without saving, so a page can commit them with their audit entry.</summary>
    public static async Task VoegToeAsync(SchakelDbContext db, IReadOnlyList<EigenaarOrganisaties> kaart, CancellationToken ct)
    {
        var namen = kaart.SelectMany(k => k.Organisaties).Distinct().ToList();
        var organisaties = await db.Set<Organisatie>().AsNoTracking().Where(o => namen.Contains(o.Naam)).ToDictionaryAsync(o => o.Naam, o => o.Id, ct);
        var codes = kaart.Select(k => k.PlanCode).Distinct().ToList();
        var acties = await (from a in db.Set<Actie>().AsNoTracking()
                            join p in db.Set<Plan>() on a.PlanId equals p.Id
                            where codes.Contains(p.Code)
                            select new { a.Id, a.Eigenaren, p.Code }).ToListAsync(ct);
        var ids = acties.Select(a => a.Id).ToList();
        // Our reading of the owners (ActieEigenaar) names them uniformly where the published cells vary in wording.
        var gelezen = (await db.Set<ActieEigenaar>().AsNoTracking().Where(e => ids.Contains(e.ActieId)).Select(e => new { e.ActieId, e.Naam }).ToListAsync(ct))
            .ToLookup(e => e.ActieId, e => e.Naam);
        var bestaand = (await db.Set<ActieEigenaarOrganisatie>().AsNoTracking().Where(k => ids.Contains(k.ActieId))
            .Select(k => new { k.ActieId, k.OrganisatieId }).ToListAsync(ct)).Select(k => (k.ActieId, k.OrganisatieId)).ToHashSet();
        foreach (var a in acties)
        {
            var eigenaren = a.Eigenaren.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Concat(gelezen[a.Id]).ToHashSet(StringComparer.Ordinal);
            foreach (var k in kaart.Where(k => k.PlanCode == a.Code && eigenaren.Contains(k.Eigenaar)))
            {
                foreach (var naam in k.Organisaties)
                {
                    if (organisaties.TryGetValue(naam, out var org) && bestaand.Add((a.Id, org)))
                    {
                        db.Add(new ActieEigenaarOrganisatie { ActieId = a.Id, OrganisatieId = org, Eigenaar = k.Eigenaar });
                    }
                }
            }
        }
    }
}
