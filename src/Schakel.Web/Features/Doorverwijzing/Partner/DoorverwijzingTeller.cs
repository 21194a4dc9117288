using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Doorverwijzing.Partner;

/// <summary>Referrals the organisation received and has not closed: its inbox's open part.</summary>
public sealed class DoorverwijzingTeller(SchakelDbContext db) : IWerkplekTeller
{
    public string Pad => "/doorverwijzingen";

    public async Task<int> TelAsync(ClaimsPrincipal medewerker, CancellationToken ct)
    {
        var organisatie = medewerker.OrganisatieId();
        return await db.Set<DoorverwijzingRij>()
            .CountAsync(d => d.OntvangerOrganisatieId == organisatie && d.Status != DoorverwijzingStatus.Afgesloten, ct);
    }
}
