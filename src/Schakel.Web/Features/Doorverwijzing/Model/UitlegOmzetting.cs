using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Teksten;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Doorverwijzing.Model;

/// <summary>
/// Converts the explanations of referrals stored as Dutch text (before explanations were stored as codes) once, on
/// either database: what matches a known text becomes its code with arguments, the rest is kept as written and
/// marked as text (<see cref="Uitlegherkenning"/>). Purposes are matched in the migration itself
/// (<see cref="DoelcodeMigratie"/>). Runs at every start after the migrations; rows already converted
/// are not read again, so it costs nothing once done.
/// </summary>
internal sealed class UitlegOmzetting(SchakelDbContext db) : IZaaier
{
    private const int Partij = 500;

    public bool AlleenDemo => false;
    public int Volgorde => 32;

    public async Task ZaaiAsync(CancellationToken ct)
    {
        while (true)
        {
            var rijen = await db.Set<DoorverwijzingRij>().Where(d => d.UitlegBerichten == null).OrderBy(d => d.Id).Take(Partij).ToListAsync(ct);
            if (rijen.Count == 0)
            {
                return;
            }
            foreach (var rij in rijen)
            {
                rij.UitlegBerichten = BerichtJson.Serialiseer(Uitlegherkenning.Herken(rij.Uitleg));
                rij.Uitleg = "";
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
