using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Werkstroom;

public sealed record UitkomstTerugkoppelingInvoer(string? Sjabloon);

/// <summary>
/// Passes a partner's outcome on to the reporter, as the reporting point chooses it: one of the fixed outcome
/// texts (<see cref="Terugkoppeling.UitkomstSleutels"/>), stored as its key so it is shown in the reporter's own
/// language and can never name a partner. Only once a partner has reported an outcome on the report.
/// </summary>
public sealed class UitkomstTerugkoppelen(SchakelDbContext db, MeldpuntBehandeling behandeling, AuditTrail audit, TimeProvider tijd)
{
    public async Task<VerstuurUitkomst> KoppelTerugAsync(Guid id, ClaimsPrincipal medewerker, UitkomstTerugkoppelingInvoer invoer, string herkomst, CancellationToken ct = default)
    {
        var m = await behandeling.VindAsync(id, medewerker, "melding.terugkoppeling", ct);
        if (m is null)
        {
            return VerstuurUitkomst.NietGevonden;
        }
        var fouten = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (invoer.Sjabloon is not { } sjabloon || !Terugkoppeling.UitkomstSleutels.Contains(sjabloon, StringComparer.Ordinal))
        {
            fouten["sjabloon"] = [$"Kies een van: {string.Join(", ", Terugkoppeling.UitkomstSleutels)}."];
        }
        var uitkomstGemeld = await db.Set<DoorverwijzingRij>().AnyAsync(d => d.MeldingId == id
            && (d.Status == DoorverwijzingStatus.UitkomstGemeld || d.Status == DoorverwijzingStatus.Afgesloten), ct);
        if (!uitkomstGemeld)
        {
            fouten["doorverwijzingen"] = ["Er is nog geen uitkomst van een partner om door te geven."];
        }
        if (fouten.Count > 0)
        {
            return new(Handelingsresultaat.Ongeldig, fouten, []);
        }
        var nu = tijd.GetUtcNow();
        db.Add(new MeldingBericht { MeldingId = m.Id, Van = BerichtAfzender.Meldpunt, Tijdstip = nu, Sjabloon = invoer.Sjabloon });
        m.TeruggekoppeldOp ??= nu;
        await db.SaveChangesAsync(ct);
        await audit.SchrijfAsync(medewerker.AlsActor(), "melding.terugkoppeling", nameof(Melding), id.ToString(), AuditResultaat.Gelukt, herkomst, ct);
        return new(Handelingsresultaat.Gelukt, fouten, []);
    }
}
