using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Meldpunt.Publiek.Beheer;

[Authorize(Policy = PubliekModule.IndicatorenBeheren)]
public sealed class IndicatorModel(IndicatorBeheer beheer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public string LabelNl { get; set; } = "";
    [BindProperty]
    public string LabelEn { get; set; } = "";
    [BindProperty]
    public string Groep { get; set; } = "";
    [BindProperty]
    public List<string> Uitbuitingsvormen { get; set; } = [];
    [BindProperty]
    public bool Actief { get; set; }

    public IReadOnlyDictionary<string, string> Fouten { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var i = await beheer.ZoekAsync(Code, ct);
        if (i is null)
        {
            return NotFound();
        }
        (LabelNl, LabelEn, Groep, Actief) = (i.LabelNl, i.LabelEn, i.Groep, i.Actief);
        Uitbuitingsvormen = [.. i.Uitbuitingsvormen.Split(';')];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var fouten = await beheer.WijzigAsync(Code, new IndicatorWijziging(LabelNl ?? "", LabelEn ?? "", Groep ?? "", Uitbuitingsvormen, Actief), User, ct);
        if (fouten is null)
        {
            return NotFound();
        }
        if (fouten.Count > 0)
        {
            Fouten = fouten;
            return Page();
        }
        return Redirect("~/beheer/indicatoren");
    }
}
