using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Privacy.Rechten;

/// <summary>
/// One request: the person's details (a read, audited), the deadline, the search on pseudonyms, the hits (each read audited) with what was
/// done per hit, lifting a restriction (also after the answer), the extension and the answer. Every step is post/redirect/get; errors are shown next to their field.
/// A request of another organisation is 404 (a beheerder sees all).
/// </summary>
[Authorize(Policy = RechtenModule.Beleid)]
public sealed class VerzoekModel(Verzoeken verzoeken) : PageModel
{
    public const string MeldingSleutel = "VerzoekMelding";

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public Guid Treffer { get; set; }
    [BindProperty] public TrefferUitkomst? Uitkomst { get; set; }
    [BindProperty] public WeigeringGrond? Grond { get; set; }
    [BindProperty] public string? Toelichting { get; set; }
    [BindProperty] public string? Reden { get; set; }
    [BindProperty] public string? Antwoord { get; set; }
    [BindProperty] public string? OpheffingReden { get; set; }
    [BindProperty] public bool Geinformeerd { get; set; }

    public VerzoekDetail? Detail { get; private set; }
    public IReadOnlyDictionary<string, string> Fouten { get; private set; } = new Dictionary<string, string>();
    public string? Melding { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Melding = TempData[MeldingSleutel] as string;
        Detail = await verzoeken.LeesAsync(User, Id, Herkomst.Web, ct);
        return Detail is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostZoekenAsync(CancellationToken ct) =>
        await verzoeken.ZoekAsync(User, Id, Herkomst.Web, ct) is null ? NotFound() : Terug("MeldingGezocht");

    public async Task<IActionResult> OnPostBehandelenAsync(CancellationToken ct) =>
        await NaAsync(await verzoeken.BehandelAsync(User, Id, Treffer, Uitkomst, Grond, Toelichting, Herkomst.Web, ct), "MeldingBehandeld", ct);

    public async Task<IActionResult> OnPostOpheffenAsync(CancellationToken ct) =>
        await NaAsync(await verzoeken.HefBeperkingOpAsync(User, Id, Treffer, OpheffingReden, Geinformeerd, Herkomst.Web, ct), "MeldingOpgeheven", ct);

    public async Task<IActionResult> OnPostVerlengenAsync(CancellationToken ct) =>
        await NaAsync(await verzoeken.VerlengAsync(User, Id, Reden, Herkomst.Web, ct), "MeldingVerlengd", ct);

    public async Task<IActionResult> OnPostBeantwoordenAsync(CancellationToken ct) =>
        await NaAsync(await verzoeken.BeantwoordAsync(User, Id, Antwoord, Herkomst.Web, ct), "MeldingBeantwoord", ct);

    public string? Fout(string veld) => Fouten.GetValueOrDefault(veld);

    private async Task<IActionResult> NaAsync(VerzoekUitkomst uitkomst, string melding, CancellationToken ct)
    {
        if (uitkomst.NietGevonden)
        {
            return NotFound();
        }
        if (!uitkomst.Gelukt)
        {
            Fouten = uitkomst.Fouten;
            Detail = await verzoeken.LeesAsync(User, Id, Herkomst.Web, ct);
            return Detail is null ? NotFound() : Page();
        }
        return Terug(melding);
    }

    private RedirectToPageResult Terug(string melding)
    {
        TempData[MeldingSleutel] = melding;
        return RedirectToPage(new { id = Id });
    }
}
