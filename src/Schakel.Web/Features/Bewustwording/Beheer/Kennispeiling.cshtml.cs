using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Bewustwording.Beheer;

/// <summary>Survey results per audience, measurement and year; fewer than five answers show only the count.</summary>
[Authorize(Policy = BewustwordingModule.Regie)]
public sealed class KennispeilingModel(Kennispeilingen peilingen) : PageModel
{
    public IReadOnlyList<KennispeilingResultaat> Resultaten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Resultaten = await peilingen.ResultatenAsync(ct);
}
