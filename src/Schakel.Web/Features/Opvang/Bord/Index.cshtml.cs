using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Regio;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Opvang.Bord;

/// <summary>
/// The live shelter board: the organisation's open requests with their 36-hour clock, the pools of the region
/// and the country, and the form for a new request. Works by reload without JavaScript.
/// </summary>
[Authorize(Policy = BordModule.Beleid)]
public sealed class IndexModel(
    OpvangService service, SchakelDbContext db, TimeProvider tijd, ITeksten<BordTeksten> t, NotificatieService notificaties, DomeinTekst d) : PageModel
{
    [BindProperty]
    public VerzoekFormulier Invoer { get; set; } = new();

    public DateTimeOffset Nu { get; private set; }
    public bool MagAanvragen { get; private set; }
    public IReadOnlyList<Plaatsingsverzoek> Verzoeken { get; private set; } = [];
    public IReadOnlyList<PoolStand> Regio { get; private set; } = [];
    public IReadOnlyList<PoolStand> Land { get; private set; } = [];
    public IReadOnlyList<Gemeente> Gemeenten { get; private set; } = [];
    public IReadOnlyList<Notificatie> Nieuw { get; private set; } = [];
    public Dictionary<string, string> Fouten { get; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LaadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var nu = tijd.GetUtcNow();
        var moment = Invoer.Moment(nu);
        if (moment is null)
        {
            Fouten["gevondenOp"] = t["Fout_gevondenOp"];
        }
        var (verzoek, validatie) = Invoer.AlsInvoer(moment ?? nu).NaarVerzoek(nu);
        foreach (var (veld, meldingen) in validatie.Fouten)
        {
            var sleutel = veld.Replace("veiligheid.", "", StringComparison.Ordinal);
            var tekst = t[$"Fout_{sleutel}"];
            Fouten.TryAdd(sleutel, tekst.ResourceNotFound ? string.Join(" ", meldingen) : tekst);
        }
        if (Fouten.Count == 0 && verzoek is not null)
        {
            switch (await service.MaakVerzoekAsync(User, verzoek, Herkomst.Web, ct))
            {
                case Uitkomst<Plaatsingsverzoek>.Gelukt g:
                    return Redirect($"/opvang/verzoeken/{g.Waarde.Id}");
                case Uitkomst<Plaatsingsverzoek>.Fout { Status: 403 }:
                    return Forbid();
                case Uitkomst<Plaatsingsverzoek>.Fout f:
                    Fouten[""] = f.Bericht is { } b ? d[b] : f.Detail;
                    break;
            }
        }
        await LaadAsync(ct);
        return Page();
    }

    public string? Fout(string veld) => Fouten.GetValueOrDefault(veld);

    private async Task LaadAsync(CancellationToken ct)
    {
        Nu = tijd.GetUtcNow();
        MagAanvragen = OpvangToegang.MagPlaatsen(User);
        Verzoeken = await service.OpenVerzoekenAsync(User, ct);
        Nieuw = [.. (await notificaties.VoorAsync(User, ct)).Where(n => n.Soort == NotificatieSoorten.OpvangEscalatie)];
        Gemeenten = await db.Set<Gemeente>().AsNoTracking().OrderBy(g => g.Naam).ToListAsync(ct);
        var inRegio = Gemeenten.Select(g => g.CbsCode).ToHashSet(StringComparer.Ordinal);
        var standen = (await service.PoolStandenAsync(ct))
            .OrderByDescending(s => s.Beschikbaarheid.Beschikbaar).ThenBy(s => s.Locatie.Naam).ThenBy(s => s.Pool.Naam).ToList();
        Regio = standen.Where(s => inRegio.Contains(s.Locatie.GemeenteCode)).ToList();
        Land = standen.Where(s => !inRegio.Contains(s.Locatie.GemeenteCode)).ToList();
    }
}
