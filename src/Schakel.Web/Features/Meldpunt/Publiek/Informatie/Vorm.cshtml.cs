using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Meldpunt.Publiek.Informatie;

/// <summary>One form of exploitation in plain words, with its signs read live from the indicator table.</summary>
public sealed class VormModel(SchakelDbContext db) : PageModel
{
    public string Vorm { get; private set; } = "";
    public IReadOnlyList<Signaalgroep> Signalen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string vorm, CancellationToken ct)
    {
        if (!MeldFormulier.Vormen.Contains(vorm, StringComparer.Ordinal))
        {
            return NotFound();
        }
        Vorm = vorm;
        Signalen = await Signalenkaart.LeesAsync(db, HttpContext, i => i.HoortBij(vorm), ct);
        return Page();
    }
}
