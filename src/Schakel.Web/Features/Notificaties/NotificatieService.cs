using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
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
        await db.SaveChangesAsync(ct);
    }

    private static DateTimeOffset OpHeleUur(DateTimeOffset t) => new(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero);

    public async Task<IReadOnlyList<Notificatie>> VoorAsync(ClaimsPrincipal medewerker, CancellationToken ct = default)
    {
        if (medewerker.OrganisatieId() is not { } organisatie)
        {
            return [];
        }
        var rollen = medewerker.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var vanaf = tijd.GetUtcNow() - Bewaartermijn;
        return await db.Set<Notificatie>().AsNoTracking()
            .Where(n => n.OrganisatieId == organisatie && (n.Rol == null || rollen.Contains(n.Rol)) && n.AangemaaktOp >= vanaf)
            .OrderByDescending(n => n.AangemaaktOp).ThenByDescending(n => n.Id)
            .Take(50)
            .ToListAsync(ct);
    }
}
