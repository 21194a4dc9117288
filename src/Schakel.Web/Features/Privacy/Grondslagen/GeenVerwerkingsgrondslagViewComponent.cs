using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Privacy.Grondslagen;

/// <summary>
/// On a receiver's inbox and referral: why it sees no personal data, when no basis for follow-up is recorded for it.
/// Renders nothing when one is.
/// </summary>
public sealed class GeenVerwerkingsgrondslagViewComponent(SchakelDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid organisatieId)
    {
        var ct = HttpContext.RequestAborted;
        var organisatie = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == organisatieId)
            .Select(o => new { o.Type, o.Partijcategorie }).FirstOrDefaultAsync(ct);
        if (organisatie is null)
        {
            return Content("");
        }
        var grondslagen = await VerwerkingsgrondslagOpslag.HuidigAsync(db, ct);
        return grondslagen.Heeft(organisatieId, organisatie.Partijcategorie, organisatie.Type, Verwerkingsdoel.Opvolging)
            ? Content("")
            : View("/Features/Privacy/Grondslagen/_GeenVerwerkingsgrondslag.cshtml");
    }
}
