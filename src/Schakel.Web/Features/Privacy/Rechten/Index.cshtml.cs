using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Privacy.Rechten;

/// <summary>The requests of people concerned with their deadlines (no personal data in the list), and the form to register one.</summary>
[Authorize(Policy = RechtenModule.LijstBeleid)]
public sealed class IndexModel(Verzoeken verzoeken, TimeProvider tijd) : PageModel
{
    [BindProperty] public VerzoekSoort? Soort { get; set; }
    [BindProperty] public DateOnly? OntvangenOp { get; set; }
    [BindProperty] public string? Naam { get; set; }
    [BindProperty] public DateOnly? Geboortedatum { get; set; }
    [BindProperty] public string? Telefoon { get; set; }
    [BindProperty] public string? Email { get; set; }

    public IReadOnlyList<VerzoekRegel> Regels { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Fouten { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        OntvangenOp ??= DateOnly.FromDateTime(tijd.GetUtcNow().UtcDateTime);
        Regels = await verzoeken.LijstAsync(User, ct);
    }

    public bool MagBehandelen => Verzoeken.MagBehandelen(User);

    /// <summary>Who sees every organisation's requests needs to know whose each one is, to know whom to ask about it.</summary>
    public bool ZietAlle => Verzoeken.ZietAlle(User);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!MagBehandelen)
        {
            return Forbid();
        }
        var uitkomst = await verzoeken.RegistreerAsync(User, new VerzoekInvoer(Soort, OntvangenOp, Naam, Geboortedatum, Telefoon, Email), ct);
        if (!uitkomst.Gelukt)
        {
            Fouten = uitkomst.Fouten;
            Regels = await verzoeken.LijstAsync(User, ct);
            return Page();
        }
        // Post/redirect/get: the new request's page; its id is no personal data.
        TempData[VerzoekModel.MeldingSleutel] = "MeldingGeregistreerd";
        return RedirectToPage("Verzoek", new { id = uitkomst.Id });
    }

    public string? Fout(string veld) => Fouten.GetValueOrDefault(veld);
}
