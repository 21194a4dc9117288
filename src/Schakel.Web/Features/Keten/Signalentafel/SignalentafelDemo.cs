using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Keten.Signalentafel;

/// <summary>
/// A started demo table hosted by the demo chain director, so the pages show something on first run (Development
/// only). Bijlage I describes the RIEC Midden-Nederland table, but no table of Eenheid Den Haag and no covenant text:
/// name, members and basis here are examples, and the basis says so.
/// </summary>
internal sealed class SignalentafelDemo(SchakelDbContext db, TimeProvider tijd) : IZaaier
{
    public static readonly Guid Id = DemoOrganisaties.IdVan("signalentafel:demo-haaglanden");

    public bool AlleenDemo => true;

    // After the demo organisations (20).
    public int Volgorde => 62;

    public async Task ZaaiAsync(CancellationToken ct)
    {
        if (await db.Set<Tafel>().AnyAsync(t => t.Id == Id, ct))
        {
            return;
        }
        var namen = new[] { DemoOrganisaties.Rsiv, DemoOrganisaties.Politie, DemoOrganisaties.Shop, DemoOrganisaties.GemeenteNaam("'s-Gravenhage") };
        var ids = namen.Select(DemoOrganisaties.IdVan).ToList();
        var bestaand = await db.Set<Organisatie>().Where(o => ids.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        if (!bestaand.Contains(ids[0]))
        {
            return;
        }
        var nu = tijd.GetUtcNow();
        db.Add(new Tafel
        {
            Id = Id, Naam = "Signalentafel Haaglanden (voorbeeld)", GastOrganisatieId = ids[0], AangemaaktOp = nu, GestartOp = nu,
            Grondslag = "Voorbeeld: convenant van de deelnemende partners (art. 6 lid 1 sub e AVG); geen echte grondslag.",
            Leden = bestaand.Select(o => new TafelLid { TafelId = Id, OrganisatieId = o }).ToList(),
        });
        await db.SaveChangesAsync(ct);
    }
}
