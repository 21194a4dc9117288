using System.Security.Claims;
using Schakel.Web.Features.Accounts;

namespace Schakel.Web.Features.Notificaties;

/// <summary>The notifications the page lists for this professional (the last two weeks).</summary>
public sealed class NotificatieTeller(NotificatieService notificaties) : IWerkplekTeller
{
    public string Pad => "/notificaties";

    public async Task<int> TelAsync(ClaimsPrincipal medewerker, CancellationToken ct) => (await notificaties.VoorAsync(medewerker, ct)).Count;
}
