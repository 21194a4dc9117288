using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Keten.Kennisbank;

/// <summary>The library for everyone; a signed-in professional also sees the restricted documents (opening one is audited).</summary>
public sealed class IndexModel(KennisbankOpslag opslag) : PageModel
{
    public IReadOnlyList<DocumentKop> Documenten { get; private set; } = [];
    public bool Professional { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Professional = await opslag.IsProfessionalAsync(User);
        Documenten = await opslag.LijstAsync(Professional, ct);
    }
}
