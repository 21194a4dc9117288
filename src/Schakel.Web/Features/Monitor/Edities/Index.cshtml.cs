using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor.Edities;

/// <summary>
/// The monitor editions for the chain director (who starts a new one) and the working group (who reads those in
/// review). Region and year are form fields, never in a URL with personal data (there is none here).
/// </summary>
[Authorize(Policy = MonitorModule.BeleidIntern)]
public sealed class IndexModel(MonitorEdities edities, MonitorCijfers cijfers, MonitorWerkgroep werkgroep, TimeProvider tijd) : PageModel
{
    public IReadOnlyList<MonitorEditie> Lijst { get; private set; } = [];
    public IReadOnlyList<KeyValuePair<string, string>> Eenheden { get; private set; } = [];
    public bool MagMaken { get; private set; }
    public string? Eenheid { get; set; }
    public int Jaar { get; set; }
    public Dictionary<string, string> Fouten { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!MagZien())
        {
            return Forbid();
        }

        await LaadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? eenheid, [FromForm] int? jaar, CancellationToken ct)
    {
        if (!MonitorWerkgroep.IsKetenregisseur(User))
        {
            return Forbid();
        }

        await LaadAsync(ct);
        Eenheid = eenheid;
        Jaar = jaar ?? 0;
        if (eenheid is null || Eenheden.All(e => e.Key != eenheid))
        {
            Fouten["eenheid"] = "FoutEenheid";
        }

        var huidig = tijd.GetUtcNow().Year;
        if (jaar is not { } j || j < 2000 || j > huidig)
        {
            Fouten["jaar"] = "FoutJaar";
        }

        if (Fouten.Count > 0)
        {
            return Page();
        }

        var uitkomst = await edities.MaakAsync(eenheid!, jaar!.Value, User.AlsActor(), Herkomst.Web, ct);
        if (uitkomst.Editie is null)
        {
            // The only other refusal: this region already has an edition for that year.
            Fouten["jaar"] = "FoutBestaat";
            return Page();
        }

        return RedirectToPage("Editie", new { id = uitkomst.Editie.Id });
    }

    private bool MagZien() => MonitorWerkgroep.IsKetenregisseur(User) || werkgroep.Rollen.Any(User.IsInRole);

    private async Task LaadAsync(CancellationToken ct)
    {
        MagMaken = MonitorWerkgroep.IsKetenregisseur(User);
        Lijst = await edities.LijstAsync(false, ct);
        Eenheden = (await cijfers.IndelingAsync(ct)).Eenheden.OrderBy(e => e.Value, StringComparer.Ordinal).ToList();
        Jaar = Jaar == 0 ? tijd.GetUtcNow().Year : Jaar;
    }
}
