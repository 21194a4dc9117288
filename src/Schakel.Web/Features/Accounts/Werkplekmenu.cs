using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Accounts;

/// <summary>A link of the staff menu in the reader's language, with what waits behind it when counted.</summary>
public sealed record WerkplekMenuItem(string Pad, string Tekst, int? Aantal = null);

/// <summary>
/// The staff menu: the role-tagged links the features register in <see cref="WerkplekOptions"/>, filtered by
/// the reader's roles. The layout and the start page both read it, so a page a role uses is always one click
/// away and never only reachable by typing its address.
/// </summary>
public sealed class Werkplekmenu(
    SchakelDbContext db, IOptions<WerkplekOptions> opties, IStringLocalizerFactory teksten, IEnumerable<IWerkplekTeller> tellers)
{
    private string? _organisatie;

    public IReadOnlyList<WerkplekMenuItem> Links(ClaimsPrincipal medewerker)
    {
        var rollen = medewerker.Rollen();
        return [.. opties.Value.Links
            .Where(l => l.Rollen.Count == 0 || l.Rollen.Any(rollen.Contains))
            .OrderBy(l => l.Volgorde)
            .DistinctBy(l => l.Pad, StringComparer.OrdinalIgnoreCase)
            .Select(l => new WerkplekMenuItem(l.Pad, l.Teksten is null ? l.Tekst : teksten.Create(l.Teksten)[l.Tekst]))];
    }

    /// <summary>The menu with the count of each counted link (one query per counter, only for the reader's links).</summary>
    public async Task<IReadOnlyList<WerkplekMenuItem>> MetAantallenAsync(ClaimsPrincipal medewerker, CancellationToken ct = default)
    {
        var perPad = tellers.GroupBy(t => t.Pad, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var uit = new List<WerkplekMenuItem>();
        foreach (var link in Links(medewerker))
        {
            uit.Add(perPad.TryGetValue(link.Pad, out var teller) ? link with { Aantal = await teller.TelAsync(medewerker, ct) } : link);
        }
        return uit;
    }

    /// <summary>The name of the reader's organisation, read once per request.</summary>
    public async Task<string> OrganisatieAsync(ClaimsPrincipal medewerker, CancellationToken ct = default)
    {
        if (_organisatie is not null)
        {
            return _organisatie;
        }
        var id = medewerker.OrganisatieId();
        _organisatie = id is null ? "" : await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == id).Select(o => o.Naam).FirstOrDefaultAsync(ct) ?? "";
        return _organisatie;
    }
}
