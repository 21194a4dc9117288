using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Features.Meldpunt.Opvolging;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Meldpunt.Mijn;

[Authorize(Policy = MeldpuntBeleid.Professional)]
public sealed class EigenMeldingModel(MeldpuntOpvolging opvolging) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Tekst { get; set; }

    public MeldingOpvolging? Melding { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ToonAsync(ct);

    [Invoerlengte(Schakel.Core.Meldpunt.MeldingLimieten.Reactie, "Tekst")]
    public async Task<IActionResult> OnPostReactieAsync(CancellationToken ct) =>
        await NaAsync(await opvolging.ReageerOpEigenAsync(Id, User, Tekst, [], ct), "Gedaan.Reactie", ct);

    public async Task<IActionResult> OnPostOmzettenAsync(CancellationToken ct) =>
        await NaAsync(await opvolging.ZetEigenOmNaarMeldingAsync(Id, User, ct), "Gedaan.EigenOmgezet", ct);

    private async Task<IActionResult> NaAsync(ReactieUitkomst uitkomst, string gelukt, CancellationToken ct)
    {
        switch (uitkomst.Resultaat)
        {
            case ReactieResultaat.OnbekendeCode:
                return NotFound();
            case ReactieResultaat.Ongeldig:
                foreach (var (veld, fouten) in uitkomst.Fouten)
                {
                    ModelState.AddModelError(veld == "tekst" ? nameof(Tekst) : "", string.Join(" ", fouten));
                }
                return await ToonAsync(ct);
            default:
                TempData["Melding"] = gelukt;
                return RedirectToPage(new { Id });
        }
    }

    private async Task<IActionResult> ToonAsync(CancellationToken ct)
    {
        Melding = await opvolging.EigenMeldingAsync(Id, User, ct);
        return Melding is null ? NotFound() : Page();
    }
}
