using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Schakel.Web.Data;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Opvang;

/// <summary>
/// Whether a region sets its own norm "a long-term place when the 36 hours end" (<see cref="OpvangOpties.Norm36UurRegios"/>).
/// The national plan (action 18) only asks for help at once and then to look at the long-term place, so without the
/// norm a request past its 36 hours is an escalation and a figure, not unmet demand. A request belongs to the police
/// unit of the municipality where the victim was found.
/// </summary>
public sealed class Norm36Uur(SchakelDbContext db, IOptions<OpvangOpties> opties)
{
    public IReadOnlySet<string> Regios { get; } = opties.Value.Norm36UurRegios.ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool Aan => Regios.Count > 0;

    public bool GeldtVoorRegio(string? eenheidCode) => eenheidCode is not null && Regios.Contains(eenheidCode);

    public async Task<bool> GeldtAsync(string? gevondenInGemeenteCode, CancellationToken ct = default)
    {
        if (!Aan || gevondenInGemeenteCode is null)
        {
            return false;
        }
        var eenheid = await db.Set<Gemeente>().Where(g => g.CbsCode == gevondenInGemeenteCode).Select(g => g.EenheidCode).FirstOrDefaultAsync(ct);
        return GeldtVoorRegio(eenheid);
    }

    /// <summary>The municipalities (CBS codes) where the norm holds, for filtering figures in one go.</summary>
    public async Task<IReadOnlySet<string>> GemeentenAsync(CancellationToken ct = default)
    {
        if (!Aan)
        {
            return new HashSet<string>();
        }
        var codes = await db.Set<Gemeente>().AsNoTracking().Select(g => new { g.CbsCode, g.EenheidCode }).ToListAsync(ct);
        return codes.Where(c => GeldtVoorRegio(c.EenheidCode)).Select(c => c.CbsCode).ToHashSet();
    }
}
