using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Opvang;

/// <summary>
/// An escalation of the 36-hour clock reaches the requesting organisation and the chain director serving the
/// municipality where the victim was found — as a content-free notification with a link to the request page.
/// </summary>
public sealed class EscalatieNotificaties(SchakelDbContext db, NotificatieService notificaties)
{
    public async Task MeldAsync(Plaatsingsverzoek verzoek, CancellationToken ct)
    {
        var link = $"/opvang/verzoeken/{verzoek.Id}";
        await notificaties.PlaatsAsync(verzoek.AanvragerOrganisatieId, NotificatieSoorten.OpvangEscalatie, link, ct: ct);
        var gemeente = verzoek.GevondenInGemeenteCode;
        var ketenregie = await db.Set<Organisatie>().AsNoTracking()
            .Where(o => o.Actief && o.Type == OrganisatieType.Ketenregie && o.Id != verzoek.AanvragerOrganisatieId
                && (gemeente == null || o.Werkgebied.Any(w => w.CbsCode == gemeente)))
            .Select(o => o.Id).ToListAsync(ct);
        foreach (var organisatie in ketenregie)
        {
            await notificaties.PlaatsAsync(organisatie, NotificatieSoorten.OpvangEscalatie, link, Rollen.Ketenregisseur, ct);
        }
    }
}
