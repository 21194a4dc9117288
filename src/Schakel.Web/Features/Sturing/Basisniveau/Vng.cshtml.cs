using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Sturing.Basisniveau;

/// <summary>
/// The VNG framework reports of action 23: the interim report (mid-2025) and the final picture (2026), per
/// municipality and region: meets, partly or not, with the failing items. Both read the checklist as it stands.
/// </summary>
[Authorize(Policy = SturingModule.Lezen)]
public sealed class VngModel(Basisniveaulijst lijst) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Soort { get; set; }
    [BindProperty(SupportsGet = true, Name = "eenheid")] public string? Eenheid { get; set; }
    public IReadOnlyList<Regio.Eenheid> Eenheden { get; private set; } = [];

    public bool Eind => Soort == "eind";
    public Matrix? Matrix { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Soort is not (null or "tussen" or "eind"))
        {
            return NotFound();
        }
        Eenheden = await lijst.EenhedenAsync(ct);
        Eenheid ??= IndexModel.StandaardEenheid;
        if (Eenheden.All(e => e.Code != Eenheid))
        {
            return NotFound();
        }
        Matrix = await lijst.MatrixAsync(Eenheid, ct);
        return Page();
    }
}
