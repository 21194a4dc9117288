using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Schakel.Web.Data;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Accounts;

[Authorize(Policy = AccountsBeleid.Medewerker)]
public sealed class WerkplekModel(
    SchakelDbContext db, IOptions<WerkplekOptions> opties, IStringLocalizerFactory teksten, NotificatieService notificaties) : PageModel
{
    public string Organisatie { get; private set; } = "";
    public IReadOnlyList<string> Rollen { get; private set; } = [];
    public IReadOnlyList<WerkplekLink> Links { get; private set; } = [];
    public IReadOnlyList<Notificatie> Nieuw { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var id = User.OrganisatieId();
        Organisatie = await db.Set<Organisatie>().Where(o => o.Id == id).Select(o => o.Naam).FirstOrDefaultAsync() ?? "";
        var rollen = User.Rollen();
        Rollen = rollen.Order(StringComparer.Ordinal).ToList();
        Links = opties.Value.Links.Where(l => l.Rollen.Count == 0 || l.Rollen.Any(rollen.Contains))
            .Select(l => l.Teksten is null ? l : l with { Tekst = teksten.Create(l.Teksten)[l.Tekst] })
            .ToList();
        Nieuw = await notificaties.VoorAsync(User);
    }
}
