using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Doorverwijzing.Delen;

/// <summary>
/// The sharing policy as it applies now: the default policy rules over the stored, active legal bases.
/// Consent as a second ground for care coordination is the region's setting <c>Delen:ToestemmingZorgcoordinatie</c>
/// (off by default, Midden-Delfland §5.6.2); when on, the consent basis MC-TOESTEMMING is what such a share records.
/// </summary>
public sealed class DeelbeleidOpslag(SchakelDbContext db, IConfiguration configuratie)
{
    public const string InstellingToestemmingZorgcoordinatie = "Delen:ToestemmingZorgcoordinatie";

    public bool ToestemmingVoorZorgcoordinatie => configuratie.GetValue(InstellingToestemmingZorgcoordinatie, false);

    private Deelbeleid? _huidig;
    private bool _geabonneerd;

    /// <summary>
    /// The policy over the active bases, read once per request (this service is scoped): the route proposal, sending and the signals
    /// table ask for it several times in one request. Anything saved through this request's context forgets it, so a change made in
    /// the request is seen by what follows; another request reads the tables again.
    /// </summary>
    public async Task<Deelbeleid> HuidigAsync(CancellationToken ct = default)
    {
        if (!_geabonneerd)
        {
            db.SavedChanges += (_, _) => _huidig = null;
            _geabonneerd = true;
        }
        return _huidig ??= await LeesAsync(ct);
    }

    private async Task<Deelbeleid> LeesAsync(CancellationToken ct)
    {
        var grondslagen = await db.Set<GrondslagRij>().AsNoTracking().Where(g => g.Actief).ToListAsync(ct);
        // The recorded processing bases (Features/Privacy/Grondslagen): without one for follow-up, level geen.
        var verwerking = await Privacy.Grondslagen.VerwerkingsgrondslagOpslag.HuidigAsync(db, ct);
        return new Deelbeleid(StandaardDeelbeleid.Maak(ToestemmingVoorZorgcoordinatie), grondslagen.Select(g => g.NaarGrondslag()).ToList(), verwerking);
    }

    public async Task<IReadOnlyList<GrondslagRij>> GrondslagenAsync(CancellationToken ct = default) =>
        (await db.Set<GrondslagRij>().AsNoTracking().ToListAsync(ct)).OrderBy(g => g.Categorie).ThenBy(g => g.Code).ToList();
}
