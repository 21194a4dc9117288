using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Meldpunt.Intake;

/// <summary>
/// Which organisation runs the reporting point for a report: configuration <c>Meldpunt:Organisatie:{eenheid}</c>
/// (an organisation id or its exact name) for the police unit of the report's municipality, else
/// <c>Meldpunt:Organisatie:Standaard</c> (reports without a municipality, or from a unit without its own).
/// </summary>
public sealed class MeldpuntOrganisatieKiezer(IConfiguration configuration)
{
    public const string Standaard = "Standaard";
    private readonly ConcurrentDictionary<string, Guid?> _perEenheid = new(StringComparer.Ordinal);

    public async Task<Guid?> KiesAsync(SchakelDbContext db, string? gemeenteCode, CancellationToken ct)
    {
        var eenheid = gemeenteCode is null
            ? null
            : await db.Set<Gemeente>().Where(g => g.CbsCode == gemeenteCode).Select(g => g.EenheidCode).FirstOrDefaultAsync(ct);
        return await VoorEenheidAsync(db, eenheid ?? Standaard, ct) ?? await VoorEenheidAsync(db, Standaard, ct);
    }

    private async Task<Guid?> VoorEenheidAsync(SchakelDbContext db, string eenheid, CancellationToken ct)
    {
        if (_perEenheid.TryGetValue(eenheid, out var bekend))
        {
            return bekend;
        }
        var waarde = configuration[$"Meldpunt:Organisatie:{eenheid}"];
        Guid? id = null;
        if (Guid.TryParse(waarde, out var g))
        {
            id = g;
        }
        else if (!string.IsNullOrWhiteSpace(waarde))
        {
            id = await db.Set<Organisatie>().Where(o => o.Naam == waarde).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        }
        // Only found answers are kept: the organisation may be created after the first report.
        if (id is not null)
        {
            _perEenheid[eenheid] = id;
        }
        return id;
    }
}
