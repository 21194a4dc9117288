using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording.Beheer;

/// <summary>
/// Evaluation results per offer and per provider: a provider sees its own organisation's offers, the ketenregisseur
/// all. Below five answers only the count shows. Remarks are not listed here: they stay with the provider's session.
/// </summary>
[Authorize(Policy = BewustwordingModule.Aanbieders)]
public sealed class EvaluatiesModel(Evaluaties evaluaties) : PageModel
{
    public IReadOnlyList<AanbodEvaluatie> PerAanbod { get; private set; } = [];
    public IReadOnlyList<AanbiederEvaluatie> PerAanbieder { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Guid? alleen = User.IsInRole(Rollen.Ketenregisseur) ? null : User.OrganisatieId() ?? Guid.Empty;
        (PerAanbod, PerAanbieder) = await evaluaties.ResultatenAsync(alleen, ct);
    }
}
