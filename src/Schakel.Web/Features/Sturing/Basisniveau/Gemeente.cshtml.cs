using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Sturing;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Sturing.Basisniveau;

/// <summary>One municipality's checklist: answers with evidence, who confirmed and when, and the full history.</summary>
[Authorize(Policy = SturingModule.Lezen)]
public sealed class GemeenteModel(Basisniveaulijst lijst, SturingToegang toegang, ITeksten<SturingTeksten> teksten) : PageModel
{
    private readonly Dictionary<string, string> _fouten = [];

    public GemeenteChecklist? Checklist { get; private set; }
    public bool MagZetten { get; private set; }
    public IReadOnlyList<Keten.Kennisbank.KennisDocument> Kennisdocumenten { get; private set; } = [];

    public string? Fout(string item) => _fouten.GetValueOrDefault(item);

    public async Task<IActionResult> OnGetAsync(string cbsCode, CancellationToken ct)
    {
        // Notification links are lower case only; the page's own address keeps the code as CBS writes it.
        if (cbsCode != cbsCode.ToUpperInvariant())
        {
            return RedirectToPage(new { cbsCode = cbsCode.ToUpperInvariant() });
        }
        return await LaadAsync(cbsCode, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string cbsCode, string? item, Basisniveaustand? stand, string? bewijs, CancellationToken ct)
    {
        switch (await lijst.ZetAsync(cbsCode, item ?? "", new BasisniveauInvoer(stand, bewijs), User, Herkomst.Web, ct))
        {
            case BasisniveauUitkomst.Gelukt:
                TempData["Gedaan"] = "antwoord";
                return RedirectToPage(new { cbsCode });
            case BasisniveauUitkomst.Ongeldig o:
                _fouten[item!] = string.Join(" ", o.Fouten.Keys.Select(k => teksten["Fout_" + k].Value));
                await LaadAsync(cbsCode, ct);
                return Page();
            case BasisniveauUitkomst.Geweigerd:
                return Forbid();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostBeleidAsync(string cbsCode, BeleidInvoer beleid, CancellationToken ct)
    {
        // A value the binder could not read (a word for a date, a broken document id) is an error, never "not given".
        var onleesbaar = ModelState.Where(m => m.Value?.ValidationState == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            .Select(m => m.Key.Split('.')[^1]).Select(k => k.Length == 0 ? k : char.ToLowerInvariant(k[0]) + k[1..]).ToList();
        if (onleesbaar.Count > 0 && await LaadAsync(cbsCode, ct))
        {
            if (!MagZetten)
            {
                return Forbid();
            }
            _fouten["beleid"] = string.Join(" ", onleesbaar.Select(k => teksten["Fout_" + k].Value));
            return Page();
        }
        switch (await lijst.ZetBeleidAsync(cbsCode, beleid, User, Herkomst.Web, ct))
        {
            case BasisniveauUitkomst.Gelukt:
                TempData["Gedaan"] = "beleid";
                return RedirectToPage(new { cbsCode });
            case BasisniveauUitkomst.Ongeldig o:
                _fouten["beleid"] = string.Join(" ", o.Fouten.Keys.Select(k => teksten["Fout_" + k].Value));
                await LaadAsync(cbsCode, ct);
                return Page();
            case BasisniveauUitkomst.Geweigerd:
                return Forbid();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LaadAsync(string cbsCode, CancellationToken ct)
    {
        Checklist = await lijst.ChecklistAsync(cbsCode, ct);
        MagZetten = Checklist is not null && await toegang.MagBasisniveauZettenAsync(User, cbsCode, ct);
        Kennisdocumenten = MagZetten ? await lijst.BeleidsdocumentenAsync(User, ct) : [];
        return Checklist is not null;
    }
}
