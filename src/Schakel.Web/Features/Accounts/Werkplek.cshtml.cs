using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Accounts;

[Authorize(Policy = AccountsBeleid.Medewerker)]
public sealed class WerkplekModel(Werkplekmenu menu, NotificatieService notificaties) : PageModel
{
    public string Organisatie { get; private set; } = "";
    public IReadOnlyList<string> Rollen { get; private set; } = [];
    /// <summary>The reader's menu with, per counted list, how much waits there.</summary>
    public IReadOnlyList<WerkplekMenuItem> Links { get; private set; } = [];
    public IReadOnlyList<Notificatie> Nieuw { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organisatie = await menu.OrganisatieAsync(User, ct);
        Rollen = User.Rollen().Order(StringComparer.Ordinal).ToList();
        Links = await menu.MetAantallenAsync(User, ct);
        Nieuw = await notificaties.OngelezenAsync(User, ct);
    }
}
