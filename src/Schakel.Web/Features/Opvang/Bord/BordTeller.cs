using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Opvang.Bord;

/// <summary>The organisation's open placement requests: what the board lists with the 36-hour clock.</summary>
public sealed class BordTeller(SchakelDbContext db) : IWerkplekTeller
{
    public string Pad => "/opvang/bord";

    public async Task<int> TelAsync(ClaimsPrincipal medewerker, CancellationToken ct)
    {
        var organisatie = medewerker.OrganisatieId();
        return await db.Set<Plaatsingsverzoek>().CountAsync(v => v.AanvragerOrganisatieId == organisatie && !v.Afgesloten, ct);
    }
}
