using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Beheer.Organisaties;

[Authorize(Policy = AccountsBeleid.Beheerder)]
public sealed class OrganisatiesModel(SchakelDbContext db) : PageModel
{
    public IReadOnlyList<Organisatie> Organisaties { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Organisaties = (await db.Set<Organisatie>().AsNoTracking().ToListAsync(ct)).OrderBy(o => o.Naam, StringComparer.Ordinal).ToList();
}
