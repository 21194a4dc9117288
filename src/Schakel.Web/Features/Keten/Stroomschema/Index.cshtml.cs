using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Keten.Stroomschema;

/// <summary>
/// The professionals' flow chart: the public one's flows, and per organisation type the region's partners of that
/// type from the directory (active organisations), so a professional sees who is meant, not only which kind.
/// </summary>
[Authorize(Policy = KetenBeleid.Lezen)]
public sealed class IndexModel(StroomschemaOpbouw opbouw, SchakelDbContext db) : PageModel
{
    public int Versie { get; private set; }
    public IReadOnlyList<Stroom> Stromen { get; private set; } = [];

    /// <summary>Per type the names of the active partners; municipalities are left out (the signal's own municipality is meant).</summary>
    public IReadOnlyDictionary<OrganisatieType, IReadOnlyList<string>> Partners { get; private set; } = new Dictionary<OrganisatieType, IReadOnlyList<string>>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Versie, Stromen) = await opbouw.MaakAsync(ct);
        var rijen = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Actief && o.Type != OrganisatieType.Gemeente)
            .Select(o => new { o.Type, o.Naam }).ToListAsync(ct);
        Partners = rijen.GroupBy(r => r.Type)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Naam).Order(StringComparer.CurrentCulture)]);
    }
}
