using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Keten.Gids.Beheer;

/// <summary>The entries the user keeps: every organisation for the chain director and beheerder, else their own.</summary>
[Authorize(Policy = GidsModule.GidsBewerken)]
public sealed class IndexModel(GidsBeheer beheer) : PageModel
{
    public IReadOnlyList<Organisatie> Organisaties { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Organisaties = await beheer.OrganisatiesAsync(User, ct);
}
