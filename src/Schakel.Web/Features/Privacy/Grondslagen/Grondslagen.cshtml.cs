using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Privacy.Grondslagen;

/// <summary>
/// The page of recorded legal bases: which applies per organisation and purpose; the beheerder adds, changes and ends them, the data
/// protection officer reads the same page without its forms (every change is refused to anyone but a beheerder).
/// </summary>
[Authorize(Policy = Toezicht.PrivacyToezicht.Lezen)]
public sealed class GrondslagenModel(VerwerkingsgrondslagBeheer beheer, SchakelDbContext db) : PageModel
{
    private const string MeldingSleutel = "GrondslagMelding";

    [BindProperty] public Verwerkingsdoel? Doel { get; set; }
    [BindProperty] public Guid? OrganisatieId { get; set; }
    [BindProperty] public OrganisatieType? Type { get; set; }
    [BindProperty] public Partijcategorie? Categorie { get; set; }
    [BindProperty] public string? Grondslag { get; set; }

    /// <summary>The record being changed (its text only); null when recording a new one.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Wijzig { get; set; }

    public IReadOnlyList<VerwerkingsgrondslagRij> Rijen { get; private set; } = [];
    public IReadOnlyList<GeldendeGrondslag> Geldend { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Organisaties { get; private set; } = new Dictionary<Guid, string>();
    public Dictionary<string, string> Fouten { get; private set; } = new(StringComparer.Ordinal);
    public string? Melding { get; private set; }
    public bool MagBeheren => User.IsInRole(Rollen.Beheerder);
    public VerwerkingsgrondslagRij? Gewijzigd => Wijzig is { } id ? Rijen.FirstOrDefault(r => r.Id == id && r.Actief) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Melding = TempData[MeldingSleutel] as string;
        await LaadAsync(ct);
        if (Gewijzigd is { } rij)
        {
            Grondslag = rij.Grondslag;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostVastleggenAsync(CancellationToken ct)
    {
        if (!MagBeheren)
        {
            return Forbid();
        }
        Fouten = await beheer.VastleggenAsync(new GrondslagInvoer(Doel, OrganisatieId, Type, Categorie, Grondslag), User, ct);
        return await NaAsync("MeldingVastgelegd", ct);
    }

    public async Task<IActionResult> OnPostWijzigenAsync(CancellationToken ct)
    {
        if (!MagBeheren)
        {
            return Forbid();
        }
        if (Wijzig is not { } id || await beheer.WijzigAsync(id, Grondslag, User, ct) is not { } fouten)
        {
            return NotFound();
        }
        Fouten = fouten;
        return await NaAsync("MeldingGewijzigd", ct);
    }

    public async Task<IActionResult> OnPostBeeindigenAsync(Guid id, CancellationToken ct)
    {
        if (!MagBeheren)
        {
            return Forbid();
        }
        if (!await beheer.BeeindigAsync(id, User, ct))
        {
            return NotFound();
        }
        TempData[MeldingSleutel] = "MeldingBeeindigd";
        return RedirectToPage();
    }

    public string? Fout(string veld) => Fouten.GetValueOrDefault(veld);

    private async Task<IActionResult> NaAsync(string melding, CancellationToken ct)
    {
        if (Fouten.Count > 0)
        {
            await LaadAsync(ct);
            return Page();
        }
        // Post/redirect/get: a reload shows the result instead of recording twice.
        TempData[MeldingSleutel] = melding;
        return RedirectToPage(new { wijzig = (Guid?)null });
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        Rijen = await beheer.RijenAsync(ct);
        Geldend = await beheer.GeldendAsync(ct);
        Organisaties = await db.Set<Organisatie>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
    }
}
