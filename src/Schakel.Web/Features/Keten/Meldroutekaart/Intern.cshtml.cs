using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Meldroutekaart;

/// <summary>A municipality with its active focal officers, as the professionals' map lists them.</summary>
public sealed record GemeenteFunctionarissen(string CbsCode, string Naam, IReadOnlyList<AandachtsfunctionarisGegevens> Functionarissen);

/// <summary>
/// The professionals' map: per receiver also the function, the rule's own words and the contacts, and per municipality
/// its active focal officers with their published work contact, so every professional in the chain knows whom the
/// route means by "the municipality" (the public map never shows them).
/// </summary>
[Authorize(Policy = KetenBeleid.Lezen)]
public sealed class InternModel(MeldroutekaartOpbouw opbouw, IAandachtsfunctionarissen register, SchakelDbContext db, AuditTrail audit) : PageModel
{
    public Kaart Kaart { get; private set; } = new(0, DateTimeOffset.UnixEpoch, []);

    public IReadOnlyList<GemeenteFunctionarissen> Gemeenten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Kaart = await opbouw.MaakAsync(intern: true, ct);
        var alle = await register.AlleAsync(alleenActief: true, ct);
        // Named officers with their contacts: the read is recorded (who, which list, how many rows).
        await AandachtsfunctionarisInzage.SchrijfAsync(audit, User, AandachtsfunctionarisInzage.Meldroutekaart, alle.Count, Herkomst.Web, ct);
        var functionarissen = alle.ToLookup(f => f.GemeenteCode, StringComparer.Ordinal);
        var namen = await db.Set<Regio.Gemeente>().AsNoTracking().Select(g => new { g.CbsCode, g.Naam }).ToListAsync(ct);
        Gemeenten = [.. namen.OrderBy(g => g.Naam, StringComparer.CurrentCulture)
            .Select(g => new GemeenteFunctionarissen(g.CbsCode, g.Naam, [.. functionarissen[g.CbsCode]]))];
    }
}
