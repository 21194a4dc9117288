using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.ApiClients;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Beheer.ApiClients;

/// <summary>A beheerder creates and deactivates API clients. The new secret is shown in the answer to the
/// POST only (no redirect, no TempData), so it is never stored in a cookie or shown twice.</summary>
[Authorize(Policy = ApiClientsModule.BeheerBeleid)]
public sealed class ApiClientsModel(ApiClientBeheer beheer, SchakelDbContext db) : PageModel
{
    public IReadOnlyList<ApiClientWeergave> Clients { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Organisaties { get; private set; } = new Dictionary<Guid, string>();
    public NieuweApiClient? Nieuw { get; private set; }
    public string? Melding { get; private set; }

    [BindProperty] public string? ClientId { get; set; }
    [BindProperty] public string? Naam { get; set; }
    [BindProperty] public Guid? OrganisatieId { get; set; }
    [BindProperty] public List<string> Rollen { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Melding = TempData[nameof(Melding)] as string;
        // The secret crosses the redirect once, in TempData (an encrypted cookie removed once read).
        if (TempData[nameof(Nieuw)] is string nieuw)
        {
            Nieuw = System.Text.Json.JsonSerializer.Deserialize<NieuweApiClient>(nieuw);
            Response.Headers.CacheControl = "no-cache, no-store";
        }
        await LaadAsync(ct);
    }

    public async Task<IActionResult> OnPostAanmakenAsync(CancellationToken ct)
    {
        var aanvraag = new ApiClientAanvraag(ClientId?.Trim(), Naam, OrganisatieId, Rollen);
        var validatie = await beheer.ControleerAsync(aanvraag, ct);
        foreach (var (veld, meldingen) in validatie.Fouten)
        {
            foreach (var m in meldingen)
            {
                ModelState.AddModelError(char.ToUpperInvariant(veld[0]) + veld[1..], m);
            }
        }
        if (validatie.IsGeldig)
        {
            TempData[nameof(Nieuw)] = System.Text.Json.JsonSerializer.Serialize(await beheer.MaakAsync(aanvraag, User.AlsActor(), Herkomst.Web, ct));
            return RedirectToPage();
        }
        await LaadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeactiverenAsync(string clientId, CancellationToken ct)
    {
        TempData[nameof(Melding)] = await beheer.DeactiveerAsync(clientId, User.AlsActor(), Herkomst.Web, ct)
            ? $"API-client {clientId} is gedeactiveerd; zijn tokens werken niet meer."
            : "Deze API-client bestaat niet.";
        return RedirectToPage();
    }

    public static IReadOnlyList<string> AlleRollen => Schakel.Core.Organisaties.Rollen.Alle;

    private async Task LaadAsync(CancellationToken ct)
    {
        Clients = await beheer.LijstAsync(ct);
        Organisaties = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Actief).OrderBy(o => o.Naam).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
    }
}
