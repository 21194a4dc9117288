using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Indicatoren;

namespace Schakel.Web.Features.Meldpunt.Publiek.Informatie;

/// <summary>The signals card: every active sign, by group, straight from the table a beheerder edits.</summary>
public sealed class SignalenModel(SchakelDbContext db) : PageModel
{
    public IReadOnlyList<Indicator> Signalen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Signalen = await MeldFormulier.IndicatorenAsync(db, ct);
}
