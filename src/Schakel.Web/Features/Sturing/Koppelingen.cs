using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Overleg;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Features.Sturing.Plannen;
using Schakel.Web.Security;
using Bewustwording = Schakel.Web.Features.Bewustwording;

namespace Schakel.Web.Features.Sturing;

/// <summary>
/// "Trained this year" from the awareness feature's coverage: computed when the municipality has focal officers
/// who must follow the yearly training (all of them trained: ja, otherwise nee); unknown — and then entered by
/// hand — when Bewustwording knows no focal officer for it.
/// </summary>
internal sealed class TrainingsdekkingUitBewustwording(Bewustwording.ITrainingsdekking dekking) : ITrainingsdekking
{
    public async Task<bool?> GetraindInJaarAsync(string gemeenteCode, int jaar, CancellationToken ct)
    {
        var functionarissen = (await dekking.VoorAsync(gemeenteCode, jaar, ct)).Stand.Functionarissen;
        return functionarissen.Count == 0 ? null : functionarissen.All(f => f.Getraind);
    }

    public async Task<IReadOnlyDictionary<string, bool?>> GetraindInJaarAsync(IReadOnlyList<string> gemeenteCodes, int jaar, CancellationToken ct) =>
        (await dekking.VoorAsync(gemeenteCodes, jaar, ct)).ToDictionary(d => d.GemeenteCode,
            d => d.Stand.Functionarissen.Count == 0 ? (bool?)null : d.Stand.Functionarissen.All(f => f.Getraind), StringComparer.OrdinalIgnoreCase);
}

/// <summary>Decisions and action items of the chain's meetings (Keten) that carry this action's id, newest first.</summary>
internal sealed class ActiebesluitenUitOverleggen(SchakelDbContext db) : IActiebesluiten
{
    public async Task<IReadOnlyList<Actiebesluit>?> VoorActieAsync(Guid actieId, CancellationToken ct)
    {
        var rijen = await (from p in db.Set<Besluitpunt>().AsNoTracking()
                           join b in db.Set<Bijeenkomst>() on p.BijeenkomstId equals b.Id
                           join o in db.Set<Overlegorgaan>() on b.OverlegorgaanId equals o.Id
                           where p.ActieId == actieId
                           select new { b.Datum, o.Naam, p.Tekst, p.Volgorde }).ToListAsync(ct);
        return [.. rijen.OrderByDescending(r => r.Datum).ThenBy(r => r.Volgorde)
            .Select(r => new Actiebesluit(DateOnly.FromDateTime(r.Datum.UtcDateTime), r.Naam, r.Tekst))];
    }
}

/// <summary>
/// The actions a meeting's decision can be linked to: every action of every plan for a professional who may read the
/// plans (<see cref="SturingToegang.Lezers"/>, the plan pages' right), none for anyone else.
/// </summary>
internal sealed class ActiekeuzeUitSturing(SchakelDbContext db) : IActiekeuze
{
    public async Task<IReadOnlyList<ActieOptie>> ZichtbaarAsync(ClaimsPrincipal gebruiker, CancellationToken ct)
    {
        if (!MagLezen(gebruiker))
        {
            return [];
        }
        var rijen = await (from a in db.Set<Actie>().AsNoTracking()
                           join p in db.Set<Plan>() on a.PlanId equals p.Id
                           select new { a.Id, Plan = p.Naam, p.Niveau, a.Nummer, a.Tekst, a.Volgorde }).ToListAsync(ct);
        return [.. rijen.OrderBy(r => r.Niveau).ThenBy(r => r.Plan, StringComparer.Ordinal).ThenBy(r => r.Volgorde)
            .Select(r => new ActieOptie(r.Id, r.Plan, r.Nummer, r.Tekst))];
    }

    public async Task<IReadOnlySet<Guid>> ZichtbaarAsync(ClaimsPrincipal gebruiker, IReadOnlyCollection<Guid> actieIds, CancellationToken ct)
    {
        if (actieIds.Count == 0 || !MagLezen(gebruiker))
        {
            return new HashSet<Guid>();
        }
        var gevraagd = actieIds.Distinct().ToList();
        return (await db.Set<Actie>().AsNoTracking().Where(a => gevraagd.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct)).ToHashSet();
    }

    private static bool MagLezen(ClaimsPrincipal gebruiker) =>
        gebruiker.OrganisatieId() is not null && gebruiker.Rollen().Overlaps(SturingToegang.Lezers);
}
