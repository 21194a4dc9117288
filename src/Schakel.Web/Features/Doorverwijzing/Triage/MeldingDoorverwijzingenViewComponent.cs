using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Werkstroom;
using Schakel.Web.Features.Meldpunt.Model;

namespace Schakel.Web.Features.Doorverwijzing.Triage;

public sealed record MeldingDoorverwijzingenWeergave(
    Guid MeldingId, IReadOnlyList<VerstuurdeDoorverwijzing> Doorverwijzingen, Guid? SamengevoegdMet, IReadOnlyList<Guid> SamengevoegdIn,
    DateTimeOffset? EersteActieUiterlijk, bool EersteActieTeLaat);

/// <summary>
/// The report page's block for triage and referrals: links to both steps, the referrals sent (recipient, role,
/// level, status, deadline), the report's own first-action deadline and its merge links in both directions.
/// </summary>
public sealed class MeldingDoorverwijzingenViewComponent(DoorverwijzingVersturen versturen, Termijnbewaking bewaking, SchakelDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid meldingId)
    {
        var gebruiker = (ClaimsPrincipal)User;
        var lijst = await versturen.VerstuurdAsync(meldingId, gebruiker, HttpContext.RequestAborted) ?? [];
        var m = await db.Set<Melding>().AsNoTracking().Where(x => x.Id == meldingId)
            .Select(x => new { x.SamengevoegdMetId, x.MeldpuntOrganisatieId }).SingleAsync(HttpContext.RequestAborted);
        var samengevoegdIn = await db.Set<Melding>().AsNoTracking()
            .Where(x => x.SamengevoegdMetId == meldingId && x.MeldpuntOrganisatieId == m.MeldpuntOrganisatieId)
            .Select(x => x.Id).ToListAsync(HttpContext.RequestAborted);
        var termijn = await bewaking.EersteActieMeldingAsync(meldingId, HttpContext.RequestAborted);
        return View("/Features/Doorverwijzing/Triage/_MeldingDoorverwijzingen.cshtml", new MeldingDoorverwijzingenWeergave(
            meldingId, lijst, m.SamengevoegdMetId, samengevoegdIn, termijn?.Uiterlijk, termijn?.TeLaat ?? false));
    }
}
