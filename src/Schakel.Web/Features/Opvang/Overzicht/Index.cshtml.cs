using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Opvang.Overzicht;

[Authorize(Policy = OverzichtModule.Beleid)]
public sealed class IndexModel(OpvangOverzicht overzicht, TimeProvider tijd) : PageModel
{
    public IReadOnlyList<Eenheid> Regios { get; private set; } = [];
    public string? Regio { get; private set; }
    public Periode Periode { get; private set; } = null!;
    public Overzichtcijfers? Cijfers { get; private set; }

    /// <summary>A GET form: the choice of region and period is no personal data and may be bookmarked.</summary>
    public async Task OnGetAsync(string? regio, string? van, string? tot, CancellationToken ct)
    {
        Regios = await overzicht.RegiosAsync(ct);
        Regio = regio == "NL" ? null
            : Regios.Any(r => r.Code == regio) ? regio
            : await overzicht.RegioVanAsync(User.OrganisatieId(), ct) ?? Regios.FirstOrDefault()?.Code;
        Periode = Periode.Lees(van, tot, tijd.GetUtcNow());
        if (Periode.Fout is null)
        {
            Cijfers = await overzicht.BerekenAsync(Regio, Periode.Van, Periode.Tot, ct);
        }
    }
}
