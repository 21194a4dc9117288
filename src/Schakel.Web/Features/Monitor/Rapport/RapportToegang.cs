using System.Security.Claims;
using Schakel.Web.Features.Monitor.Edities;

namespace Schakel.Web.Features.Monitor.Rapport;

/// <summary>
/// Who sees an edition's report: a published one everybody, without signing in (the public face: aggregates only,
/// never the working group's comments). Before publication only the chain director and the working group, as a preview.
/// </summary>
public sealed class RapportToegang(MonitorEdities edities, MonitorWerkgroep werkgroep)
{
    public async Task<RapportWeergave?> LaadAsync(Guid id, ClaimsPrincipal gebruiker, CancellationToken ct)
    {
        if (await edities.VindAsync(id, ct) is not { } editie)
        {
            return null;
        }

        if (editie.Status != EditieStatus.Gepubliceerd && gebruiker.Identity?.IsAuthenticated != true
            || editie.Status != EditieStatus.Gepubliceerd && !MonitorWerkgroep.IsKetenregisseur(gebruiker) && !await werkgroep.IsLidAsync(gebruiker, editie, ct))
        {
            return null;
        }

        return RapportOpbouw.Bouw(editie, await edities.InhoudAsync(editie, ct));
    }
}
