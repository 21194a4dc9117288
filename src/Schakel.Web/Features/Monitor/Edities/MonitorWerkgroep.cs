using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Monitor.Edities;

/// <summary>
/// Who is in the monitor working group (Jaarplan 2024: the RSIV "met de partners"). Configurable in
/// <c>Monitor:Werkgroep</c>: the roles that take part, and optionally a fixed list of organisations. Without that list
/// every organisation working in the edition's police unit takes part with those roles.
/// </summary>
public sealed class WerkgroepOpties
{
    public List<string> Rollen { get; set; } = [Core.Organisaties.Rollen.Ketenregisseur, Core.Organisaties.Rollen.Zorgcoordinator, Core.Organisaties.Rollen.Opsporing];
    public List<Guid> Organisaties { get; set; } = [];
}

public sealed class MonitorWerkgroep(SchakelDbContext db, IOptions<WerkgroepOpties> opties)
{
    public IReadOnlyList<string> Rollen => opties.Value.Rollen;

    public static bool IsKetenregisseur(ClaimsPrincipal gebruiker) => gebruiker.IsInRole(Core.Organisaties.Rollen.Ketenregisseur);

    /// <summary>Whether this professional may read and comment on this edition in review.</summary>
    public async Task<bool> IsLidAsync(ClaimsPrincipal gebruiker, MonitorEditie editie, CancellationToken ct)
    {
        if (!opties.Value.Rollen.Any(gebruiker.IsInRole) || gebruiker.OrganisatieId() is not { } organisatie)
        {
            return false;
        }

        if (opties.Value.Organisaties.Count > 0)
        {
            return opties.Value.Organisaties.Contains(organisatie);
        }

        return editie.EenheidCode is { } eenheid && (await MonitorModule.EenhedenVanAsync(db, organisatie, ct)).Contains(eenheid);
    }

    /// <summary>Editions in review that this professional's working group still has to read.</summary>
    public async Task<int> InReviewAsync(ClaimsPrincipal gebruiker, CancellationToken ct)
    {
        var edities = await db.Set<MonitorEditie>().AsNoTracking().Where(e => e.Status == EditieStatus.InReview).ToListAsync(ct);
        var aantal = 0;
        foreach (var e in edities)
        {
            aantal += await IsLidAsync(gebruiker, e, ct) ? 1 : 0;
        }

        return aantal;
    }
}

/// <summary>The working group's waiting work in the staff menu: editions in review.</summary>
public sealed class EditiesTeller(MonitorWerkgroep werkgroep) : Accounts.IWerkplekTeller
{
    public const string LijstPad = "/monitor/edities";

    public string Pad => LijstPad;

    public Task<int> TelAsync(ClaimsPrincipal medewerker, CancellationToken ct) => werkgroep.InReviewAsync(medewerker, ct);
}
