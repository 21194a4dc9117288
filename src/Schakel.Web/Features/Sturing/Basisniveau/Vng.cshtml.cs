using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Sturing.Basisniveau;

/// <summary>
/// The VNG framework reports of action 23: the interim report (state on 30 June 2025) and the final picture (state at
/// the end of 2026), per municipality and per group with a verdict per item (<see cref="VngRapportage"/>).
/// </summary>
[Authorize(Policy = SturingModule.Lezen)]
public sealed class VngModel(Basisniveaulijst lijst, TimeProvider tijd) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Soort { get; set; }
    [BindProperty(SupportsGet = true, Name = "eenheid")] public string? Eenheid { get; set; }
    public IReadOnlyList<Regio.Eenheid> Eenheden { get; private set; } = [];

    public bool Eind => Soort == VngRapportage.Eind;
    public VngRapport? Rapport { get; private set; }
    public Matrix? Matrix => Rapport?.Matrix;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Eenheden = await lijst.EenhedenAsync(ct);
        Rapport = await VngRapportage.MaakAsync(lijst, Eenheden, Soort, Eenheid, tijd.GetUtcNow(), ct);
        if (Rapport is null)
        {
            return NotFound();
        }
        Eenheid ??= IndexModel.StandaardEenheid;
        return Page();
    }
}
