using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Sturing.Basisniveau;

/// <summary>The region's matrix: every municipality of the unit × every item, rolled up per district, sub-region and region.</summary>
[Authorize(Policy = SturingModule.Lezen)]
public sealed class IndexModel(Basisniveaulijst lijst) : PageModel
{
    public const string Eenheid = "DH";

    public Matrix? Matrix { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Matrix = await lijst.MatrixAsync(Eenheid, ct);
}
