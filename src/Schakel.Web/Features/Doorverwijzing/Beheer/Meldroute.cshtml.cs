using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Doorverwijzing.Meldroute;

namespace Schakel.Web.Features.Doorverwijzing.Beheer;

[Authorize(Policy = DoorverwijzingBeleid.MeldrouteBeheren)]
public sealed class MeldrouteModel(MeldrouteOpslag route, DeelbeleidOpslag beleid) : PageModel
{
    public int Versie { get; private set; }
    public IReadOnlyList<MeldrouteRegelVersie> Regels { get; private set; } = [];
    public IReadOnlyList<GrondslagRij> Grondslagen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Versie = (await route.HuidigeAsync(ct)).Versie;
        Regels = await route.HuidigeRijenAsync(ct);
        Grondslagen = await beleid.GrondslagenAsync(ct);
    }
}
