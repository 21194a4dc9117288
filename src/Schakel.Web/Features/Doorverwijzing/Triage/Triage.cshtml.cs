using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Triage;

/// <summary>Triage form: prefilled from the newest triage, else from what the reporter wrote, shown beside it.</summary>
[Authorize(Policy = MeldpuntBeleid.Behandelen)]
public sealed class TriageModel(TriageBehandeling triage, SchakelDbContext db) : PageModel
{
    public const int LegeAanknopingspunten = 2;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public TriageInvoer Formulier { get; set; } = new();

    public TriageStand? Stand { get; private set; }
    public IReadOnlyList<(string Code, string Naam)> Gemeenten { get; private set; } = [];
    public IReadOnlyList<(string Code, string Label)> Indicatoren { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LaadAsync(ct))
        {
            return NotFound();
        }
        var t = Stand!.Triage;
        var melder = Stand.Melder;
        Formulier = t is not null
            ? new TriageInvoer
            {
                Uitbuitingsvormen = t.Uitbuitingsvormen, Indicatoren = t.Indicatoren, Urgentie = t.Urgentie, MinderjarigBetrokken = t.MinderjarigBetrokken,
                Zijde = t.Zijde, GemeenteCode = t.GemeenteCode, Aanknopingspunten = t.Aanknopingspunten,
                MelderIsGemeentemedewerker = t.MelderIsGemeentemedewerker, IllegaleProstitutieOfMalafideBedrijf = t.IllegaleProstitutieOfMalafideBedrijf,
            }
            : new TriageInvoer
            {
                Uitbuitingsvormen = melder.Uitbuitingsvormen, Indicatoren = melder.Indicatoren,
                Urgentie = melder.AcuutGevaar ? "acuut" : melder.Urgent ? "hoog" : "normaal",
                MinderjarigBetrokken = melder.MinderjarigBetrokken, Zijde = "onbekend", GemeenteCode = melder.GemeenteCode,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var uitkomst = await triage.SlaOpAsync(Id, User, Formulier, Herkomst.Web, ct);
        switch (uitkomst.Resultaat)
        {
            case Handelingsresultaat.NietGevonden:
                return NotFound();
            case Handelingsresultaat.Gelukt:
                TempData["Melding"] = "TriageOpgeslagen";
                return Redirect($"/meldpunt/medewerkers/melding/{Id}/doorverwijzen");
        }
        ModelState.Clear();
        foreach (var (veld, fouten) in uitkomst.Fouten)
        {
            ModelState.AddModelError(veld, fouten[0]);
        }
        return await LaadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LaadAsync(CancellationToken ct)
    {
        Stand = await triage.LeesAsync(Id, User, Herkomst.Web, ct);
        if (Stand is null)
        {
            return false;
        }
        Gemeenten = (await db.Set<Gemeente>().AsNoTracking().Select(g => new { g.CbsCode, g.Naam }).ToListAsync(ct))
            .OrderBy(g => g.Naam, StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), true)).Select(g => (g.CbsCode, g.Naam)).ToList();
        var engels = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        Indicatoren = (await db.Set<Indicator>().AsNoTracking().Where(i => i.Actief).OrderBy(i => i.Groep).ThenBy(i => i.Code)
            .Select(i => new { i.Code, i.LabelNl, i.LabelEn }).ToListAsync(ct)).Select(i => (i.Code, engels ? i.LabelEn : i.LabelNl)).ToList();
        return true;
    }

    public string? Fout(string veld) => ModelState.TryGetValue(veld, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;
}
