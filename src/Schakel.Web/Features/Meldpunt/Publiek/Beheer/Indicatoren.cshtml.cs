using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Meldpunt.Indicatoren;

namespace Schakel.Web.Features.Meldpunt.Publiek.Beheer;

[Authorize(Policy = PubliekModule.IndicatorenBeheren)]
public sealed class IndicatorenModel(IndicatorBeheer beheer) : PageModel
{
    public IReadOnlyList<Indicator> Lijst { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Lijst = await beheer.AlleAsync(ct);
}
