using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Keten.Stroomschema;

/// <summary>
/// The public flow chart: the same flows as the staff chart, without the function inside an organisation or the
/// rules' own (Dutch, internal) names; organisation types only, never a contact.
/// </summary>
public sealed class PubliekModel(StroomschemaOpbouw opbouw) : PageModel
{
    public int Versie { get; private set; }
    public IReadOnlyList<Stroom> Stromen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => (Versie, Stromen) = await opbouw.MaakAsync(ct);
}
