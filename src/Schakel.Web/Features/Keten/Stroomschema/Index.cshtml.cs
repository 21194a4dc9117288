using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Keten.Stroomschema;

/// <summary>
/// The professionals' flow chart: the public one's flows, and per organisation type the partners from the directory
/// that serve the reader's region, so a professional sees who is meant, not only which kind.
/// </summary>
[Authorize(Policy = KetenBeleid.Lezen)]
public sealed class IndexModel(StroomschemaOpbouw opbouw, SchakelDbContext db) : PageModel
{
    public int Versie { get; private set; }
    public IReadOnlyList<Stroom> Stromen { get; private set; } = [];

    /// <summary>Per type the names of the active partners in the region; municipalities are left out (the signal's own municipality is meant).</summary>
    public IReadOnlyDictionary<OrganisatieType, IReadOnlyList<string>> Partners { get; private set; } = new Dictionary<OrganisatieType, IReadOnlyList<string>>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Versie, Stromen) = await opbouw.MaakAsync(ct);
        // The region is the reader's organisation's working area: a partner is named when it serves at least one of
        // those municipalities. So an installation that holds the whole country lists, for a reader in Haaglanden,
        // the shelters of Haaglanden, not every shelter in the country. A reader whose organisation serves no
        // municipality (a national body) sees types only.
        var eigen = User.OrganisatieId();
        var regio = db.Set<OrganisatieWerkgebied>().Where(w => w.OrganisatieId == eigen).Select(w => w.CbsCode);
        var rijen = await db.Set<Organisatie>().AsNoTracking()
            // Partners in the flow are those that receive cases; trainers and national bodies are not in it.
            .DieCasussenOntvangen().Where(o => o.Type != OrganisatieType.Gemeente && o.Werkgebied.Any(w => regio.Contains(w.CbsCode)))
            .Select(o => new { o.Type, o.Naam }).ToListAsync(ct);
        Partners = rijen.GroupBy(r => r.Type)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Naam).Order(StringComparer.CurrentCulture)]);
    }
}
