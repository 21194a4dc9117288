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
    public async Task PlaatsAsync(Guid organisatieId, string soort, string link, string? rol = null, CancellationToken ct = default)
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
            Id = Guid.NewGuid(), OrganisatieId = organisatieId, Rol = rol, Soort = soort, Link = link, AangemaaktOp = tijd.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
    }

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
