using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Keten.Stakeholders;

/// <summary>The analysis as CSV for the monitor.</summary>
[Authorize(Policy = KetenBeleid.Lezen)]
public sealed class CsvModel(StakeholderOpslag opslag) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        File(StakeholderOpslag.Csv(await opslag.AllesAsync(ct)), "text/csv; charset=utf-8", "stakeholderanalyse.csv");
}
