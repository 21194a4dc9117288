using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Privacy.Bewaring;

/// <summary>
/// The legal holds of one record: who may set them sees the reasons (a read of personal data, audited) and sets or lifts one.
/// Anyone else gets 404, so the page does not confirm that a record exists.
/// </summary>
[Authorize(Policy = MeldpuntBeleid.Professional)]
public sealed class BlokkadeModel(Bewaarblokkades blokkades, AuditTrail audit, TimeProvider tijd) : PageModel
{
    private const string Gedaan = "BlokkadeGedaan";

    [BindProperty(SupportsGet = true)] public string Soort { get; set; } = "";
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Reden { get; set; }
    [BindProperty] public DateOnly? Einddatum { get; set; }

    public BewaarObjectSoort ObjectSoort { get; private set; }
    public IReadOnlyList<(Bewaarblokkade Blokkade, string? Reden)> Blokkades { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Fouten { get; private set; } = new Dictionary<string, string[]>();
    public string? Melding { get; private set; }
    public DateTimeOffset Nu { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LaadAsync(ct))
        {
            return NotFound();
        }
        Melding = TempData[Gedaan] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostZettenAsync(CancellationToken ct)
    {
        if (!Enum.TryParse(Soort, ignoreCase: true, out BewaarObjectSoort soort) || !Enum.IsDefined(soort))
        {
            return NotFound();
        }
        var uitkomst = await blokkades.ZetAsync(User, soort, Id, Reden, Einddatum, Herkomst.Web, ct);
        if (uitkomst.NietGevonden)
        {
            return NotFound();
        }
        if (uitkomst.Blokkade is null)
        {
            Fouten = uitkomst.Fouten;
            await LaadAsync(ct);
            return Page();
        }
        TempData[Gedaan] = "BlokkadeGezet";
        return RedirectToPage(new { soort = Soort, id = Id });
    }

    public async Task<IActionResult> OnPostOpheffenAsync(Guid blokkade, CancellationToken ct)
    {
        var uitkomst = await blokkades.HefOpAsync(User, blokkade, Herkomst.Web, ct, objectId: Id);
        if (uitkomst.NietGevonden)
        {
            return NotFound();
        }
        TempData[Gedaan] = "BlokkadeOpgeheven";
        return RedirectToPage(new { soort = Soort, id = Id });
    }

    private async Task<bool> LaadAsync(CancellationToken ct)
    {
        Nu = tijd.GetUtcNow();
        if (!Enum.TryParse(Soort, ignoreCase: true, out BewaarObjectSoort soort) || !Enum.IsDefined(soort) || !await blokkades.MagAsync(User, soort, Id, ct))
        {
            return false;
        }
        ObjectSoort = soort;
        var lijst = await blokkades.VoorAsync(soort, Id, ct);
        Blokkades = lijst.Select(b => (b, blokkades.Reden(b))).ToList();
        if (lijst.Any(b => b.RedenVersleuteld is not null))
        {
            await audit.SchrijfAsync(User.AlsActor(), "bewaring.blokkade-ingezien", soort.ToString(), Id.ToString(), AuditResultaat.Gelukt, Herkomst.Web, ct);
        }
        return true;
    }
}
