using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Kennisbank;

/// <summary>One document. A restricted one asks a visitor to sign in; a professional's read is audited.</summary>
public sealed class DocumentModel(KennisbankOpslag opslag, SchakelDbContext db) : PageModel
{
    public DocumentKop? Document { get; private set; }
    public string? GemeenteNaam { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var lezing = await opslag.LeesAsync(id, User, Herkomst.Web, ct);
        switch (lezing.Uitkomst)
        {
            case Leesuitkomst.NietGevonden:
                return NotFound();
            case Leesuitkomst.AanmeldenNodig:
                return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }
        Document = lezing.Document;
        if (Document!.Document.GemeenteCode is { } code)
        {
            GemeenteNaam = await db.Set<Gemeente>().Where(g => g.CbsCode == code).Select(g => g.Naam).SingleOrDefaultAsync(ct);
        }
        return Page();
    }
}
