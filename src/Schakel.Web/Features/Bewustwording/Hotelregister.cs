using Microsoft.EntityFrameworkCore;
using Schakel.Core.Bewustwording;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>Counts of one area: registered hotels, certified ones, and those due for their certificate.</summary>
public sealed record Hoteltelling(string Code, string Naam, int Geregistreerd, int Gecertificeerd, int CertificaatAanDeBeurt);

/// <summary>
/// The NPST register: hotels and holiday parks with their staff trained. A hotel not yet certified whose staff are
/// mostly trained shows "certificate due"; awarding it happens outside Schakel. Counts per municipality, per police
/// district (a municipality counts in each district it lies in, as the region's own tables do) and for the region.
/// </summary>
public sealed class Hotelregister(SchakelDbContext db)
{
    public static bool AanDeBeurt(Hotel h) => h.Status is not Certificaatstatus.Gecertificeerd && Certificering.MeesteGetraind(h.Personeel, h.Getraind);

    public async Task<IReadOnlyList<Hotel>> LijstAsync(CancellationToken ct) =>
        (await db.Set<Hotel>().AsNoTracking().ToListAsync(ct)).OrderBy(h => h.GemeenteCode, StringComparer.Ordinal).ThenBy(h => h.Naam, StringComparer.CurrentCulture).ToList();

    public async Task<(IReadOnlyList<Hoteltelling> PerGemeente, IReadOnlyList<Hoteltelling> PerDistrict, Hoteltelling Regio)> TellingenAsync(CancellationToken ct)
    {
        var hotels = await db.Set<Hotel>().AsNoTracking().ToListAsync(ct);
        var gemeenten = await db.Set<Gemeente>().AsNoTracking().Include(g => g.Districten).ToListAsync(ct);
        var districten = await db.Set<District>().AsNoTracking().ToListAsync(ct);
        Hoteltelling Tel(string code, string naam, IEnumerable<Hotel> h)
        {
            var l = h.ToList();
            return new(code, naam, l.Count, l.Count(x => x.Status == Certificaatstatus.Gecertificeerd), l.Count(AanDeBeurt));
        }
        var perGemeente = hotels.GroupBy(h => h.GemeenteCode)
            .Select(g => Tel(g.Key, gemeenten.FirstOrDefault(x => x.CbsCode == g.Key)?.Naam ?? g.Key, g))
            .OrderBy(t => t.Naam, StringComparer.CurrentCulture).ToList();
        var perDistrict = districten
            .Select(d => Tel(d.Code, d.Naam, hotels.Where(h => gemeenten.Any(g => g.CbsCode == h.GemeenteCode && g.Districten.Any(x => x.DistrictId == d.Id)))))
            .Where(t => t.Geregistreerd > 0).OrderBy(t => t.Naam, StringComparer.CurrentCulture).ToList();
        return (perGemeente, perDistrict, Tel("regio", "", hotels));
    }
}
