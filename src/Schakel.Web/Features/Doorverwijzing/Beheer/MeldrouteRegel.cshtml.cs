using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Beheer;

/// <summary>
/// Edits one rule in a form: a field per condition, a row per outcome (and an empty row to add one). Problems are
/// shown next to their field in the reader's language; nothing is saved until every field is right.
/// </summary>
[Authorize(Policy = DoorverwijzingBeleid.MeldrouteBeheren)]
public sealed class MeldrouteRegelModel(MeldrouteOpslag opslag, ITeksten<MeldrouteTeksten> teksten) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public RegelFormulier Formulier { get; set; } = new() { Nummer = "", Uitkomsten = [new()] };

    public bool IsNieuw { get; private set; } = true;
    public IReadOnlyList<MeldrouteRegelVersie> Versies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LaadAsync(ct))
        {
            return NotFound();
        }
        if (Versies.Count > 0)
        {
            Formulier = RegelFormulier.Van(Versies[0]);
            Formulier.Uitkomsten.Add(new UitkomstFormulier());
        }
        AlternatiefFormulier.VoegLegeSetsToe(Formulier.Alternatieven);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LaadAsync(ct))
        {
            return NotFound();
        }
        // The form is read by RegelFormulier alone; the framework's own binding messages are not shown.
        ModelState.Clear();
        var code = IsNieuw ? Formulier.NieuweCode?.Trim() ?? "" : Code!;
        var (voorwaarden, uitkomsten, nummer, fouten) = Formulier.Lees(IsNieuw);
        var huidig = await opslag.HuidigeRijenAsync(ct);
        if (IsNieuw && (await opslag.VersiesAsync(code, ct)).Count > 0)
        {
            fouten.Add(("Formulier.NieuweCode", "Fout.CodeBestaat", []));
        }
        if (huidig.FirstOrDefault(r => r.Nummer == nummer && r.Code != code) is { } bezet)
        {
            fouten.Add(("Formulier.Nummer", "Fout.NummerBezet", [bezet.Naam]));
        }
        if (fouten.Count == 0)
        {
            var wijziging = await opslag.WijzigAsync(
                new RegelInvoer(code, nummer, Formulier.Naam!.Trim(), Formulier.Actief, voorwaarden!, uitkomsten!, Formulier.Reden),
                User.AlsActor(), Herkomst.Web, ct);
            if (wijziging.Opgeslagen is { } opgeslagen)
            {
                TempData["Melding"] = teksten["Opgeslagen", opgeslagen.Naam, opgeslagen.Versie].Value;
                return RedirectToPage("/Features/Doorverwijzing/Beheer/Meldroute");
            }
            // The form checked every field already; what remains is a change made at the same moment.
            fouten.Add(("", "Fout.Gelijktijdig", []));
        }
        foreach (var (veld, sleutel, argumenten) in fouten)
        {
            ModelState.AddModelError(veld, teksten[sleutel, argumenten].Value);
        }
        if (Formulier.Uitkomsten.Count == 0 || !string.IsNullOrEmpty(Formulier.Uitkomsten[^1].Doeltype))
        {
            Formulier.Uitkomsten.Add(new UitkomstFormulier());
        }
        AlternatiefFormulier.VoegLegeSetsToe(Formulier.Alternatieven);
        return Page();
    }

    private async Task<bool> LaadAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Code))
        {
            return true;
        }
        Versies = await opslag.VersiesAsync(Code, ct);
        IsNieuw = false;
        return Versies.Count > 0;
    }
}
