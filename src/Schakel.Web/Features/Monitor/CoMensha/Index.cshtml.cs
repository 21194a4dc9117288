using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Monitor;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Documenten;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor.CoMensha;

/// <summary>
/// CoMensha records on each victim-side referral it received when the presumed victim was registered and by which kind
/// of party; the chain director sees and downloads the counts per municipality and party kind of a year. Others see
/// only why the page is not theirs.
/// </summary>
[Authorize(Policy = MonitorModule.BeleidIntern)]
public sealed class IndexModel(CoMenshaRegistraties registraties, MonitorGegevens gegevens, SchakelDbContext db, TimeProvider tijd) : PageModel
{
    public bool IsCoMensha { get; private set; }
    public bool IsKetenregisseur { get; private set; }
    public IReadOnlyList<CoMenshaDoorverwijzing> Doorverwijzingen { get; private set; } = [];
    public IReadOnlyList<RegistratieTelling> Telling { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Gemeentenamen { get; private set; } = new Dictionary<string, string>();
    public string? Eenheid { get; private set; }
    public int Jaar { get; private set; }
    /// <summary>The referral whose form came back with errors, and those errors (field → error code).</summary>
    public Guid? FoutIn { get; private set; }
    public IReadOnlyDictionary<string, string> Fouten { get; private set; } = new Dictionary<string, string>();
    public RegistratieInvoer? Ingevuld { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? jaar, CancellationToken ct)
    {
        await LaadAsync(jaar, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int? jaar, CancellationToken ct)
    {
        await LaadAsync(jaar, ct);
        if (!IsKetenregisseur || Eenheid is null)
        {
            return Forbid();
        }

        var tabel = new Tabel("comensha", $"Registraties bij CoMensha {Eenheid} {Jaar}", ["gemeente", "cbs-code", "partijsoort", "aantal"],
            Telling.Select(t => (IReadOnlyList<object?>)[Naam(t.GemeenteCode), t.GemeenteCode, t.Partijsoort, t.Aantal]).ToList());
        return File(CsvSchrijver.Schrijf(tabel), Documentresultaat.CsvType, $"comensha-registraties-{Eenheid}-{Jaar}.csv");
    }

    public async Task<IActionResult> OnPostAsync(Guid doorverwijzing, [FromForm] string? geregistreerdOp, [FromForm] string? partijsoort, CancellationToken ct)
    {
        var org = User.OrganisatieId();
        if (!await registraties.IsCoMenshaAsync(org, ct))
        {
            return Forbid();
        }

        var invoer = new RegistratieInvoer(geregistreerdOp, partijsoort);
        var medewerker = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
        switch (await registraties.VastleggenAsync(doorverwijzing, invoer, org!.Value, User.AlsActor(), medewerker, Herkomst.Web, ct))
        {
            case RegistratieUitkomst.Gelukt:
                // Post/redirect/get: a reload asks nothing again; the same values sent twice change nothing.
                TempData["Gedaan"] = "vastgelegd";
                return RedirectToPage();
            case RegistratieUitkomst.Ongeldig o:
                FoutIn = doorverwijzing;
                Fouten = o.Fouten;
                Ingevuld = invoer;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                await LaadAsync(null, ct);
                return Page();
            default:
                return NotFound();
        }
    }

    public string Naam(string? gemeente) => gemeente is null ? "—" : Gemeentenamen.GetValueOrDefault(gemeente, gemeente);

    private async Task LaadAsync(int? jaar, CancellationToken ct)
    {
        var org = User.OrganisatieId();
        IsCoMensha = await registraties.IsCoMenshaAsync(org, ct);
        IsKetenregisseur = User.IsInRole(Rollen.Ketenregisseur);
        var indeling = await gegevens.IndelingAsync(ct);
        Gemeentenamen = indeling.Gemeenten.ToDictionary(g => g.CbsCode, g => g.Naam, StringComparer.Ordinal);
        Jaar = jaar is >= 2000 and <= 2100 ? jaar.Value : Periode.Lokaal(tijd.GetUtcNow()).Year;
        if (IsCoMensha)
        {
            Doorverwijzingen = await registraties.LijstAsync(org!.Value, ct);
        }

        if (IsKetenregisseur && org is { } o)
        {
            // The chain director's own police unit; an organisation in several units sees the first by code.
            Eenheid = (await MonitorModule.EenhedenVanAsync(db, o, ct)).Order(StringComparer.Ordinal).FirstOrDefault();
            if (Eenheid is not null)
            {
                Telling = await registraties.TellingAsync(Eenheid, Jaar, User.AlsActor(), Herkomst.Web, ct);
            }
        }
    }
}
