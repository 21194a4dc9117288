using System.Security.Claims;
using Schakel.Web.Features.Accounts;

namespace Schakel.Web.Features.Notificaties;

/// <summary>The notifications of the last two weeks this professional has not yet opened or marked as read.</summary>
public sealed class NotificatieTeller(NotificatieService notificaties) : IWerkplekTeller
{
    public string Pad => "/notificaties";

    public async Task<int> TelAsync(ClaimsPrincipal medewerker, CancellationToken ct) => (await notificaties.OngelezenAsync(medewerker, ct)).Count;
}
