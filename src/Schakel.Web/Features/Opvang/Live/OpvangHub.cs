using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Schakel.Web.Features.Accounts;

namespace Schakel.Web.Features.Opvang.Live;

/// <summary>
/// Pushes availability and hold changes to open boards. Clients only listen; every change goes through
/// the service, so the hub has no methods. Signed-in staff who may read the board only.
/// </summary>
[Authorize(Policy = AccountsBeleid.Medewerker)]
public sealed class OpvangHub : Hub
{
    public const string Pad = "/hubs/opvang";
    public const string Beschikbaarheid = "beschikbaarheid";
    public const string Reservering = "reservering";

    public override Task OnConnectedAsync()
    {
        // The policy admits every professional; the board's figures are for its readers only.
        if (!OpvangToegang.MagLezen(Context.User!))
        {
            Context.Abort();
        }
        return base.OnConnectedAsync();
    }
}
