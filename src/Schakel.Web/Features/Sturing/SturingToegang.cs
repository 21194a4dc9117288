using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Core.Sturing;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Sturing;

/// <summary>
/// Who may write what in Sturing, decided per organisation (every professional role may read the plans and the
/// checklists: they are policy, not personal data):
/// - progress on an action: an organisation linked as its owner (<see cref="ActieEigenaarOrganisatie"/>, or the
///   municipality for its own actions, by its focal officers), and the chain director for the regional and municipal plans of the units
///   its organisation serves;
/// - a municipality's basic level: that municipality's focal officers, and the chain director for the
///   municipalities its organisation serves.
/// </summary>
public sealed class SturingToegang(SchakelDbContext db)
{
    private Organisatie? _organisatie;
    private HashSet<string>? _werkgebied;

    public static readonly string[] Lezers = [Rollen.Aandachtsfunctionaris, Rollen.Zorgcoordinator, Rollen.Opsporing, Rollen.Ketenregisseur, Rollen.Beheerder];

    public static readonly string[] VoortgangRollen = [Rollen.Aandachtsfunctionaris, Rollen.Zorgcoordinator, Rollen.Opsporing, Rollen.Ketenregisseur];

    public static readonly string[] BasisniveauRollen = [Rollen.Aandachtsfunctionaris, Rollen.Ketenregisseur];

    public async Task<bool> MagVoortgangMeldenAsync(ClaimsPrincipal gebruiker, Actie actie, Plan plan, CancellationToken ct)
    {
        if (await OrganisatieAsync(gebruiker, ct) is not { } org || !gebruiker.Rollen().Overlaps(VoortgangRollen))
        {
            return false;
        }
        // By organisation, never by kind: "Politie" is the police organisation(s) linked to the action, not every police organisation.
        var eigenaar = await db.Set<ActieEigenaarOrganisatie>().AnyAsync(k => k.ActieId == actie.Id && k.OrganisatieId == org.Id, ct)
            || actie.EigenaarKoppelingen.Any(k => k.GemeenteCode is { } code && org.Type == OrganisatieType.Gemeente && org.GemeenteCode == code && gebruiker.IsInRole(Rollen.Aandachtsfunctionaris));
        if (eigenaar)
        {
            return true;
        }
        return gebruiker.IsInRole(Rollen.Ketenregisseur) && plan.Niveau != Planniveau.Nationaal
            && (plan.GemeenteCode is { } g ? (await WerkgebiedAsync(org, ct)).Contains(g) : await DientEenheidAsync(org, plan.EenheidCode, ct));
    }

    public async Task<bool> MagBasisniveauZettenAsync(ClaimsPrincipal gebruiker, string gemeenteCode, CancellationToken ct)
    {
        if (await OrganisatieAsync(gebruiker, ct) is not { } org)
        {
            return false;
        }
        if (gebruiker.IsInRole(Rollen.Aandachtsfunctionaris) && org.Type == OrganisatieType.Gemeente && org.GemeenteCode == gemeenteCode)
        {
            return true;
        }
        return gebruiker.IsInRole(Rollen.Ketenregisseur) && (await WerkgebiedAsync(org, ct)).Contains(gemeenteCode);
    }

    /// <summary>The municipalities whose checklist this professional may edit (for the matrix's links).</summary>
    public async Task<IReadOnlySet<string>> BewerkbareGemeentenAsync(ClaimsPrincipal gebruiker, CancellationToken ct)
    {
        if (await OrganisatieAsync(gebruiker, ct) is not { } org)
        {
            return new HashSet<string>();
        }
        var uit = new HashSet<string>(StringComparer.Ordinal);
        if (gebruiker.IsInRole(Rollen.Aandachtsfunctionaris) && org.Type == OrganisatieType.Gemeente && org.GemeenteCode is { } eigen)
        {
            uit.Add(eigen);
        }
        if (gebruiker.IsInRole(Rollen.Ketenregisseur))
        {
            uit.UnionWith(await WerkgebiedAsync(org, ct));
        }
        return uit;
    }

    public async Task<Organisatie?> OrganisatieAsync(ClaimsPrincipal gebruiker, CancellationToken ct) =>
        _organisatie ??= gebruiker.OrganisatieId() is { } id
            ? await db.Set<Organisatie>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.Actief, ct)
            : null;

    private async Task<HashSet<string>> WerkgebiedAsync(Organisatie org, CancellationToken ct) =>
        _werkgebied ??= (await db.Set<OrganisatieWerkgebied>().AsNoTracking().Where(w => w.OrganisatieId == org.Id).Select(w => w.CbsCode).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);

    private async Task<bool> DientEenheidAsync(Organisatie org, string? eenheid, CancellationToken ct)
    {
        if (eenheid is null)
        {
            return false;
        }
        var gebied = await WerkgebiedAsync(org, ct);
        return await db.Set<Regio.Gemeente>().AnyAsync(g => g.EenheidCode == eenheid && gebied.Contains(g.CbsCode), ct);
    }
}
