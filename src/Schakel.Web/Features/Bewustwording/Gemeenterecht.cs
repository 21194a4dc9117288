using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>
/// Which events and hotels a caller may change: the ketenregisseur every one; a focal officer only those of their own
/// municipality (their organisation's <see cref="Organisatie.GemeenteCode"/>): a hotel in it, an event it joins. Someone
/// else's record answers 404 (as the focal-officer register does), choosing another municipality is refused at the field.
/// A focal officer whose organisation is no municipality changes nothing.
/// </summary>
public sealed record Gemeenterecht(string? EigenGemeente)
{
    public bool Alles => EigenGemeente is null;

    public bool MagHotel(string gemeenteCode) => Alles || (EigenGemeente!.Length > 0 && gemeenteCode == EigenGemeente);

    public bool MagBijeenkomst(IEnumerable<string> gemeenten) => Alles || (EigenGemeente!.Length > 0 && gemeenten.Contains(EigenGemeente, StringComparer.Ordinal));

    public static async Task<Gemeenterecht> VoorAsync(ClaimsPrincipal gebruiker, SchakelDbContext db, CancellationToken ct)
    {
        if (gebruiker.IsInRole(Rollen.Ketenregisseur))
        {
            return new((string?)null);
        }
        var org = gebruiker.OrganisatieId();
        var code = org is null ? null : await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == org).Select(o => o.GemeenteCode).SingleOrDefaultAsync(ct);
        return new(code ?? "");
    }
}
