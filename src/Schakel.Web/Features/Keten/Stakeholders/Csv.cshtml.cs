using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Documenten;

namespace Schakel.Web.Features.Keten.Stakeholders;

/// <summary>The analysis as CSV for the monitor (formula-safe, UTF-8 with BOM: the shared writer).</summary>
[Authorize(Policy = KetenBeleid.Lezen)]
public sealed class CsvModel(StakeholderOpslag opslag) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        File(CsvSchrijver.Schrijf(StakeholderOpslag.Tabel(await opslag.AllesAsync(ct))), Documentresultaat.CsvType, "stakeholderanalyse.csv");
}
