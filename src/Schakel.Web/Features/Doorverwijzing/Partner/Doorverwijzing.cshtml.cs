using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Doorverwijzing.Partner;

/// <summary>
/// One referral: for the receiver the report as its level allows, the conversation and the actions; for the
/// sender the status, the conversation and the answer form. Anyone else gets 404.
/// </summary>
[Authorize(Policy = DoorverwijzingBeleid.DoorverwijzingVolgen)]
public sealed class DoorverwijzingModel(DoorverwijzingLezer lezer, DoorverwijzingAfhandeling afhandeling, ITeksten<PartnerTeksten> teksten) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Actie { get; set; }

    [BindProperty]
    public string? Tekst { get; set; }

    [BindProperty]
    public string? Soort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Opgeslagen { get; set; }

    public DoorverwijzingWeergave? Weergave { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        (Weergave = await lezer.LeesAsync(Id, User, Herkomst.Web, ct)) is null ? NotFound() : Page();

    [Invoerlengte(DoorverwijzingAfhandeling.MaximaleTekstLengte, "Tekst")]
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Enum.TryParse<DoorverwijzingActie>(Actie, ignoreCase: true, out var actie) || !Enum.IsDefined(actie))
        {
            return BadRequest();
        }
        var u = await afhandeling.VoerUitAsync(Id, User, actie, Tekst, Soort, Herkomst.Web, ct);
        switch (u.Resultaat)
        {
            case ActieResultaat.NietGevonden:
                return NotFound();
            case ActieResultaat.Gelukt:
                return Redirect($"/doorverwijzingen/{Id}?opgeslagen=true");
            case ActieResultaat.Beperkt:
                ModelState.AddModelError(Veld(actie), teksten["BerichtBeperkt"]);
                break;
            case ActieResultaat.NietToegestaan:
                ModelState.AddModelError(Veld(actie), teksten["NietToegestaan", Label(u.Status!.Value), string.Join(", ", u.Toegestaan!.Select(Label))]);
                break;
            default:
                ModelState.AddModelError(Veld(actie), teksten[string.IsNullOrWhiteSpace(Tekst) ? "TekstVerplicht" : "TekstTeLang"]);
                break;
        }
        Weergave = await lezer.LeesAsync(Id, User, Herkomst.Web, ct);
        return Weergave is null ? NotFound() : Page();
    }

    private string Label(DoorverwijzingStatus s) => teksten["Status_" + JsonNamingPolicy.CamelCase.ConvertName(s.ToString())];

    /// <summary>The form field an action's error belongs to, so it is shown next to that form.</summary>
    public static string Veld(DoorverwijzingActie actie) => "actie-" + actie.ToString().ToLowerInvariant();

    public string? Fout(DoorverwijzingActie actie) =>
        ModelState.TryGetValue(Veld(actie), out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;
}
