using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Bewustwording.Publiek;

/// <summary>One offer with its dates. Shows whether places are free, never who signed up or attended.</summary>
public sealed class AanbodModel(Menukaart menukaart, Gemeentenamen gemeenten, TimeProvider tijd) : PageModel
{
    public Model.Aanbod Aanbod { get; private set; } = null!;
    public IReadOnlyList<SessieStand> Sessies { get; private set; } = [];
    public IReadOnlyList<string> GemeenteNamen { get; private set; } = [];
    public DateTimeOffset Nu { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await menukaart.AanbodAsync(id, ct) is not { } aanbod)
        {
            return NotFound();
        }
        Aanbod = aanbod;
        Sessies = await menukaart.KomendeSessiesAsync(id, ct);
        await gemeenten.LaadAsync(ct);
        GemeenteNamen = aanbod.Gemeenten.Select(g => gemeenten.Weergave(g) ?? g).ToList();
        Nu = tijd.GetUtcNow();
        return Page();
    }
}
