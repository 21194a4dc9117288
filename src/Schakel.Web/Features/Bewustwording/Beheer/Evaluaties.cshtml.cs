using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording.Beheer;

/// <summary>
/// Evaluation results per offer and per provider: a provider sees its own organisation's offers, the ketenregisseur
/// all. Below five answers only the count shows. From five answers up the offer's remarks are listed too, filtered,
/// without who wrote them or when; each offer's remarks read is audited.
/// </summary>
[Authorize(Policy = BewustwordingModule.Aanbieders)]
public sealed class EvaluatiesModel(Evaluaties evaluaties) : PageModel
{
    public IReadOnlyList<AanbodEvaluatie> PerAanbod { get; private set; } = [];
    public IReadOnlyList<AanbiederEvaluatie> PerAanbieder { get; private set; } = [];
    public IReadOnlyDictionary<Guid, IReadOnlyList<string>> Opmerkingen { get; private set; } = new Dictionary<Guid, IReadOnlyList<string>>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Guid? alleen = User.IsInRole(Rollen.Ketenregisseur) ? null : User.OrganisatieId() ?? Guid.Empty;
        (PerAanbod, PerAanbieder) = await evaluaties.ResultatenAsync(alleen, ct);
        // ResultatenAsync already kept a provider to its own offers; remarks only where the averages show too.
        Opmerkingen = await evaluaties.OpmerkingenAsync([.. PerAanbod.Where(a => !a.Samenvatting.Verborgen).Select(a => a.AanbodId)], User.AlsActor(), Herkomst.Web, ct);
    }
}
