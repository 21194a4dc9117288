using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Beheer;

/// <summary>
/// Edits one rule. Conditions and outcomes are edited as JSON in the same shape the API and an export use, so
/// every condition the engine knows can be set without a form field per option.
/// </summary>
[Authorize(Policy = DoorverwijzingBeleid.MeldrouteBeheren)]
public sealed class MeldrouteRegelModel(MeldrouteOpslag opslag, ITeksten<MeldrouteTeksten> teksten) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public RegelFormulier Formulier { get; set; } = new();

    public bool IsNieuw { get; private set; } = true;
    public IReadOnlyList<MeldrouteRegelVersie> Versies { get; private set; } = [];

    public sealed class RegelFormulier
    {
        public string? NieuweCode { get; set; }
        public int Nummer { get; set; }
        [StringLength(200)]
        public string? Naam { get; set; }
        public bool Actief { get; set; } = true;
        [StringLength(20_000)]
        public string? Voorwaarden { get; set; } = "{}";
        [StringLength(20_000)]
        public string? Uitkomsten { get; set; } = "[]";
        [StringLength(1000)]
        public string? Reden { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LaadAsync(ct))
        {
            return NotFound();
        }
        if (Versies.Count > 0)
        {
            var huidig = Versies[0];
            Formulier = new RegelFormulier
            {
                Nummer = huidig.Nummer, Naam = huidig.Naam, Actief = huidig.Actief,
                Voorwaarden = huidig.VoorwaardenJson, Uitkomsten = huidig.UitkomstenJson,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LaadAsync(ct))
        {
            return NotFound();
        }
        var code = IsNieuw ? Formulier.NieuweCode?.Trim() ?? "" : Code!;
        var fouten = new Dictionary<string, string[]>();
        var voorwaarden = RegelInvoerLezer.LeesJson<RegelVoorwaarden>(Leeg(Formulier.Voorwaarden, "{}"), "voorwaarden", fouten);
        var uitkomsten = RegelInvoerLezer.LeesJson<List<RegelUitkomst>>(Leeg(Formulier.Uitkomsten, "[]"), "uitkomsten", fouten);
        if (ModelState.IsValid && voorwaarden is not null && uitkomsten is not null)
        {
            var wijziging = await opslag.WijzigAsync(
                new RegelInvoer(code, Formulier.Nummer, Formulier.Naam ?? "", Formulier.Actief, voorwaarden, uitkomsten, Formulier.Reden),
                User.AlsActor(), Herkomst.Web, ct);
            if (wijziging.Opgeslagen is { } opgeslagen)
            {
                TempData["Melding"] = teksten["Opgeslagen", opgeslagen.Naam, opgeslagen.Versie].Value;
                return RedirectToPage("/Features/Doorverwijzing/Beheer/Meldroute");
            }
            fouten = new(wijziging.Fouten);
        }
        foreach (var (veld, berichten) in fouten)
        {
            foreach (var bericht in berichten)
            {
                ModelState.AddModelError(Veldnaam(veld), bericht);
            }
        }
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

    private static string Leeg(string? waarde, string standaard) => string.IsNullOrWhiteSpace(waarde) ? standaard : waarde;

    private static string Veldnaam(string veld) => veld switch
    {
        "code" => "Formulier.NieuweCode",
        "naam" => "Formulier.Naam",
        "nummer" => "Formulier.Nummer",
        "voorwaarden" => "Formulier.Voorwaarden",
        "uitkomsten" => "Formulier.Uitkomsten",
        "reden" => "Formulier.Reden",
        _ => "",
    };
}
