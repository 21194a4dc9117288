using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Privacy.Grondslagen;

/// <summary>
/// The organisation that runs the reporting point stores what reporters send, so it needs a recorded basis for the
/// purpose Meldpunt itself; without one every intake (public, staff, API) is refused and nothing is stored.
/// </summary>
public static class MeldpuntGrondslag
{
    public const string Veld = "meldpunt";

    public const string Melding =
        "Het meldpunt kan nu geen meldingen aannemen: voor de organisatie van het meldpunt is geen grondslag vastgelegd " +
        "om persoonsgegevens van meldingen te verwerken. Bel bij acuut gevaar 112; anoniem melden kan bij Meld Misdaad Anoniem (0800-7000).";

    /// <summary>True when the reporting point's organisation is known and has no basis for the purpose Meldpunt.</summary>
    public static async Task<bool> OntbreektAsync(SchakelDbContext db, Guid? organisatieId, CancellationToken ct)
    {
        if (organisatieId is not { } id)
        {
            return false;
        }
        var organisatie = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == id)
            .Select(o => new { o.Type, o.Partijcategorie }).FirstOrDefaultAsync(ct);
        if (organisatie is null)
        {
            return false;
        }
        var grondslagen = await VerwerkingsgrondslagOpslag.HuidigAsync(db, ct);
        return !grondslagen.Heeft(id, organisatie.Partijcategorie, organisatie.Type, Verwerkingsdoel.Meldpunt);
    }
}
