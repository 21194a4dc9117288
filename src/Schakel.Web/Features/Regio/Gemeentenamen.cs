using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang;

namespace Schakel.Web.Features.Regio;

/// <summary>
/// Municipalities by name on staff pages: "'s-Gravenhage (GM0518)". Staff know the name; the CBS code stays
/// beside it because invoices and partner systems use it. The code alone only where no name is known. Read
/// once per request: the region tables, plus the municipalities of shelter locations elsewhere in the country.
/// </summary>
public sealed class Gemeentenamen(SchakelDbContext db)
{
    private Dictionary<string, string>? _namen;

    public async Task LaadAsync(CancellationToken ct = default)
    {
        if (_namen is not null)
        {
            return;
        }
        var regio = await db.Set<Gemeente>().AsNoTracking().Select(g => new { g.CbsCode, g.Naam }).ToListAsync(ct);
        var opvang = await db.Set<Opvanglocatie>().AsNoTracking().Select(l => new { CbsCode = l.GemeenteCode, Naam = l.GemeenteNaam }).Distinct().ToListAsync(ct);
        _namen = regio.Concat(opvang).Where(g => !string.IsNullOrEmpty(g.Naam)).DistinctBy(g => g.CbsCode)
            .ToDictionary(g => g.CbsCode, g => g.Naam, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"Naam (CODE)", the code when the name is unknown, null for no code. Call <see cref="LaadAsync"/> first.</summary>
    public string? Weergave(string? code) =>
        string.IsNullOrEmpty(code) ? null
        : _namen?.GetValueOrDefault(code) is { } naam ? $"{naam} ({code})"
        : code;

    public async Task<string?> WeergaveAsync(string? code, CancellationToken ct = default)
    {
        await LaadAsync(ct);
        return Weergave(code);
    }
}
