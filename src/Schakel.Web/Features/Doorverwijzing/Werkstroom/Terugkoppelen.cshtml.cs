using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Doorverwijzing.Triage;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Werkstroom;

/// <summary>
/// The reporting point passes a partner's outcome on to the reporter: one of the fixed texts, which the reporter
/// reads in their own language and which names no partner. Problems show next to the choice.
/// </summary>
[Authorize(Policy = MeldpuntBeleid.Behandelen)]
public sealed class TerugkoppelenModel(UitkomstTerugkoppelen terugkoppelen, MeldpuntBehandeling behandeling, ITeksten<TriageTeksten> teksten) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Sjabloon { get; set; }

    public List<string> Fouten { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await behandeling.VindAsync(Id, User, "melding.terugkoppeling", ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var uitkomst = await terugkoppelen.KoppelTerugAsync(Id, User, new UitkomstTerugkoppelingInvoer(Sjabloon), Herkomst.Web, ct);
        switch (uitkomst.Resultaat)
        {
            case Handelingsresultaat.NietGevonden:
                return NotFound();
            case Handelingsresultaat.Gelukt:
                TempData["Melding"] = "Teruggekoppeld";
                return Redirect($"/meldpunt/medewerkers/melding/{Id}");
        }
        // The use case's field names, in the reader's language.
        foreach (var veld in uitkomst.Fouten.Keys)
        {
            Fouten.Add(teksten[veld == "doorverwijzingen" ? "FoutGeenUitkomst" : "FoutSjabloon"].Value);
        }
        ModelState.AddModelError(nameof(Sjabloon), "");
        return Page();
    }

    public static IReadOnlyList<string> Sjablonen => Terugkoppeling.UitkomstSleutels;
}
