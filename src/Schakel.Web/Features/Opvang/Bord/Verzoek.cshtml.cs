using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Opvang;
using Schakel.Web.Features.Opvang.Zoeken;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Opvang.Bord;

/// <summary>
/// One placement request of the own organisation: its clock, the ranked matches of the current step with a
/// hold button each, its holds, and the night-without-a-place record. Another organisation's request is 404.
/// </summary>
[Authorize(Policy = BordModule.Beleid)]
public sealed class VerzoekModel(OpvangService service, ITeksten<BordTeksten> t, DomeinTekst d) : PageModel
{
    /// <summary>Near misses are there to show what fails; with a country of pools only the closest few help.</summary>
    public const int MaxBijna = OpvangService.MaxBijna;

    /// <summary>The page of fitting pools (from 1); out of range it shows the nearest page, never an error.</summary>
    [BindProperty(SupportsGet = true)]
    public int Pagina { get; set; } = 1;

    public int AantalPaginas { get; private set; } = 1;

    public Matchoverzicht Overzicht { get; private set; } = null!;
    public IReadOnlyList<Match> Passend { get; private set; } = [];
    public IReadOnlyList<Match> Bijna { get; private set; } = [];
    public IReadOnlyList<Reservering> Reserveringen { get; private set; } = [];
    public IReadOnlyDictionary<Guid, PoolStand> Pools { get; private set; } = new Dictionary<Guid, PoolStand>();
    public bool MagPlaatsen { get; private set; }
    public string? Melding { get; private set; }
    public string? Foutmelding { get; private set; }
    public string? NachtFout { get; private set; }

    /// <summary>
    /// A fresh key per pool each time the page renders: a double submit of one form repeats its key, so the
    /// service returns the same hold instead of taking a second bed.
    /// </summary>
    public string NieuweSleutel() => Guid.NewGuid().ToString("N");

    public async Task<IActionResult> OnGetAsync(Guid id, string? melding, CancellationToken ct)
    {
        Melding = melding switch
        {
            "gereserveerd" => t["Gereserveerd"].Value,
            "geannuleerd" => t["Geannuleerd"],
            "nacht" => t["NachtVastgelegd"],
            _ => null,
        };
        return await LaadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostReserveerAsync(Guid id, Guid pool, string? sleutel, CancellationToken ct)
    {
        if (!await IsEigenAsync(id, ct))
        {
            return NotFound();
        }
        var uitkomst = await service.ReserveerAsync(User, id, pool, string.IsNullOrWhiteSpace(sleutel) ? NieuweSleutel() : sleutel, Herkomst.Web, ct);
        if (uitkomst is Uitkomst<Reservering>.Gelukt)
        {
            return RedirectToPage(new { id, melding = "gereserveerd", pagina = Pagina > 1 ? Pagina : (int?)null });
        }
        var fout = (Uitkomst<Reservering>.Fout)uitkomst;
        Foutmelding = fout.Status switch
        {
            403 => t["Melding_403", Detail(fout)],
            404 => t["Melding_404"],
            409 when await service.PoolStandAsync(pool, ct) is { Beschikbaarheid.Beschikbaar: 0 } => t["Melding_409"],
            _ => t["Melding_Fout", Detail(fout)],
        };
        Response.StatusCode = fout.Status;
        return await LaadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAnnuleerAsync(Guid id, Guid reservering, CancellationToken ct)
    {
        if (!await IsEigenAsync(id, ct) || (await service.ReserveringenVanAsync(User, id, ct)).All(r => r.Id != reservering))
        {
            return NotFound();
        }
        if (await service.AnnulerenAsync(User, reservering, Herkomst.Web, ct) is Uitkomst<Reservering>.Fout fout)
        {
            Foutmelding = fout.Status == 404 ? t["Melding_404"] : t["Melding_Fout", Detail(fout)];
            Response.StatusCode = fout.Status;
            return await LaadAsync(id, ct) ? Page() : NotFound();
        }
        return RedirectToPage(new { id, melding = "geannuleerd" });
    }

    public async Task<IActionResult> OnPostNachtAsync(Guid id, Nachtverblijf? verblijf, DateOnly? nacht, CancellationToken ct)
    {
        if (!await IsEigenAsync(id, ct))
        {
            return NotFound();
        }
        if (verblijf is null)
        {
            NachtFout = t["Fout_verblijf"];
            Response.StatusCode = 400;
            return await LaadAsync(id, ct) ? Page() : NotFound();
        }
        if (await service.NachtZonderPlekAsync(User, id, verblijf.Value, nacht, Herkomst.Web, ct) is Uitkomst<NachtZonderPlekRegel>.Fout fout)
        {
            Foutmelding = t["Melding_Fout", Detail(fout)];
            Response.StatusCode = fout.Status;
            return await LaadAsync(id, ct) ? Page() : NotFound();
        }
        return RedirectToPage(new { id, melding = "nacht" });
    }

    /// <summary>Only the organisation that asked sees the request here; the chain director reads figures elsewhere.</summary>
    private async Task<bool> IsEigenAsync(Guid id, CancellationToken ct) =>
        await service.VerzoekAsync(User, id, ct) is { } v && v.AanvragerOrganisatieId == User.OrganisatieId();

    private async Task<bool> LaadAsync(Guid id, CancellationToken ct)
    {
        if (!await IsEigenAsync(id, ct) || await ZoekAsync(id, Math.Max(1, Pagina), ct) is not { } overzicht)
        {
            return false;
        }
        AantalPaginas = overzicht.Pagina.AantalPaginas(overzicht.Passend);
        if (Pagina > AantalPaginas)
        {
            // A stale link after beds were taken, or a number typed by hand: the last page instead of an empty one.
            overzicht = await ZoekAsync(id, AantalPaginas, ct);
            if (overzicht is null)
            {
                return false;
            }
            AantalPaginas = overzicht.Pagina.AantalPaginas(overzicht.Passend);
        }
        Overzicht = overzicht;
        Pagina = overzicht.Pagina.Pagina;
        MagPlaatsen = OpvangToegang.MagPlaatsen(User);
        Passend = Overzicht.Matches.Where(m => m.Resultaat.Past).ToList();
        Bijna = Overzicht.Matches.Where(m => !m.Resultaat.Past).Take(MaxBijna).ToList();
        Reserveringen = await service.ReserveringenVanAsync(User, id, ct);
        // The holds name their pool, also when it is no longer among the rows shown.
        Pools = await service.PoolStandenAsync(Reserveringen.Select(r => r.PlekkenpoolId), ct);
        return true;
    }

    private async Task<Matchoverzicht?> ZoekAsync(Guid id, int pagina, CancellationToken ct) =>
        await service.MatchesAsync(User, id, new Zoekpagina(pagina, Zoekpagina.StandaardGrootte), ct) is Uitkomst<Matchoverzicht>.Gelukt g ? g.Waarde : null;

    /// <summary>The same request on another page; the fragment brings focus to the list's heading.</summary>
    public string PaginaLink(int pagina) => $"/opvang/verzoeken/{Overzicht.Verzoek.Id}?pagina={pagina}#matches-kop";

    /// <summary>The number of the first fitting pool on this page, for the ordered list's start.</summary>
    public int EersteRang => Overzicht.Pagina.Overslaan + 1;

    private string Detail<T>(Uitkomst<T>.Fout fout) => fout.Bericht is { } b ? d[b] : fout.Detail;
}
