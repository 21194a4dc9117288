using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Meldpunt.Medewerkers;

[Authorize(Policy = MeldpuntBeleid.Behandelen)]
public sealed class MeldingModel(MeldpuntBehandeling behandeling) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MeldingDetail? Melding { get; private set; }

    public IReadOnlyList<Samenvoegkandidaat> Kandidaten { get; private set; } = [];

    [BindProperty]
    public string? Tekst { get; set; }

    [BindProperty]
    public MeldingStatus? NieuweStatus { get; set; }

    [BindProperty]
    public Guid? SamenvoegenMet { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ToonAsync(ct);

    /// <summary>Always a download, never shown inline: an uploaded file is not trusted in the app's origin.</summary>
    public async Task<IActionResult> OnGetBijlageAsync(Guid bijlageId, CancellationToken ct) =>
        await behandeling.BijlageAsync(Id, bijlageId, User, ct) is { } b
            ? File(b.Inhoud, b.ContentType, $"bijlage-{bijlageId:N}.{b.ContentType[(b.ContentType.IndexOf('/') + 1)..]}")
            : NotFound();

    [Invoerlengte(MeldingLimieten.Reactie, "Tekst")]
    public async Task<IActionResult> OnPostBerichtAsync(CancellationToken ct) =>
        await NaAsync(await behandeling.StuurBerichtAsync(Id, User, Tekst, ct), "Gedaan.Bericht", nameof(Tekst), ct);

    public async Task<IActionResult> OnPostStatusAsync(CancellationToken ct) => NieuweStatus is { } status
        ? await NaAsync(await behandeling.WijzigStatusAsync(Id, User, status, ct: ct), "Gedaan.Status", nameof(NieuweStatus), ct)
        : await NaAsync(Handeling.Ongeldig("KiesStatus"), "", nameof(NieuweStatus), ct);

    public async Task<IActionResult> OnPostSamenvoegenAsync(CancellationToken ct) => SamenvoegenMet is { } met
        ? await NaAsync(await behandeling.WijzigStatusAsync(Id, User, MeldingStatus.Samengevoegd, met, ct), "Gedaan.Samengevoegd", nameof(SamenvoegenMet), ct)
        : await NaAsync(Handeling.Ongeldig("KiesSamenvoegen"), "", nameof(SamenvoegenMet), ct);

    public async Task<IActionResult> OnPostOmzettenAsync(CancellationToken ct) =>
        await NaAsync(await behandeling.ZetOmNaarMeldingAsync(Id, User, ct), "Gedaan.Omgezet", "", ct);

    private async Task<IActionResult> NaAsync(Handeling h, string gelukt, string veld, CancellationToken ct)
    {
        switch (h.Resultaat)
        {
            case Handelingsresultaat.NietGevonden:
                return NotFound();
            case Handelingsresultaat.Ongeldig:
                ModelState.AddModelError(veld, h.Fout!);
                return await ToonAsync(ct);
            default:
                TempData["Melding"] = gelukt;
                return RedirectToPage(new { Id });
        }
    }

    private async Task<IActionResult> ToonAsync(CancellationToken ct)
    {
        Melding = await behandeling.OpenAsync(Id, User, ct);
        if (Melding is null)
        {
            return NotFound();
        }
        if (Melding.VolgendeStatussen.Contains(MeldingStatus.Samengevoegd))
        {
            Kandidaten = await behandeling.SamenvoegkandidatenAsync(Id, User, ct);
        }
        return Page();
    }
}
