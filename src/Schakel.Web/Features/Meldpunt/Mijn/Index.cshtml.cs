using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Features.Meldpunt.Opvolging;

namespace Schakel.Web.Features.Meldpunt.Mijn;

/// <summary>A signed-in professional's own reports and advice questions: follow-up without a receipt code.</summary>
[Authorize(Policy = MeldpuntBeleid.Professional)]
public sealed class MijnMeldingenModel(MeldpuntOpvolging opvolging) : PageModel
{
    public IReadOnlyList<EigenMelding> Meldingen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Meldingen = await opvolging.EigenMeldingenAsync(User, ct);
}
