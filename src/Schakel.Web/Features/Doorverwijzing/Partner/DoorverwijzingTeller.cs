using System.Security.Claims;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Doorverwijzing.Partner;

/// <summary>
/// Referrals the organisation received and has not closed: its inbox's open part, from the inbox's own count (one
/// statement for all parts, shared with the inbox when both are on one page).
/// </summary>
public sealed class DoorverwijzingTeller(DoorverwijzingLezer lezer, TimeProvider tijd) : IWerkplekTeller
{
    public string Pad => "/doorverwijzingen";

    public async Task<int> TelAsync(ClaimsPrincipal medewerker, CancellationToken ct) =>
        medewerker.OrganisatieId() is { } organisatie ? (await lezer.TellingAsync(organisatie, null, tijd.GetUtcNow(), ct)).Open : 0;
}
