using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>Meetings held in a period: how many and how many attended (a count, never who).</summary>
public sealed record Bijeenkomstentelling(int Gehouden, int Aanwezigen);

/// <summary>
/// For the monitor: the awareness meetings held per municipality and period. A meeting counts for a municipality when it
/// joined; without a municipality every meeting counts once. Held means begun within [van, tot) and before now. Counted
/// are the events of <see cref="Bijeenkomst"/> and the sessions of theme and network meeting offers on the menukaart,
/// whose attendance is the number marked present.
/// </summary>
public interface IBijeenkomstenTelling
{
    Task<Bijeenkomstentelling> TelAsync(string? gemeenteCode, DateTimeOffset van, DateTimeOffset tot, CancellationToken ct);

    /// <summary>
    /// A region's meetings in one read: per municipality, and for the region each meeting once that at least one of its
    /// municipalities joined. A meeting without a municipality belongs to no region and is not counted here.
    /// </summary>
    Task<BijeenkomstenInRegio> TelInRegioAsync(IReadOnlyCollection<string> gemeenten, DateTimeOffset van, DateTimeOffset tot, CancellationToken ct);
}

/// <summary>Meetings per municipality of a region and for the region as a whole (each meeting once).</summary>
public sealed record BijeenkomstenInRegio(IReadOnlyDictionary<string, Bijeenkomstentelling> PerGemeente, Bijeenkomstentelling Regio);

public sealed class Bijeenkomsten(SchakelDbContext db, TimeProvider tijd) : IBijeenkomstenTelling
{
    public async Task<Bijeenkomstentelling> TelAsync(string? gemeenteCode, DateTimeOffset van, DateTimeOffset tot, CancellationToken ct)
    {
        var grens = new[] { tot, tijd.GetUtcNow() }.Min();
        // Lists of municipalities are stored as text: filter those in memory, the period in the database.
        var events = (await db.Set<Bijeenkomst>().AsNoTracking().Where(b => b.Begin >= van && b.Begin < grens).ToListAsync(ct))
            .Where(b => gemeenteCode is null || b.Gemeenten.Contains(gemeenteCode, StringComparer.OrdinalIgnoreCase)).ToList();
        var sessies = (await (from s in db.Set<Sessie>().AsNoTracking()
                              join a in db.Set<Aanbod>().AsNoTracking() on s.AanbodId equals a.Id
                              where !s.Geannuleerd && s.Begin >= van && s.Begin < grens
                                    && (a.Soort == Aanbodsoort.Themabijeenkomst || a.Soort == Aanbodsoort.Netwerkbijeenkomst)
                              select s).ToListAsync(ct))
            .Where(s => gemeenteCode is null || s.Gemeenten.Contains(gemeenteCode, StringComparer.OrdinalIgnoreCase)).ToList();
        var ids = sessies.Select(s => s.Id).ToList();
        var aanwezig = await db.Set<Inschrijving>().AsNoTracking()
            .CountAsync(i => ids.Contains(i.SessieId) && i.Aanwezig == true && i.Status == Core.Bewustwording.Inschrijfstatus.Ingeschreven, ct);
        return new Bijeenkomstentelling(events.Count + sessies.Count, events.Sum(b => b.Aanwezigen ?? 0) + aanwezig);
    }

    public async Task<BijeenkomstenInRegio> TelInRegioAsync(IReadOnlyCollection<string> gemeenten, DateTimeOffset van, DateTimeOffset tot, CancellationToken ct)
    {
        var grens = new[] { tot, tijd.GetUtcNow() }.Min();
        var events = (await db.Set<Bijeenkomst>().AsNoTracking().Where(b => b.Begin >= van && b.Begin < grens)
                .Select(b => new { b.Gemeenten, b.Aanwezigen }).ToListAsync(ct))
            .Select(b => (b.Gemeenten, Aanwezigen: b.Aanwezigen ?? 0)).ToList();
        var sessies = await (from s in db.Set<Sessie>().AsNoTracking()
                             join a in db.Set<Aanbod>().AsNoTracking() on s.AanbodId equals a.Id
                             where !s.Geannuleerd && s.Begin >= van && s.Begin < grens
                                   && (a.Soort == Aanbodsoort.Themabijeenkomst || a.Soort == Aanbodsoort.Netwerkbijeenkomst)
                             select new
                             {
                                 s.Gemeenten,
                                 Aanwezig = db.Set<Inschrijving>().Count(i => i.SessieId == s.Id && i.Aanwezig == true
                                     && i.Status == Core.Bewustwording.Inschrijfstatus.Ingeschreven),
                             }).ToListAsync(ct);
        var alle = events.Concat(sessies.Select(s => (s.Gemeenten, Aanwezigen: s.Aanwezig))).ToList();
        var inRegio = gemeenten.ToHashSet(StringComparer.OrdinalIgnoreCase);
        Bijeenkomstentelling Tel(Func<List<string>, bool> telt)
        {
            var deel = alle.Where(b => telt(b.Gemeenten)).ToList();
            return new Bijeenkomstentelling(deel.Count, deel.Sum(b => b.Aanwezigen));
        }

        var perGemeente = gemeenten.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(g => g,
            g => Tel(l => l.Contains(g, StringComparer.OrdinalIgnoreCase)), StringComparer.OrdinalIgnoreCase);
        return new BijeenkomstenInRegio(perGemeente, Tel(l => l.Any(inRegio.Contains)));
    }

    /// <summary>Upcoming events for the public list: from today on, in order.</summary>
    public async Task<IReadOnlyList<Bijeenkomst>> KomendAsync(CancellationToken ct)
    {
        var vandaag = tijd.GetUtcNow().AddHours(-12);
        return (await db.Set<Bijeenkomst>().AsNoTracking().Where(b => b.Einde >= vandaag).ToListAsync(ct)).OrderBy(b => b.Begin).ToList();
    }

    public async Task<IReadOnlyList<Bijeenkomst>> AlleAsync(CancellationToken ct) =>
        (await db.Set<Bijeenkomst>().AsNoTracking().ToListAsync(ct)).OrderByDescending(b => b.Begin).ToList();
}
