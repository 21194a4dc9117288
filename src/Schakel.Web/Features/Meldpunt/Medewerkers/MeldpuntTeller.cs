using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Meldpunt.Medewerkers;

/// <summary>The reporting point's open reports and advice questions: what its inbox lists by default.</summary>
public sealed class MeldpuntTeller(SchakelDbContext db) : IWerkplekTeller
{
    public const string InboxPad = "/meldpunt/medewerkers";

    public string Pad => InboxPad;

    public async Task<int> TelAsync(ClaimsPrincipal medewerker, CancellationToken ct)
    {
        var organisatie = medewerker.OrganisatieId();
        var open = Enum.GetValues<MeldingStatus>().Where(MeldingStatusmachine.IsOpen).ToList();
        return await db.Set<Melding>().CountAsync(m => m.MeldpuntOrganisatieId == organisatie && open.Contains(m.Status), ct);
    }
}
