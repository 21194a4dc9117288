using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Keten.Meldroutekaart;

/// <summary>The professionals' map: per receiver also the function, the rule's own words and the contacts.</summary>
[Authorize(Policy = KetenBeleid.Lezen)]
public sealed class InternModel(MeldroutekaartOpbouw opbouw) : PageModel
{
    public Kaart Kaart { get; private set; } = new(0, DateTimeOffset.UnixEpoch, []);

    public async Task OnGetAsync(CancellationToken ct) => Kaart = await opbouw.MaakAsync(intern: true, ct);
}
