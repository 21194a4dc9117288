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

    /// <summary>The label in the other languages (pl, bg, ro, nl-B1...), by language key.</summary>
    public Dictionary<string, string> Labels { get; private set; } = [];
    /// <summary>The group's name in every language but Dutch, by language key.</summary>
    public Dictionary<string, string> Groepnamen { get; private set; } = [];
    public IReadOnlyList<string> ExtraTalen => beheer.ExtraTalen;

    public IReadOnlyDictionary<string, string> Fouten { get; private set; } = new Dictionary<string, string>();

    /// <summary>True on /beheer/indicatoren/nieuw, which shares this model: a new sign, its code typed in.</summary>
    public bool Nieuw => PageContext.ActionDescriptor.ViewEnginePath.EndsWith("/IndicatorNieuw", StringComparison.Ordinal);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Nieuw)
        {
            (Code, Actief) = ("", true);
            return Page();
        }
        var i = await beheer.ZoekAsync(Code, ct);
        if (i is null)
        {
            return NotFound();
        }
        (LabelNl, LabelEn, Groep, Actief) = (i.LabelNl, i.LabelEn, i.Groep, i.Actief);
        Uitbuitingsvormen = [.. i.Uitbuitingsvormen.Split(';')];
        Labels = i.Teksten.ToDictionary(t => t.Taal, t => t.Label);
        Groepnamen = await beheer.GroepnamenAsync(i.Groep, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Only the languages this site offers are on the form; anything else posted is ignored.
        Labels = beheer.ExtraTalen.ToDictionary(t => t, t => Request.Form["label-" + t].ToString());
        Groepnamen = beheer.ExtraTalen.Prepend("en").ToDictionary(t => t, t => Request.Form["groep-" + t].ToString());
        var wijziging = new IndicatorWijziging(LabelNl ?? "", LabelEn ?? "", Groep ?? "", Uitbuitingsvormen, Actief, Labels, Groepnamen);
        if (Nieuw)
        {
            Code = (Code ?? "").Trim();
            var nieuwFouten = await beheer.ToevoegenAsync(Code, wijziging, User, ct);
            if (nieuwFouten.Count > 0)
            {
                Fouten = nieuwFouten;
                return Page();
            }
            return Redirect("~/beheer/indicatoren/" + Uri.EscapeDataString(Code));
        }
        var fouten = await beheer.WijzigAsync(Code, wijziging, User, ct);
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
