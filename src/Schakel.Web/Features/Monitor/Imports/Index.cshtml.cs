using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Monitor;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor.Imports;

/// <summary>
/// The chain director imports partner figures: a template per source, upload of a filled template (CSV or XLSX), one
/// figure by hand, and withdrawing an import. Every bad cell is listed with its row and column; nothing is stored then.
/// </summary>
[Authorize(Policy = MonitorModule.BeleidKetenregie)]
public sealed class IndexModel(PartnerImports imports, SchakelDbContext db, Verzendsleutels verzendsleutels) : PageModel
{
    public const long MaxBestand = 2 * 1024 * 1024;

    public IReadOnlyList<PartnerImport> Imports { get; private set; } = [];
    public IReadOnlyList<ImportFout> Fouten { get; private set; } = [];
    /// <summary>Which form the errors belong to: "bestand" or "hand".</summary>
    public string? FoutenVan { get; private set; }
    public HandInvoer Hand { get; private set; } = new();
    /// <summary>The one-time token of this page's forms: a second sending of the same form stores nothing new.</summary>
    public string Formuliersleutel { get; private set; } = VerzendsleutelInvoer.Nieuw();

    public sealed class HandInvoer
    {
        public string? Bron { get; set; }
        public string? Maatstaf { get; set; }
        public string? Gebied { get; set; }
        public string? Periode { get; set; }
        public string? Uitbuitingsvorm { get; set; }
        public string? Waarde { get; set; }
        public string? Document { get; set; }
        public string? Sectie { get; set; }
        public string? Datum { get; set; }
        public string? Gepubliceerd { get; set; }
    }

    public string? Fout(string kolom) => FoutenVan == "hand" ? Fouten.FirstOrDefault(f => f.Kolom == kolom)?.Melding : null;

    public async Task OnGetAsync(CancellationToken ct) => await LaadAsync(ct);

    public IActionResult OnGetSjabloon(string bron) => PartnerBronnen.Zoek(bron) is { } b
        ? File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ImportBestand.Sjabloon(b))).ToArray(), "text/csv", $"sjabloon-{b.Code}.csv")
        : NotFound();

    public async Task<IActionResult> OnPostBestandAsync(string? bron, IFormFile? bestand, [FromForm] string? formuliersleutel, CancellationToken ct)
    {
        List<IReadOnlyDictionary<string, string?>> rijen = [];
        List<ImportFout> fouten = [];
        if (bestand is null || bestand.Length == 0)
        {
            fouten.Add(new ImportFout(0, "bestand", "Kies een bestand (CSV of XLSX volgens het sjabloon)."));
        }
        else if (bestand.Length > MaxBestand)
        {
            fouten.Add(new ImportFout(0, "bestand", "Het bestand is groter dan 2 MB; splits het."));
        }
        else
        {
            await using var stroom = bestand.OpenReadStream();
            (rijen, fouten) = bestand.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
                ? XlsxLezer.Lees(stroom)
                : ImportBestand.LeesCsv(await new StreamReader(stroom, Encoding.UTF8).ReadToEndAsync(ct));
        }

        return await ImporteerAsync(bron, rijen, fouten, "bestand", formuliersleutel, ct);
    }

    public async Task<IActionResult> OnPostHandAsync([FromForm] HandInvoer hand, [FromForm] string? formuliersleutel, CancellationToken ct)
    {
        Hand = hand;
        var rij = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["maatstaf"] = hand.Maatstaf, ["gebied"] = hand.Gebied, ["periode"] = hand.Periode, ["uitbuitingsvorm"] = hand.Uitbuitingsvorm,
            ["waarde"] = hand.Waarde, ["document"] = hand.Document, ["sectie"] = hand.Sectie, ["datum"] = hand.Datum,
            ["gepubliceerd"] = hand.Gepubliceerd,
        };
        return await ImporteerAsync(hand.Bron, [rij], [], "hand", formuliersleutel, ct);
    }

    public async Task<IActionResult> OnPostIntrekkenAsync(Guid id, CancellationToken ct)
    {
        var import = await imports.VindAsync(id, ct);
        if (import is null || import.OrganisatieId != User.OrganisatieId())
        {
            return NotFound();
        }

        await imports.TrekInAsync(id, User.AlsActor(), Herkomst.Web, ct);
        TempData["Gedaan"] = "ingetrokken";
        return RedirectToPage();
    }

    private async Task<IActionResult> ImporteerAsync(
        string? bron, List<IReadOnlyDictionary<string, string?>> rijen, List<ImportFout> fouten, string formulier,
        string? formuliersleutel, CancellationToken ct)
    {
        var geldig = VerzendsleutelInvoer.IsGeldig(formuliersleutel);
        if (geldig)
        {
            // A form sent back with errors keeps its token, so the corrected sending is still the one sending.
            Formuliersleutel = formuliersleutel!;
        }

        if (fouten.Count == 0)
        {
            var org = User.OrganisatieId()!.Value;
            var sleutelHash = geldig
                ? verzendsleutels.SleutelHash(new VerzendsleutelInvoer($"monitor.import:{org}", formuliersleutel!, TimeSpan.Zero))
                : null;
            var eenheden = await MonitorModule.EenhedenVanAsync(db, org, ct);
            switch (await imports.ImporteerAsync(bron, rijen, eenheden, User.AlsActor(), Herkomst.Web, ct, sleutelHash))
            {
                case ImportUitkomst.Gelukt g:
                    TempData["Gedaan"] = g.Herhaald ? "herhaald" : "ingevoerd";
                    return RedirectToPage();
                case ImportUitkomst.Ongeldig o:
                    fouten = [.. o.Fouten];
                    break;
            }
        }

        Fouten = fouten;
        FoutenVan = formulier;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LaadAsync(ct);
        return Page();
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        var org = User.OrganisatieId();
        Imports = (await imports.LijstAsync(ct)).Where(i => i.OrganisatieId == org).ToList();
    }
}
