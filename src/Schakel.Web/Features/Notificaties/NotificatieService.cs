using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Notificaties;

/// <summary>Places content-free notifications and lists them for a signed-in professional.</summary>
public sealed class NotificatieService(SchakelDbContext db, TimeProvider tijd)
{
    /// <summary>How far back the werkplek shows notifications.</summary>
    public static readonly TimeSpan Bewaartermijn = TimeSpan.FromDays(14);

    /// <param name="soort">A key of <see cref="NotificatieTeksten"/> (e.g. <see cref="NotificatieSoorten.NieuweDoorverwijzing"/>).</param>
    /// <param name="link">An app-relative page path, see <see cref="NotificatieLink"/>.</param>
    /// <param name="rol">Only members with this role; null for the whole organisation.</param>
    public Task PlaatsAsync(Guid organisatieId, string soort, string link, string? rol = null, CancellationToken ct = default) =>
        PlaatsAsync(organisatieId, soort, link, rol, opHeleUur: false, ct);

    /// <param name="opHeleUur">
    /// Store the time rounded down to the hour: for a notification about an anonymous report, whose own times are
    /// rounded so an exact moment cannot point to the reporter (docs/adr/0005-meldpunt-ontvangstcode-en-privacy.md).
    /// </param>
    public async Task PlaatsAsync(Guid organisatieId, string soort, string link, string? rol, bool opHeleUur, CancellationToken ct = default)
    {
        Klaarzetten(organisatieId, soort, link, rol, opHeleUur);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Adds the notification to the request's context without saving: the caller's own save (with its audit entries, one
    /// transaction) places it, so a change that fails tells nobody and one that commits always does.
    /// </summary>
    public void Klaarzetten(Guid organisatieId, string soort, string link, string? rol = null, bool opHeleUur = false)
    {
        if (!NotificatieSoorten.Alle.Contains(soort))
        {
            throw new ArgumentException($"Onbekende soort notificatie '{soort}'.", nameof(soort));
        }
        if (!NotificatieLink.IsGeldig(link))
        {
            throw new ArgumentException("Een notificatie linkt alleen naar een pad zonder querystring.", nameof(link));
        }
        db.Add(new Notificatie
        {
            Id = Guid.NewGuid(), OrganisatieId = organisatieId, Rol = rol, Soort = soort, Link = link,
            AangemaaktOp = opHeleUur ? OpHeleUur(tijd.GetUtcNow()) : tijd.GetUtcNow(),
        });
    }

    /// <summary>The organisations with an active account that holds <paramref name="rol"/>: where a role-wide notice must go.</summary>
    public Task<List<Guid>> OrganisatiesMetRolAsync(string rol, CancellationToken ct = default) =>
        Rolhouders.Met(db, rol).Select(u => u.OrganisatieId).Distinct().ToListAsync(ct);

    private static DateTimeOffset OpHeleUur(DateTimeOffset t) => new(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero);

    public async Task<IReadOnlyList<Notificatie>> VoorAsync(ClaimsPrincipal medewerker, CancellationToken ct = default) =>
        await Zichtbaar(medewerker)
            .OrderByDescending(n => n.AangemaaktOp).ThenByDescending(n => n.Id)
            .Take(50)
            .ToListAsync(ct);

    /// <summary>The notifications of this list that this professional has not opened or marked as read.</summary>
    public async Task<IReadOnlyList<Notificatie>> OngelezenAsync(ClaimsPrincipal medewerker, CancellationToken ct = default)
    {
        var id = MedewerkerId(medewerker);
        return await Zichtbaar(medewerker)
            .Where(n => !db.Set<NotificatieGelezen>().Any(g => g.NotificatieId == n.Id && g.MedewerkerId == id))
            .OrderByDescending(n => n.AangemaaktOp).ThenByDescending(n => n.Id)
            .Take(50)
            .ToListAsync(ct);
    }

    /// <summary>Of the given notifications, those this professional has read.</summary>
    public async Task<IReadOnlySet<Guid>> GelezenAsync(ClaimsPrincipal medewerker, IEnumerable<Guid> ids, CancellationToken ct = default)
    {
        var id = MedewerkerId(medewerker);
        var lijst = ids.ToList();
        return (await db.Set<NotificatieGelezen>().AsNoTracking()
            .Where(g => g.MedewerkerId == id && lijst.Contains(g.NotificatieId)).Select(g => g.NotificatieId).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>
    /// Opens one notification: marks it read for this professional and gives its link; null when it is not one of
    /// theirs (another organisation's, another role's, or gone), so nothing is learned about it.
    /// </summary>
    public async Task<string?> OpenAsync(ClaimsPrincipal medewerker, Guid notificatieId, CancellationToken ct = default)
    {
        var link = await Zichtbaar(medewerker).Where(n => n.Id == notificatieId).Select(n => n.Link).FirstOrDefaultAsync(ct);
        if (link is not null)
        {
            await MarkeerAsync(MedewerkerId(medewerker), [notificatieId], ct);
        }
        return link;
    }

    /// <summary>Marks every notification this professional sees as read.</summary>
    public async Task AllesGelezenAsync(ClaimsPrincipal medewerker, CancellationToken ct = default) =>
        await MarkeerAsync(MedewerkerId(medewerker), [.. (await OngelezenAsync(medewerker, ct)).Select(n => n.Id)], ct);

    private async Task MarkeerAsync(Guid medewerker, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var al = await db.Set<NotificatieGelezen>().Where(g => g.MedewerkerId == medewerker && ids.Contains(g.NotificatieId))
            .Select(g => g.NotificatieId).ToListAsync(ct);
        var nu = tijd.GetUtcNow();
        foreach (var id in ids.Except(al))
        {
            db.Add(new NotificatieGelezen { NotificatieId = id, MedewerkerId = medewerker, GelezenOp = nu });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same person opened it twice at once (two tabs): it is read either way.
            db.ChangeTracker.Clear();
        }
    }

    private IQueryable<Notificatie> Zichtbaar(ClaimsPrincipal medewerker)
    {
        if (medewerker.OrganisatieId() is not { } organisatie)
        {
            return db.Set<Notificatie>().Where(_ => false);
        }
        var rollen = medewerker.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var vanaf = tijd.GetUtcNow() - Bewaartermijn;
        return db.Set<Notificatie>().AsNoTracking()
            .Where(n => n.OrganisatieId == organisatie && (n.Rol == null || rollen.Contains(n.Rol)) && n.AangemaaktOp >= vanaf);
    }

    private static Guid MedewerkerId(ClaimsPrincipal medewerker) =>
        Guid.TryParse(medewerker.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
}
