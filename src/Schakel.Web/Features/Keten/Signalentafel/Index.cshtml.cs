using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Signalentafel;

/// <summary>The tables of the caller's organisation; the chain director convenes a new one here (post/redirect/get).</summary>
[Authorize(Policy = KetenBeleid.Lezen)]
public sealed class IndexModel(SignalentafelOpslag opslag, SchakelDbContext db, IAuthorizationService autorisatie) : PageModel
{
    public sealed class FormulierInvoer
    {
        public Guid Id { get; set; }
        public string? Naam { get; set; }
        public string? Grondslag { get; set; }
        public List<Guid> Leden { get; set; } = [];
    }

    public IReadOnlyList<TafelStand> Tafels { get; private set; } = [];
    public IReadOnlyList<Organisatie> Organisaties { get; private set; } = [];
    public bool MagAanmaken { get; private set; }
    public List<string> Fouten { get; } = [];

    [BindProperty]
    public FormulierInvoer Formulier { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Formulier = new FormulierInvoer { Id = Guid.CreateVersion7() };
        await LaadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await autorisatie.AuthorizeAsync(User, KetenBeleid.Beheren)).Succeeded)
        {
            return Forbid();
        }
        var u = await opslag.AanmakenAsync(new TafelInvoer(Formulier.Naam, Formulier.Grondslag, Formulier.Leden, Formulier.Id), User, Herkomst.Web, ct);
        if (u.Waarde is { } t)
        {
            return Redirect(Url.Content($"~/keten/signalentafels/{t.Tafel.Id}"));
        }
        Fouten.AddRange(new[] { "naam", "grondslag", "leden" }.Where(v => u.Fouten.Keys.Any(k => k == v || k.StartsWith(v + "[", StringComparison.Ordinal))));
        await LaadAsync(ct);
        return Page();
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        Tafels = await opslag.TafelsAsync(User, ct);
        MagAanmaken = (await autorisatie.AuthorizeAsync(User, KetenBeleid.Beheren)).Succeeded;
        if (MagAanmaken)
        {
            Organisaties = await db.Set<Organisatie>().AsNoTracking().DieCasussenOntvangen().OrderBy(o => o.Naam).ToListAsync(ct);
        }
    }
}
