using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Opvang.Plekken;

/// <summary>
/// One hold on the shelter's own beds, opened from /opvang/mijn-plekken: the need without names, who asked, the step and
/// the clock, and — while it waits — confirm or decline with a reason. Any other hold is 404.
/// </summary>
[Authorize(Policy = PlekkenModule.Beleid)]
public sealed class ReserveringModel(MijnPlekken mijnPlekken, OpvangService opvang, TimeProvider tijd, DomeinTekst d) : PageModel
{
    public ReserveringDetail Detail { get; private set; } = null!;
    public DateTimeOffset Nu { get; private set; }
    public string? RedenFout { get; private set; }
    public string? Foutmelding { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LaadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostBevestigAsync(Guid id, CancellationToken ct) =>
        await NaAsync(id, await opvang.BevestigAsync(User, id, Herkomst.Web, ct), "Bevestigd", ct);

    public async Task<IActionResult> OnPostAfwijzenAsync(Guid id, string? reden, CancellationToken ct) =>
        await NaAsync(id, await opvang.AfwijzenAsync(User, id, reden ?? "", Herkomst.Web, ct), "Afgewezen", ct);

    /// <summary>Success: post/redirect/get back to this page. Failure: a missing reason next to its field, anything else at the top.</summary>
    private async Task<IActionResult> NaAsync(Guid id, Uitkomst<Reservering> uitkomst, string gedaan, CancellationToken ct)
    {
        if (uitkomst is Uitkomst<Reservering>.Fout f)
        {
            if (f.Status == 404 || !await LaadAsync(id, ct))
            {
                return NotFound();
            }
            var tekst = f.Bericht is { } b ? d[b] : f.Velden?.Values.SelectMany(v => v).FirstOrDefault() ?? f.Detail;
            if (f.Velden?.ContainsKey("reden") == true)
            {
                RedenFout = tekst;
            }
            else
            {
                Foutmelding = tekst;
            }
            return Page();
        }
        TempData["Gedaan"] = gedaan;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LaadAsync(Guid id, CancellationToken ct)
    {
        Nu = tijd.GetUtcNow();
        if (await mijnPlekken.ReserveringAsync(User, id, ct) is not { } detail)
        {
            return false;
        }
        Detail = detail;
        return true;
    }
}
