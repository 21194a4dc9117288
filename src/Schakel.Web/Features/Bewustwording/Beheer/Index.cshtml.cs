using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Bewustwording.Beheer;

[Authorize(Policy = BewustwordingModule.Aanbieders)]
public sealed class IndexModel(AanbodBeheer beheer) : PageModel
{
    public IReadOnlyList<Model.Aanbod> Aanbod { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Aanbod = await beheer.LijstAsync(User, ct);
}
