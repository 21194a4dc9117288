using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Sturing.Basisniveau;

[Authorize(Policy = SturingModule.Lezen)]
public sealed class JaarverslagModel(Jaarverslagen verslagen, TimeProvider tijd) : PageModel
{
    public JaarverslagWeergave? Verslag { get; private set; }
    public int HuidigJaar => tijd.GetUtcNow().Year;

    public async Task<IActionResult> OnGetAsync(string cbsCode, int? jaar, CancellationToken ct)
    {
        var j = jaar ?? tijd.GetUtcNow().Year;
        Verslag = j is >= 2000 and <= 2999 ? await verslagen.MaakAsync(cbsCode, j, ct) : null;
        return Verslag is null ? NotFound() : Page();
    }
}
