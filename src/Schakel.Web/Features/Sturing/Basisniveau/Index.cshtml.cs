using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Sturing.Basisniveau;

/// <summary>
/// The region's matrix: every municipality of the chosen police unit × every item, rolled up per district,
/// sub-region and region. Any unit whose municipalities are in the reference data can be chosen; DH is the default.
/// </summary>
[Authorize(Policy = SturingModule.Lezen)]
public sealed class IndexModel(Basisniveaulijst lijst) : PageModel
{
    public const string StandaardEenheid = "DH";

    [BindProperty(SupportsGet = true, Name = "eenheid")] public string? Eenheid { get; set; }

    public IReadOnlyList<Regio.Eenheid> Eenheden { get; private set; } = [];
    public Matrix? Matrix { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Eenheden = await lijst.EenhedenAsync(ct);
        Eenheid ??= StandaardEenheid;
        if (Eenheden.All(e => e.Code != Eenheid))
        {
            return NotFound();
        }
        Matrix = await lijst.MatrixAsync(Eenheid, ct);
        return Page();
    }
}
