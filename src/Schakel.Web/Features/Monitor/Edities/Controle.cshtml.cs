using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Data;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor.Edities;

/// <summary>
/// The recheck of published editions for the chain director: for the latest published version of every edition of the
/// police units their organisation works in, whether a hidden cell can be computed from what was published, named by its
/// labels (never a hidden value), and the way to the existing correction flow. Each visit runs the check and is audited.
/// </summary>
[Authorize(Policy = MonitorModule.BeleidKetenregie)]
public sealed class ControleModel(EditieControle controle, SchakelDbContext db) : PageModel
{
    public const string Pad = "/monitor/edities/controle";

    public IReadOnlyList<EditieControleUitkomst> Uitkomsten { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.OrganisatieId() is not { } organisatie)
        {
            return Forbid();
        }

        var eenheden = await MonitorModule.EenhedenVanAsync(db, organisatie, ct);
        var lijst = await controle.GepubliceerdAsync(eenheden, ct);
        Uitkomsten = await controle.ControleerAsync(lijst, User.AlsActor(), Herkomst.Web, ct);
        return Page();
    }
}
