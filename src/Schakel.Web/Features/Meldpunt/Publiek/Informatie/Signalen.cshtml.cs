using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Meldpunt.Publiek.Informatie;

/// <summary>The signals card: every active sign, by group, straight from the table a beheerder edits.</summary>
public sealed class SignalenModel(SchakelDbContext db) : PageModel
{
    public IReadOnlyList<Signaalgroep> Signalen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Signalen = await Signalenkaart.LeesAsync(db, HttpContext, null, ct);
}
