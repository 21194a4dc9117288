using Microsoft.EntityFrameworkCore;
using Schakel.Core.Bewustwording;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>What the public menukaart filters on; every part optional.</summary>
public sealed record Menukaartfilter(string? Doelgroep = null, string? Vorm = null, string? Taal = null, string? Gemeente = null, Aanbodsoort? Soort = null);

/// <summary>A session as the public sees it: when, where, and whether places are free. Never who signed up.</summary>
public sealed record SessieStand(Sessie Sessie, int Ingeschreven, int Wachtend)
{
    public int Vrij => Math.Max(0, Sessie.Capaciteit - Ingeschreven);
    public bool OpenVoorAanmelding(DateTimeOffset nu) => !Sessie.Geannuleerd && nu <= Sessie.AanmeldenTot;
}

/// <summary>The public catalogue. Reads only; nothing here touches sign-ups beyond counting them.</summary>
public sealed class Menukaart(SchakelDbContext db, TimeProvider tijd)
{
    public async Task<IReadOnlyList<Aanbod>> ZoekAsync(Menukaartfilter filter, CancellationToken ct)
    {
        // The catalogue is small (tens to hundreds of offers) and its lists are stored as text: filter in memory.
        var alle = await db.Set<Aanbod>().AsNoTracking().Where(a => a.Actief).ToListAsync(ct);
        return alle.Where(a => Past(a, filter)).OrderBy(a => a.Soort).ThenBy(a => a.Titel, StringComparer.CurrentCulture).ToList();
    }

    public static bool Past(Aanbod a, Menukaartfilter f) =>
        (string.IsNullOrEmpty(f.Doelgroep) || a.Doelgroepen.Contains(f.Doelgroep))
        && (string.IsNullOrEmpty(f.Vorm) || a.Vormen.Contains(f.Vorm))
        && (string.IsNullOrEmpty(f.Taal) || a.Talen.Contains(f.Taal))
        && (string.IsNullOrEmpty(f.Gemeente) || a.Gemeenten.Count == 0 || a.Gemeenten.Contains(f.Gemeente, StringComparer.OrdinalIgnoreCase))
        && (f.Soort is null || a.Soort == f.Soort);

    public Task<Aanbod?> AanbodAsync(Guid id, CancellationToken ct) =>
        db.Set<Aanbod>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Actief, ct);

    /// <summary>
    /// The sessions of an offer from today on, with their counts. A cancelled one stays in the list, shown as cancelled
    /// and closed, so whoever planned to go sees why it is gone.
    /// </summary>
    public async Task<IReadOnlyList<SessieStand>> KomendeSessiesAsync(Guid aanbodId, CancellationToken ct)
    {
        var vandaag = tijd.GetUtcNow().AddDays(-1);
        var sessies = await db.Set<Sessie>().AsNoTracking().Where(s => s.AanbodId == aanbodId).ToListAsync(ct);
        return await StandenAsync(sessies.Where(s => s.Einde >= vandaag).OrderBy(s => s.Begin).ToList(), ct);
    }

    public async Task<SessieStand?> SessieAsync(Guid id, CancellationToken ct)
    {
        var sessie = await db.Set<Sessie>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return sessie is null ? null : (await StandenAsync([sessie], ct))[0];
    }

    public async Task<IReadOnlyList<SessieStand>> StandenAsync(IReadOnlyList<Sessie> sessies, CancellationToken ct)
    {
        var ids = sessies.Select(s => s.Id).ToList();
        var tellingen = await db.Set<Inschrijving>().AsNoTracking()
            .Where(i => ids.Contains(i.SessieId) && i.Status != Inschrijfstatus.Geannuleerd)
            .GroupBy(i => new { i.SessieId, i.Status })
            .Select(g => new { g.Key.SessieId, g.Key.Status, Aantal = g.Count() })
            .ToListAsync(ct);
        int Tel(Guid id, Inschrijfstatus s) => tellingen.Where(t => t.SessieId == id && t.Status == s).Sum(t => t.Aantal);
        return sessies.Select(s => new SessieStand(s, Tel(s.Id, Inschrijfstatus.Ingeschreven), Tel(s.Id, Inschrijfstatus.Wachtlijst))).ToList();
    }
}
