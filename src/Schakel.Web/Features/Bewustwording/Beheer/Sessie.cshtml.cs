using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording.Beheer;

/// <summary>
/// One session for its provider (and the ketenregisseur): its participants with attendance and cancellation, the
/// attendance per organisation, and changing or cancelling the session itself. Opening it is an audited read.
/// </summary>
[Authorize(Policy = BewustwordingModule.Aanbieders)]
public sealed class SessieModel(AanbodBeheer beheer, Inschrijven inschrijven, SchakelDbContext db, TimeProvider tijd) : PageModel
{
    public Model.Sessie Sessie { get; private set; } = null!;
    public Model.Aanbod Aanbod { get; private set; } = null!;
    public IReadOnlyList<AanbodBeheer.Deelnemerregel> Deelnemers { get; private set; } = [];
    public IReadOnlyList<(string Code, string Naam)> Gemeenten { get; private set; } = [];
    public IReadOnlyList<(string? Organisatie, int Aantal)> PerOrganisatie { get; private set; } = [];
    public Dictionary<string, string> Fouten { get; private set; } = [];

    /// <summary>The places taken, named in the message when a lower capacity is refused.</summary>
    public int Bezet { get; private set; }

    public bool Begonnen => tijd.GetUtcNow() >= Sessie.Begin;

    [BindProperty] public SessieInvoer Wijziging { get; set; } = new();
    [TempData] public string? Melding { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }
        Wijziging = SessieInvoer.Van(Sessie);
        return Page();
    }

    public async Task<IActionResult> OnPostWijzigenAsync(Guid id, CancellationToken ct)
    {
        Fouten = AanbodBeheer.Controleer(Wijziging).ToDictionary(f => "wijziging-" + f.Key, f => f.Value);
        if (Fouten.Count == 0)
        {
            switch (await beheer.WijzigSessieAsync(User, id, Wijziging, ct))
            {
                case InschrijfUitkomst.Gelukt:
                    Melding = "SessieGewijzigd";
                    return Redirect($"/bewustwording/beheer/sessies/{id}");
                case InschrijfUitkomst.TeWeinigPlaatsen te:
                    Bezet = te.Ingeschreven;
                    Fouten["wijziging-capaciteit"] = "FoutCapaciteitOnderBezet";
                    break;
                case InschrijfUitkomst.Gesloten:
                    Fouten["wijziging-begin"] = "FoutSessieGeannuleerd";
                    break;
                default:
                    return NotFound();
            }
        }
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }
        Response.StatusCode = Fouten.ContainsKey("wijziging-capaciteit") && Bezet > 0 ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostAnnulerenSessieAsync(Guid id, CancellationToken ct)
    {
        switch (await beheer.AnnuleerSessieAsync(User, id, ct))
        {
            case InschrijfUitkomst.Gelukt:
                Melding = "SessieGeannuleerd";
                return Redirect($"/bewustwording/beheer/sessies/{id}");
            case InschrijfUitkomst.Gesloten:
                if (!await LaadAsync(id, ct))
                {
                    return NotFound();
                }
                Wijziging = SessieInvoer.Van(Sessie);
                Fouten["annuleren"] = "FoutSessieBegonnen";
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                return NotFound();
        }
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

    private async Task<bool> LaadAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await beheer.DeelnemersAsync(User, id, ct) is not { } d)
        {
            return false;
        }
        (Sessie, Aanbod, Deelnemers) = d;
        Gemeenten = await Publiek.GemeenteKeuzes.LaadAsync(db, ct);
        PerOrganisatie = await beheer.AanwezigPerOrganisatieAsync([id], ct);
        return true;
    }
}
