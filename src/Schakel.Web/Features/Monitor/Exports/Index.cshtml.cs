using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Monitor;
using Schakel.Web.Data;
using Schakel.Web.Features.Documenten;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor.Exports;

/// <summary>
/// The chain director's downloads of the monitor: the RIEC quarterly CSV and the anonymised CTDC dataset with its
/// codebook, for each police unit the organisation works in.
/// </summary>
[Authorize(Policy = MonitorModule.BeleidKetenregie)]
public sealed class IndexModel(SchakelDbContext db, TimeProvider tijd, CtdcExport ctdc) : PageModel
{
    public IReadOnlyList<string> Eenheden { get; private set; } = [];
    public int Jaar { get; private set; }

    public async Task OnGetAsync(int? jaar, CancellationToken ct)
    {
        Jaar = jaar is >= 2000 and <= 2100 ? jaar.Value : Periode.Lokaal(tijd.GetUtcNow()).Year;
        Eenheden = await EenhedenAsync(ct);
    }

    public Task<IActionResult> OnGetCtdcAsync(string? eenheid, CancellationToken ct) => CtdcAsync(eenheid, codeboek: false, ct);

    public Task<IActionResult> OnGetCodeboekAsync(string? eenheid, CancellationToken ct) => CtdcAsync(eenheid, codeboek: true, ct);

    private async Task<IActionResult> CtdcAsync(string? eenheid, bool codeboek, CancellationToken ct)
    {
        if (eenheid is null || !(await EenhedenAsync(ct)).Contains(eenheid))
        {
            return NotFound();
        }

        var uitvoer = await ctdc.MaakAsync(eenheid, User.AlsActor(), Herkomst.Web, ct);
        if (uitvoer is null)
        {
            return NotFound();
        }

        var tabel = codeboek ? uitvoer.Codeboek : uitvoer.Gegevens;
        return File(CsvSchrijver.Schrijf(tabel), Documentresultaat.CsvType, $"ctdc-{(codeboek ? "codeboek" : "dataset")}-{eenheid}.csv");
    }

    private async Task<IReadOnlyList<string>> EenhedenAsync(CancellationToken ct) =>
        (await MonitorModule.EenhedenVanAsync(db, User.OrganisatieId()!.Value, ct)).Order(StringComparer.Ordinal).ToList();
}
