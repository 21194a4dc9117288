using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Bewustwording;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Publiek;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Bewustwording.Beheer;

/// <summary>An offer's own page for its provider (and the ketenregisseur): its description, its sessions and planning a new one.</summary>
[Authorize(Policy = BewustwordingModule.Aanbieders)]
public sealed class AanbodModel(AanbodBeheer beheer, Menukaart menukaart, IBeleidsstatus beleid, SchakelDbContext db) : PageModel
{
    public Model.Aanbod? Bestaand { get; private set; }
    public IReadOnlyList<SessieStand> Sessies { get; private set; } = [];
    public IReadOnlyList<(string Code, string Naam)> Gemeenten { get; private set; } = [];
    public Dictionary<string, string> Fouten { get; private set; } = [];

    /// <summary>The organisations the ketenregisseur can name as provider; empty for a provider's own staff.</summary>
    public IReadOnlyList<(Guid Id, string Naam)> Aanbieders { get; private set; } = [];

    /// <summary>Attended per organisation over all the offer's sessions: counts only.</summary>
    public IReadOnlyList<(string? Organisatie, int Aantal)> PerOrganisatie { get; private set; } = [];

    /// <summary>Per session, the joining municipalities that lack a precondition, with the missing codes.</summary>
    public Dictionary<Guid, List<(string Gemeente, IReadOnlyList<string> Ontbrekend)>> Waarschuwingen { get; } = [];

    [BindProperty] public AanbodInvoer Invoer { get; set; } = new() { Talen = ["nl"] };
    [BindProperty] public SessieInvoer Sessie { get; set; } = new() { DuurUren = 3, Capaciteit = 20, AanmeldenDagenVooraf = 7 };
    [TempData] public string? Melding { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }
        if (Bestaand is not null)
        {
            Invoer = AanbodInvoer.Van(Bestaand);
        }
        return Page();
    }

    [Invoerlengte(AanbodBeheer.MaxOmschrijving, "Invoer.Omschrijving")]
    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }
        Fouten = AanbodBeheer.Controleer(Invoer);
        if (await beheer.ControleerAanbiederAsync(User, Invoer, ct) is { } aanbiederFout)
        {
            Fouten["aanbieder"] = aanbiederFout;
        }
        if (Fouten.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var a = await beheer.BewaarAsync(User, id, Invoer, ct);
        if (a is null)
        {
            return NotFound();
        }
        Melding = "Opgeslagen";
        return Redirect($"/bewustwording/beheer/aanbod/{a.Id}");
    }

    public async Task<IActionResult> OnPostSessieAsync(Guid? id, CancellationToken ct)
    {
        if (id is null || !await LaadAsync(id, ct) || Bestaand is null)
        {
            return NotFound();
        }
        Invoer = AanbodInvoer.Van(Bestaand);
        Fouten = AanbodBeheer.Controleer(Sessie).ToDictionary(f => "sessie-" + f.Key, f => f.Value);
        if (Fouten.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // Planning where the preconditions are missing is allowed; the page warns (Handreiking §5.4).
        await beheer.PlanAsync(User, Bestaand, Sessie, ct);
        Melding = "Gepland";
        return Redirect($"/bewustwording/beheer/aanbod/{Bestaand.Id}");
    }

    private async Task<bool> LaadAsync(Guid? id, CancellationToken ct)
    {
        Gemeenten = await GemeenteKeuzes.LaadAsync(db, ct);
        if (AanbodBeheer.IsRegie(User))
        {
            Aanbieders = await beheer.AanbiedersAsync(User, ct);
        }
        if (id is null)
        {
            return true;
        }
        Bestaand = await beheer.AanbodAsync(User, id.Value, ct);
        if (Bestaand is null)
        {
            return false;
        }
        Sessies = await menukaart.StandenAsync(await beheer.SessiesAsync(Bestaand.Id, ct), ct);
        PerOrganisatie = await beheer.AanwezigPerOrganisatieAsync(Sessies.Select(s => s.Sessie.Id).ToList(), ct);
        var standen = await beleid.VoorAsync(Sessies.SelectMany(s => s.Sessie.Gemeenten).Distinct().ToList(), ct);
        foreach (var s in Sessies)
        {
            foreach (var g in s.Sessie.Gemeenten)
            {
                var ontbrekend = Beleidsvoorwaarden.Ontbrekend(standen.GetValueOrDefault(g));
                if (ontbrekend.Count > 0)
                {
                    (Waarschuwingen.TryGetValue(s.Sessie.Id, out var l) ? l : Waarschuwingen[s.Sessie.Id] = []).Add((g, ontbrekend));
                }
            }
        }
        return true;
    }
}
