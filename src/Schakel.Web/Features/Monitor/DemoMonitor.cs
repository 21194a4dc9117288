using Microsoft.EntityFrameworkCore;
using Schakel.Core.Monitor;
using Schakel.Web.Data;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor;

/// <summary>Demo: an edition of the current year for Eenheid Den Haag in concept, its figures computed from the demo reports.</summary>
internal sealed class DemoMonitor(SchakelDbContext db, MonitorEdities edities, TimeProvider tijd) : IZaaier
{
    public bool AlleenDemo => true;
    public int Volgorde => 200;

    public async Task ZaaiAsync(CancellationToken ct)
    {
        var jaar = Periode.KwartaalVan(tijd.GetUtcNow()).Jaar;
        if (await db.Set<MonitorEditie>().AnyAsync(e => e.RegioCode == "DH" && e.Jaar == jaar, ct)
            || !await db.Set<Regio.Eenheid>().AnyAsync(e => e.Code == "DH", ct))
        {
            return;
        }

        var uitkomst = await edities.MaakAsync("DH", jaar, AuditActor.Systeem, "demo", ct, demo: true);
        if (uitkomst.Editie is { } editie)
        {
            editie.Inleiding = "Demo-editie: de cijfers komen uit de demomeldingen van deze installatie.";
            await db.SaveChangesAsync(ct);
        }
    }
}
