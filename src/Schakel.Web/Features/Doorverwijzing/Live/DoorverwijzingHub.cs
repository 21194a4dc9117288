using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Doorverwijzing.Live;

/// <summary>
/// Tells open inboxes and referral pages that a referral of their organisation arrived or changed: ids only.
/// Each connection joins its organisation's group from the claim, so nobody hears of another's referrals.
/// </summary>
[Authorize(Policy = DoorverwijzingBeleid.DoorverwijzingVolgen)]
public sealed class DoorverwijzingHub : Hub
{
    public const string Pad = "/hubs/doorverwijzingen";
    public const string Nieuw = "nieuw";
    public const string Gewijzigd = "gewijzigd";

    public static string Groep(Guid organisatieId) => "organisatie:" + organisatieId.ToString("N");

    public override async Task OnConnectedAsync()
    {
        if (Context.User?.OrganisatieId() is not { } organisatie)
        {
            Context.Abort();
            return;
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, Groep(organisatie));
        await base.OnConnectedAsync();
    }
}
