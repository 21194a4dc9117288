using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Bewustwording.Publiek;

/// <summary>Languages an offer can be in, each named in itself (so the reader finds their own).</summary>
public static class Taalnamen
{
    public static readonly IReadOnlyList<(string Code, string Naam)> Alle =
        [("nl", "Nederlands"), ("en", "English"), ("pl", "Polski"), ("bg", "Български"), ("ro", "Română")];

    public static string Naam(string code) => Alle.FirstOrDefault(t => t.Code == code).Naam ?? code;
}

public static class GemeenteKeuzes
{
    public static async Task<IReadOnlyList<(string Code, string Naam)>> LaadAsync(SchakelDbContext db, CancellationToken ct) =>
        (await db.Set<Gemeente>().AsNoTracking().OrderBy(g => g.Naam).Select(g => new { g.CbsCode, g.Naam }).ToListAsync(ct))
            .Select(g => (g.CbsCode, g.Naam)).ToList();
}
