using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Keten.Stroomschema;

[Authorize(Policy = KetenBeleid.Lezen)]
public sealed class IndexModel(StroomschemaOpbouw opbouw) : PageModel
{
    public int Versie { get; private set; }
    public IReadOnlyList<Stroom> Stromen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => (Versie, Stromen) = await opbouw.MaakAsync(ct);
}
