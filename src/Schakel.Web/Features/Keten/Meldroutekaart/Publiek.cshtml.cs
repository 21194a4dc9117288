using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Keten.Meldroutekaart;

/// <summary>The public map: the same rules, without the function inside an organisation or any contact data.</summary>
public sealed class PubliekModel(MeldroutekaartOpbouw opbouw) : PageModel
{
    public Kaart Kaart { get; private set; } = new(0, DateTimeOffset.UnixEpoch, []);

    public async Task OnGetAsync(CancellationToken ct) => Kaart = await opbouw.MaakAsync(intern: false, ct);
}
