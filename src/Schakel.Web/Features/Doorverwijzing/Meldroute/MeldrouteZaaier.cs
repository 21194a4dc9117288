using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>
/// Loads the default route as version 1 of each rule, only into an empty table: once stored, the rows are the
/// truth and a beheerder's edits (or deliberate deletions by deactivation) are never undone by a restart.
/// </summary>
internal sealed class MeldrouteZaaier(SchakelDbContext db, TimeProvider tijd) : IZaaier
{
    public bool AlleenDemo => false;
    public int Volgorde => 30;

    public async Task ZaaiAsync(CancellationToken ct)
    {
        if (await db.Set<MeldrouteRegelVersie>().AnyAsync(ct))
        {
            return;
        }
        var nu = tijd.GetUtcNow();
        foreach (var regel in StandaardMeldroute.Maak().Regels)
        {
            db.Add(MeldrouteRegelVersie.Van(regel, nu, reden: null, door: null));
        }
        await db.SaveChangesAsync(ct);
    }
}
