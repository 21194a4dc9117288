using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Keten;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang.Zoeken;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Keten.Gids.Publiek;

/// <summary>
/// The public directory search: a GET form (the search is not personal, and a GET can be bookmarked and works
/// without JavaScript). Unknown values are reported next to their field, never a 500.
/// </summary>
public sealed class ZoekenModel(PubliekeGids gids, SchakelDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "gemeente")] public string? Gemeente { get; set; }
    [BindProperty(SupportsGet = true, Name = "behoefte")] public string? Behoefte { get; set; }
    [BindProperty(SupportsGet = true, Name = "vorm")] public string? Vorm { get; set; }

    public IReadOnlyList<Gemeente> Gemeenten { get; private set; } = [];
    public IReadOnlyList<PubliekeDienst> Diensten { get; private set; } = [];
    public HashSet<string> Fouten { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Gemeenten = await db.Set<Gemeente>().AsNoTracking().OrderBy(g => g.Naam).ToListAsync(ct);
        string? gemeente = null;
        if (!string.IsNullOrEmpty(Gemeente))
        {
            gemeente = Gemeenten.FirstOrDefault(g => string.Equals(g.CbsCode, Gemeente, StringComparison.OrdinalIgnoreCase))?.CbsCode;
            if (gemeente is null) Fouten.Add("gemeente");
        }
        Dienstsoort? soort = null;
        if (!string.IsNullOrEmpty(Behoefte))
        {
            if (Enum.TryParse<Dienstsoort>(Behoefte, false, out var s) && Enum.IsDefined(s)) soort = s; else Fouten.Add("behoefte");
        }
        Uitbuitingsvorm? vorm = null;
        if (!string.IsNullOrEmpty(Vorm))
        {
            if (Enum.TryParse<Uitbuitingsvorm>(Vorm, false, out var v) && Enum.IsDefined(v) && v != Uitbuitingsvorm.Onbekend) vorm = v; else Fouten.Add("vorm");
        }
        if (Fouten.Count > 0)
        {
            return;
        }
        Diensten = await gids.DienstenAsync(new Gidszoekvraag(gemeente, soort, vorm), ct);
    }
}

/// <summary>The overview of reporting points (national plan: an overview of existing reporting points).</summary>
public sealed class MeldpuntenModel(PubliekeGids gids) : PageModel
{
    public IReadOnlyList<PubliekeDienst> Diensten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Diensten = (await gids.DienstenAsync(null, ct)).Where(d => d.Soort is Dienstsoort.Melden or Dienstsoort.Advies).ToList();
}

/// <summary>
/// Shelter and help per sub-region, with the live bed figures of Opvang (counts only, never a location): free as the
/// board and the search count it, so a bed held for a victim is not offered here as free.
/// </summary>
public sealed class OpvangModel(PubliekeGids gids, SchakelDbContext db, PoolLeesmodel leesmodel, TimeProvider tijd) : PageModel
{
    public sealed record Bedden(string Organisatie, int Capaciteit, int Vrij);

    public sealed record Regio(string Naam, IReadOnlyList<PubliekeDienst> Diensten, IReadOnlyList<Bedden> Bedden);

    public IReadOnlyList<Regio> Regios { get; private set; } = [];

    private static readonly Dienstsoort[] Soorten =
        [Dienstsoort.Opvang, Dienstsoort.Zorgcoordinatie, Dienstsoort.Hulpverlening, Dienstsoort.AmbulanteZorg, Dienstsoort.JuridischeHulp, Dienstsoort.Tolk];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var gemeenten = await db.Set<Gemeente>().AsNoTracking().Where(g => g.Deelregio != "").ToListAsync(ct);
        var diensten = (await gids.DienstenAsync(null, ct)).Where(d => Soorten.Contains(d.Soort)).ToList();
        var organisaties = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Actief).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        var nu = tijd.GetUtcNow();
        var pools = (await leesmodel.HuidigAsync(ct)).Rijen.Where(r => organisaties.ContainsKey(r.Locatie.OrganisatieId))
            .Select(r => new { r.Locatie.GemeenteCode, Naam = organisaties[r.Locatie.OrganisatieId], r.Pool.Capaciteit, Vrij = r.Stand(nu).Beschikbaarheid.Beschikbaar })
            .ToList();
        Regios = gemeenten.GroupBy(g => g.Deelregio).OrderBy(g => g.Key, StringComparer.CurrentCulture).Select(regio =>
        {
            var codes = regio.Select(g => g.CbsCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var bedden = pools.Where(p => codes.Contains(p.GemeenteCode))
                .GroupBy(p => p.Naam)
                .Select(g => new Bedden(g.Key, g.Sum(p => p.Capaciteit), g.Sum(p => p.Vrij)))
                .OrderBy(b => b.Organisatie, StringComparer.CurrentCulture).ToList();
            return new Regio(regio.Key, diensten.Where(d => d.Gemeenten.Count == 0 || d.Gemeenten.Any(codes.Contains)).ToList(), bedden);
        }).ToList();
    }
}

/// <summary>Care-coordination coverage per municipality; municipalities without one come first and stand out.</summary>
public sealed class ZorgcoordinatieModel(PubliekeGids gids, SchakelDbContext db) : PageModel
{
    public sealed record Dekking(Gemeente Gemeente, IReadOnlyList<PubliekeDienst> Coordinatoren);

    public IReadOnlyList<Dekking> Gemeenten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var gemeenten = await db.Set<Gemeente>().AsNoTracking().ToListAsync(ct);
        var coordinatie = (await gids.DienstenAsync(new Gidszoekvraag(Soort: Dienstsoort.Zorgcoordinatie), ct)).ToList();
        Gemeenten = gemeenten
            .Select(g => new Dekking(g, coordinatie.Where(d => d.Gemeenten.Count == 0 || d.Gemeenten.Contains(g.CbsCode)).ToList()))
            .OrderBy(d => d.Coordinatoren.Count > 0).ThenBy(d => d.Gemeente.Naam, StringComparer.CurrentCulture).ToList();
    }
}
