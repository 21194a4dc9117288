using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Documenten;

namespace Schakel.Web.Features.Keten.Stakeholders;

/// <summary>The analysis as a workbook for the monitor: a cover sheet, then the table.</summary>
[Authorize(Policy = KetenBeleid.Lezen)]
public sealed class XlsxModel(StakeholderOpslag opslag) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var tabel = StakeholderOpslag.Tabel(await opslag.AllesAsync(ct));
        using var uit = new MemoryStream();
        await XlsxSchrijver.SchrijfAsync(uit, new Werkmap("Stakeholderanalyse", "Schakel, stakeholderanalyse van de keten",
            "Belang en invloed: hoog, middel of laag (Jaarplan Mensenhandel 2024 §4.4).", [tabel]), ct);
        return File(uit.ToArray(), Documentresultaat.XlsxType, "stakeholderanalyse.xlsx");
    }
}
