using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Sturing.Basisniveau;

/// <summary>
/// The checklist's items (beheerder and ketenregisseur): add, reword, reorder, retire, or load a set at once.
/// The rules live in <see cref="BasisniveauItembeheer"/>; this page only shows them and their errors next to the fields.
/// </summary>
[Authorize(Policy = SturingModule.Checklistbeheer)]
public sealed class ItemsModel(BasisniveauItembeheer beheer) : PageModel
{
    public IReadOnlyList<BasisniveauItem> Items { get; private set; } = [];

    /// <summary>Per form ("nieuw", "laden" or an item's code) its errors per field, as text keys.</summary>
    public Dictionary<string, Dictionary<string, string>> Fouten { get; } = new(StringComparer.Ordinal);
    public IReadOnlyList<int> FouteRegels { get; private set; } = [];
    [TempData] public string? Melding { get; set; }

    [BindProperty] public string? NaamNl { get; set; }
    [BindProperty] public string? NaamEn { get; set; }
    [BindProperty] public string? Beschrijving { get; set; }
    [BindProperty] public int? Volgorde { get; set; }
    [BindProperty] public string? Bron { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Tekst { get; set; }

    public string? Fout(string formulier, string veld) => Fouten.GetValueOrDefault(formulier)?.GetValueOrDefault(veld);

    public async Task OnGetAsync(CancellationToken ct) => Items = await beheer.AlleAsync(ct);

    public Task<IActionResult> OnPostToevoegenAsync(CancellationToken ct) =>
        AfhandelenAsync("nieuw", () => beheer.ToevoegenAsync(Invoer(), User, Herkomst.Web, ct), "ItemToegevoegd", ct);

    public Task<IActionResult> OnPostWijzigenAsync(CancellationToken ct) =>
        AfhandelenAsync(Code ?? "", () => beheer.WijzigenAsync(Code ?? "", Invoer(), User, Herkomst.Web, ct), "ItemGewijzigd", ct);

    public Task<IActionResult> OnPostBeeindigenAsync(CancellationToken ct) =>
        AfhandelenAsync(Code ?? "", () => beheer.BeeindigenAsync(Code ?? "", User, Herkomst.Web, ct), "ItemBeeindigd", ct);

    public Task<IActionResult> OnPostLadenAsync(CancellationToken ct) =>
        AfhandelenAsync("laden", () => beheer.LadenAsync(Tekst, Bron, User, Herkomst.Web, ct), "ItemsGeladen", ct);

    private ItemInvoer Invoer() => new(NaamNl, NaamEn, Beschrijving, Volgorde, Bron);

    private async Task<IActionResult> AfhandelenAsync(string formulier, Func<Task<ItembeheerUitkomst>> actie, string melding, CancellationToken ct)
    {
        // A number the binder could not read (a word, one beyond int) is an error, never "not given".
        if (ModelState[nameof(Volgorde)]?.ValidationState == ModelValidationState.Invalid)
        {
            Fouten[formulier] = new() { ["volgorde"] = "ItemFout_volgorde" };
            return await OpnieuwAsync(ct);
        }
        switch (await actie())
        {
            case ItembeheerUitkomst.Gelukt:
                Melding = melding;
                return RedirectToPage();
            case ItembeheerUitkomst.Ongeldig o:
                Fouten[formulier] = o.Fouten;
                FouteRegels = o.Regels ?? [];
                return await OpnieuwAsync(ct);
            case ItembeheerUitkomst.Geweigerd:
                return Forbid();
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> OpnieuwAsync(CancellationToken ct)
    {
        Items = await beheer.AlleAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
