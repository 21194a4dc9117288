using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording.Beheer;

/// <summary>The participants of one session for its provider: attendance and cancellation. Opening it is an audited read.</summary>
[Authorize(Policy = BewustwordingModule.Aanbieders)]
public sealed class SessieModel(AanbodBeheer beheer, Inschrijven inschrijven, SchakelDbContext db) : PageModel
{
    public Model.Sessie Sessie { get; private set; } = null!;
    public Model.Aanbod Aanbod { get; private set; } = null!;
    public IReadOnlyList<AanbodBeheer.Deelnemerregel> Deelnemers { get; private set; } = [];
    public IReadOnlyList<(string Code, string Naam)> Gemeenten { get; private set; } = [];
    [TempData] public string? Melding { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await beheer.DeelnemersAsync(User, id, ct) is not { } d)
        {
            return NotFound();
        }
        (Sessie, Aanbod, Deelnemers) = d;
        Gemeenten = await Publiek.GemeenteKeuzes.LaadAsync(db, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAanwezigheidAsync(Guid id, List<Guid> aanwezig, CancellationToken ct)
    {
        if (!await beheer.AanwezigheidAsync(User, id, aanwezig.ToHashSet(), ct))
        {
            return NotFound();
        }
        Melding = "AanwezigheidOpgeslagen";
        return Redirect($"/bewustwording/beheer/sessies/{id}");
    }

    public async Task<IActionResult> OnPostAnnulerenAsync(Guid id, Guid inschrijving, CancellationToken ct)
    {
        var sessie = await db.Set<Model.Sessie>().FindAsync([id], ct);
        if (sessie is null || await beheer.AanbodAsync(User, sessie.AanbodId, ct) is null)
        {
            return NotFound();
        }
        var uitkomst = await inschrijven.AnnulerenAsync(inschrijving, i => i.SessieId == id, User.AlsActor(), Herkomst.Web, ct);
        if (uitkomst is not InschrijfUitkomst.Gelukt)
        {
            return NotFound();
        }
        Melding = "Geannuleerd";
        return Redirect($"/bewustwording/beheer/sessies/{id}");
    }
}
