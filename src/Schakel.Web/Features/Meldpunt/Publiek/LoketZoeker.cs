using Microsoft.EntityFrameworkCore;
using Schakel.Core.Keten;
using Schakel.Core.Meldpunt.Wegwijzer;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Gids;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>
/// Turns a desk kind into the organisation to contact: the one whose work area holds the chosen municipality
/// first, any active one of that kind otherwise. Its phone, e-mail, website and hours come from the partner
/// directory (Keten/Gids: the organisation's service for that desk), with the organisation's own fields where the
/// service has none.
/// </summary>
public sealed class LoketZoeker(SchakelDbContext db, MeldpuntOrganisatieKiezer meldpuntKiezer)
{
    public async Task<Organisatie?> ZoekAsync(Loket loket, string? gemeenteCode, CancellationToken ct)
    {
        var organisatie = await OrganisatieAsync(loket, gemeenteCode, ct);
        if (organisatie is null)
        {
            return null;
        }
        var voorkeur = loket == Loket.Zorgcoordinatie ? [Dienstsoort.Zorgcoordinatie, .. GidsContactgegevens.Melden] : GidsContactgegevens.Melden;
        return await GidsContactgegevens.AanvullenAsync(db, organisatie, voorkeur, gemeenteCode, ct);
    }

    private async Task<Organisatie?> OrganisatieAsync(Loket loket, string? gemeenteCode, CancellationToken ct)
    {
        IQueryable<Organisatie> q = db.Set<Organisatie>().AsNoTracking().Where(o => o.Actief);
        switch (loket)
        {
            case Loket.Alarmnummer112:
                return null;
            case Loket.Meldpunt:
                var id = await meldpuntKiezer.KiesAsync(db, gemeenteCode, ct);
                return id is null ? null : await q.FirstOrDefaultAsync(o => o.Id == id, ct);
            case Loket.GemeenteAandachtsfunctionaris:
                return gemeenteCode is null ? null
                    : await q.Where(o => o.Type == OrganisatieType.Gemeente && o.GemeenteCode == gemeenteCode).FirstOrDefaultAsync(ct);
            case Loket.MeldMisdaadAnoniem:
                // No type of its own among the chain partners: the national line is known by name.
                q = q.Where(o => o.Naam == DemoOrganisaties.MeldMisdaadAnoniem);
                break;
            default:
                var type = loket switch
                {
                    Loket.Politie => OrganisatieType.Politie,
                    Loket.VeiligThuis => OrganisatieType.VeiligThuis,
                    Loket.Zorgcoordinatie => OrganisatieType.Zorgcoordinatie,
                    _ => OrganisatieType.CoMensha,
                };
                q = q.Where(o => o.Type == type);
                break;
        }
        if (gemeenteCode is not null)
        {
            var lokaal = await q.Where(o => o.Werkgebied.Any(w => w.CbsCode == gemeenteCode)).OrderBy(o => o.Naam).FirstOrDefaultAsync(ct);
            if (lokaal is not null)
            {
                return lokaal;
            }
        }
        return await q.OrderBy(o => o.Naam).FirstOrDefaultAsync(ct);
    }
}
