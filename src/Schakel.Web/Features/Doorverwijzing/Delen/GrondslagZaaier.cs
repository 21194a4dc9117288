using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Doorverwijzing.Delen;

/// <summary>Adds new seed bases and updates untouched ones; a beheerder's edits are kept.</summary>
internal sealed class GrondslagZaaier(SchakelDbContext db) : IZaaier
{
    public bool AlleenDemo => false;
    public int Volgorde => 31;

    public async Task ZaaiAsync(CancellationToken ct)
    {
        var bestaand = await db.Set<GrondslagRij>().ToDictionaryAsync(g => g.Code, ct);
        foreach (var g in StandaardGrondslagen.Alle)
        {
            if (!bestaand.TryGetValue(g.Code, out var rij))
            {
                db.Add(new GrondslagRij
                {
                    Code = g.Code, Categorie = g.Categorie, Omschrijving = g.Omschrijving,
                    MaximaalDeelniveau = g.MaximaalDeelniveau, Voorwaarde = g.Voorwaarde,
                    Ontvangers = GrondslagRij.OntvangersTekst(g.Ontvangers),
                });
            }
            else if (rij.GewijzigdOp is null)
            {
                (rij.Categorie, rij.Omschrijving, rij.MaximaalDeelniveau, rij.Voorwaarde, rij.Ontvangers) =
                    (g.Categorie, g.Omschrijving, g.MaximaalDeelniveau, g.Voorwaarde, GrondslagRij.OntvangersTekst(g.Ontvangers));
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
