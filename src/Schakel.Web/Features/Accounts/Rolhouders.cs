using Schakel.Web.Data;

namespace Schakel.Web.Features.Accounts;

/// <summary>The active accounts that hold a role: one query for whoever must reach them (notices, e-mails, choices).</summary>
public static class Rolhouders
{
    public static IQueryable<Medewerker> Met(SchakelDbContext db, string rol) =>
        db.Users.Where(m => m.Actief && db.UserRoles.Any(ur => ur.UserId == m.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == rol)));
}
