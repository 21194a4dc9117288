using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Opvang;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Opvang.Plekken;

[Authorize(Policy = PlekkenModule.Beleid)]
public sealed class IndexModel(MijnPlekken mijnPlekken, OpvangService opvang, TimeProvider tijd, ITeksten<PlekkenTeksten> teksten, DomeinTekst d) : PageModel
{
    private readonly Dictionary<string, string> _fouten = [];

    public MijnPlekkenOverzicht Overzicht { get; private set; } = new([], [], []);
    public DateTimeOffset Nu { get; private set; }

    public string? Fout(string veld) => _fouten.GetValueOrDefault(veld);

    public async Task OnGetAsync(CancellationToken ct) => await LaadAsync(ct);

    /// <summary>One tap: one bed more or fewer occupied or out of service.</summary>
    public async Task<IActionResult> OnPostStapAsync(Guid poolId, string veld, int delta, CancellationToken ct)
    {
        if (await StandAsync(poolId, ct) is not { } stand || delta is not (1 or -1) || veld is not ("bezet" or "buitenGebruik"))
        {
            return NotFound();
        }
        var bezet = stand.Pool.Bezet + (veld == "bezet" ? delta : 0);
        var buiten = stand.Pool.BuitenGebruik + (veld == "buitenGebruik" ? delta : 0);
        return await ZetAsync(stand, bezet, buiten, ct);
    }

    public async Task<IActionResult> OnPostZetAsync(Guid poolId, int? bezet, int? buitenGebruik, CancellationToken ct)
    {
        if (await StandAsync(poolId, ct) is not { } stand)
        {
            return NotFound();
        }
        if (bezet is null || buitenGebruik is null)
        {
            _fouten[$"pool-{poolId}"] = teksten["VulBeideIn"];
            await LaadAsync(ct);
            return Page();
        }
        return await ZetAsync(stand, bezet.Value, buitenGebruik.Value, ct);
    }

    public async Task<IActionResult> OnPostBevestigAsync(Guid reserveringId, CancellationToken ct) =>
        await NaAsync(await opvang.BevestigAsync(User, reserveringId, Herkomst.Web, ct), $"reservering-{reserveringId}", "Bevestigd", ct);

    public async Task<IActionResult> OnPostAfwijzenAsync(Guid reserveringId, string? reden, CancellationToken ct) =>
        await NaAsync(await opvang.AfwijzenAsync(User, reserveringId, reden ?? "", Herkomst.Web, ct), $"reden-{reserveringId}", "Afgewezen", ct);

    public async Task<IActionResult> OnPostUitstroomAsync(Guid plaatsingId, DateOnly? datum, Uitstroom? uitstroom, CancellationToken ct)
    {
        if (datum is null || uitstroom is null)
        {
            _fouten[$"uitstroom-{plaatsingId}"] = teksten["VulUitstroomIn"];
            await LaadAsync(ct);
            return Page();
        }
        return await NaAsync(await opvang.UitstroomAsync(User, plaatsingId, datum.Value, uitstroom.Value, Herkomst.Web, ct), $"uitstroom-{plaatsingId}", "Uitgestroomd", ct);
    }

    private async Task<PoolStand?> StandAsync(Guid poolId, CancellationToken ct) =>
        (await mijnPlekken.OverzichtAsync(User, ct)).Pools.FirstOrDefault(p => p.Pool.Id == poolId);

    private async Task<IActionResult> ZetAsync(PoolStand stand, int bezet, int buiten, CancellationToken ct) =>
        await NaAsync(await opvang.ZetBezettingAsync(User, stand.Locatie.Id, stand.Pool.Id, bezet, buiten, Herkomst.Web, ct), $"pool-{stand.Pool.Id}", "Bijgewerkt", ct);

    /// <summary>Success: back to the page (a reload does not repeat the post). Failure: the message next to the form it came from.</summary>
    private async Task<IActionResult> NaAsync<T>(Uitkomst<T> uitkomst, string veld, string gedaan, CancellationToken ct)
    {
        if (uitkomst is Uitkomst<T>.Fout f)
        {
            if (f.Status == 404)
            {
                return NotFound();
            }
            _fouten[veld] = f.Bericht is { } b ? d[b] : f.Velden?.Values.SelectMany(v => v).FirstOrDefault() ?? f.Detail;
            await LaadAsync(ct);
            return Page();
        }
        TempData["Gedaan"] = gedaan;
        return RedirectToPage();
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        Nu = tijd.GetUtcNow();
        Overzicht = await mijnPlekken.OverzichtAsync(User, ct);
    }
}
