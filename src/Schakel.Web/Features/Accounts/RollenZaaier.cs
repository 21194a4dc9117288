using Microsoft.AspNetCore.Identity;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Accounts;

/// <summary>The roles exist in every database, demo or not: a beheerder assigns them.</summary>
public sealed class RollenZaaier(RoleManager<IdentityRole<Guid>> rollen) : IZaaier
{
    public bool AlleenDemo => false;
    public int Volgorde => 1;

    public async Task ZaaiAsync(CancellationToken ct)
    {
        foreach (var rol in Rollen.Alle)
        {
            if (!await rollen.RoleExistsAsync(rol))
            {
                await rollen.CreateAsync(new IdentityRole<Guid>(rol) { Id = Guid.CreateVersion7() });
            }
        }
    }
}
