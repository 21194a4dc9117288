using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Bewustwording;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording.Beheer;

/// <summary>
/// A signed-in professional's trainings: sign up for an open session as themselves (linked to the account, nothing
/// typed), cancel their own sign-up, evaluate after attending and download the certificate. Their municipality for
/// the coverage counts is their organisation's; the role they attend in they choose per sign-up.
/// </summary>
[Authorize(Policy = BewustwordingModule.Deelnemers)]
public sealed class MijnModel(Inschrijven inschrijven, Menukaart menukaart, SchakelDbContext db, TimeProvider tijd) : PageModel
{
    public sealed record Regel(Inschrijving Inschrijving, Sessie Sessie, Model.Aanbod Aanbod);

    public IReadOnlyList<Regel> Eigen { get; private set; } = [];
    public IReadOnlyList<(SessieStand Stand, Model.Aanbod Aanbod)> Open { get; private set; } = [];
    public DateTimeOffset Nu { get; private set; }
    [TempData] public string? Melding { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LaadAsync(ct);

    public async Task<IActionResult> OnPostAanmeldenAsync(Guid sessie, string? rol, CancellationToken ct)
    {
        if (User.MedewerkerId() is not { } medewerker || User.OrganisatieId() is not { } organisatie)
        {
            return Forbid();
        }
        var aanbodId = await db.Set<Sessie>().Where(s => s.Id == sessie).Select(s => (Guid?)s.AanbodId).FirstOrDefaultAsync(ct);
        if (aanbodId is null || await menukaart.AanbodAsync(aanbodId.Value, ct) is not { Aanmelding: Aanmeldwijze.InSchakel })
        {
            return NotFound();
        }
        if (!string.IsNullOrEmpty(rol) && !Doelgroepen.IsGeldig(rol))
        {
            return BadRequest();
        }
        var gemeente = await db.Set<Organisaties.Organisatie>().Where(o => o.Id == organisatie).Select(o => o.GemeenteCode).FirstOrDefaultAsync(ct);
        var uitkomst = await inschrijven.InschrijvenAsync(sessie,
            new Deelnemer(medewerker, organisatie, null, null, string.IsNullOrEmpty(rol) ? null : rol, gemeente), User.AlsActor(), Herkomst.Web, null, ct);
        Melding = uitkomst switch
        {
            InschrijfUitkomst.Gelukt { Status: Inschrijfstatus.Wachtlijst } => "MijnWachtlijst",
            InschrijfUitkomst.Gelukt => "MijnIngeschreven",
            InschrijfUitkomst.Gesloten => "MijnGesloten",
            _ => null,
        };
        return Melding is null ? NotFound() : Redirect("/bewustwording/mijn");
    }

    public async Task<IActionResult> OnPostAnnulerenAsync(Guid inschrijving, CancellationToken ct)
    {
        if (User.MedewerkerId() is not { } medewerker)
        {
            return Forbid();
        }
        var nu = tijd.GetUtcNow();
        var begin = await (from i in db.Set<Inschrijving>() join s in db.Set<Sessie>() on i.SessieId equals s.Id
                           where i.Id == inschrijving && i.MedewerkerId == medewerker select (DateTimeOffset?)s.Begin).FirstOrDefaultAsync(ct);
        if (begin is null || nu >= begin)
        {
            return NotFound();
        }
        // Only one's own sign-up: someone else's id answers as unknown.
        var uitkomst = await inschrijven.AnnulerenAsync(inschrijving, i => i.MedewerkerId == medewerker, User.AlsActor(), Herkomst.Web, ct);
        if (uitkomst is not InschrijfUitkomst.Gelukt)
        {
            return NotFound();
        }
        Melding = "MijnGeannuleerd";
        return Redirect("/bewustwording/mijn");
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        Nu = tijd.GetUtcNow();
        var medewerker = User.MedewerkerId();
        var eigen = await (from i in db.Set<Inschrijving>().AsNoTracking()
                           join s in db.Set<Sessie>().AsNoTracking() on i.SessieId equals s.Id
                           join a in db.Set<Model.Aanbod>().AsNoTracking() on s.AanbodId equals a.Id
                           where i.MedewerkerId == medewerker
                           select new Regel(i, s, a)).ToListAsync(ct);
        Eigen = eigen.OrderByDescending(r => r.Sessie.Begin).ToList();
        var bezet = eigen.Where(r => r.Inschrijving.Status != Inschrijfstatus.Geannuleerd).Select(r => r.Sessie.Id).ToHashSet();
        var open = await (from s in db.Set<Sessie>().AsNoTracking()
                          join a in db.Set<Model.Aanbod>().AsNoTracking() on s.AanbodId equals a.Id
                          where a.Actief && a.Aanmelding == Aanmeldwijze.InSchakel && !s.Geannuleerd
                          select new { s, a }).ToListAsync(ct);
        var kandidaten = open.Where(x => x.s.AanmeldenTot >= Nu && !bezet.Contains(x.s.Id)).OrderBy(x => x.s.Begin).Take(50).ToList();
        var standen = await menukaart.StandenAsync(kandidaten.Select(x => x.s).ToList(), ct);
        Open = standen.Zip(kandidaten, (st, x) => (st, x.a)).ToList();
    }
}
