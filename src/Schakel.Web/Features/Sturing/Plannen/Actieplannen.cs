using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Sturing;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Sturing.Model;

namespace Schakel.Web.Features.Sturing.Plannen;

public sealed record PlanSamenvatting(Guid Id, string Naam, Planniveau Niveau, string? GemeenteCode, int VanJaar, int TotJaar, string Bron, int AantalActies);

public sealed record BegrotingsBedrag(int Jaar, decimal Bedrag, string Regel, IReadOnlyList<string> GedeeldMet);

public sealed record VoortgangRegel(
    Guid Id, Guid ActieId, Kwartaal Kwartaal, string Tekst, Voortgangskleur Kleur, string? VolgendeStap, string? Risicos,
    Actiestatus Status, string Organisatie, DateTimeOffset GemeldOp);

public sealed record ActieRegel(
    Guid Id, Guid PlanId, int ActielijnNummer, string ActielijnNaam, string? Doel, int? Doeljaar, string? BeoogdEffect, string Nummer, string Tekst,
    IReadOnlyList<string> Eigenaren, IReadOnlyList<string> Betrokkenen, string Vormen, Planning Planning,
    IReadOnlyList<BegrotingsBedrag> Begroting, Actiestatus Status, VoortgangRegel? LaatsteVoortgang);

public sealed record PlanDetail(PlanSamenvatting Plan, IReadOnlyList<ActieRegel> Acties, IReadOnlyList<Begrotingsregel> Begrotingsregels, IReadOnlyList<Actielijn> Lijnen)
{
    /// <summary>The budget rows' years, ascending (empty: the plan publishes no budget).</summary>
    public IReadOnlyList<int> BegrotingsJaren => [.. Begrotingsregels.Select(r => r.Jaar).Distinct().Order()];

    /// <summary>Per action line and year the budget total, each row counted once (also a row shared by two actions).</summary>
    public IReadOnlyDictionary<(int Actielijn, int Jaar), decimal> BegrotingsTotalen
    {
        get
        {
            var nummers = Lijnen.ToDictionary(l => l.Id, l => l.Nummer);
            return Begroting.TotaalPerLijnEnJaar(Begrotingsregels.Select(r => new Begrotingspost(nummers[r.ActielijnId], r.Label, r.Nummers, r.Jaar, r.Bedrag)));
        }
    }
}

/// <summary>Reads plans, their actions with budget and latest progress; never writes.</summary>
public sealed class Actieplannen(SchakelDbContext db)
{
    public async Task<IReadOnlyList<PlanSamenvatting>> LijstAsync(CancellationToken ct)
    {
        var plannen = await db.Set<Plan>().AsNoTracking().ToListAsync(ct);
        var aantallen = await db.Set<Actie>().GroupBy(a => a.PlanId).Select(g => new { g.Key, Aantal = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Aantal, ct);
        return [.. plannen.OrderBy(p => p.Niveau).ThenBy(p => p.Naam, StringComparer.Ordinal)
            .Select(p => Samenvatting(p, aantallen.GetValueOrDefault(p.Id)))];
    }

    private static PlanSamenvatting Samenvatting(Plan p, int aantal) =>
        new(p.Id, p.Naam, p.Niveau, p.GemeenteCode, p.VanJaar, p.TotJaar, p.Bron, aantal);

    public async Task<PlanDetail?> DetailAsync(Guid planId, CancellationToken ct)
    {
        var plan = await db.Set<Plan>().AsNoTracking().Include(p => p.Actielijnen).ThenInclude(l => l.Doelen).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return null;
        }
        var acties = await db.Set<Actie>().AsNoTracking().Where(a => a.PlanId == planId).OrderBy(a => a.Volgorde).ToListAsync(ct);
        var lijnIds = plan.Actielijnen.Select(l => l.Id).ToList();
        var regels = await db.Set<Begrotingsregel>().AsNoTracking().Where(r => lijnIds.Contains(r.ActielijnId)).ToListAsync(ct);
        var laatste = await LaatsteVoortgangAsync(acties.Select(a => a.Id).ToList(), null, ct);
        var lijnen = plan.Actielijnen.ToDictionary(l => l.Id);
        var doelen = plan.Actielijnen.SelectMany(l => l.Doelen).ToDictionary(d => d.Id);
        var regelsRegel = acties.Select(a =>
        {
            var lijn = lijnen[a.ActielijnId];
            var doel = a.DoelId is { } d ? doelen[d] : null;
            var begroting = regels.Where(r => r.ActielijnId == a.ActielijnId && r.Nummers.Contains(a.Nummer))
                .OrderBy(r => r.Jaar).Select(r => new BegrotingsBedrag(r.Jaar, r.Bedrag, r.Label, [.. r.Nummers.Where(n => n != a.Nummer)])).ToList();
            return new ActieRegel(a.Id, a.PlanId, lijn.Nummer, lijn.Naam, doel?.Tekst, doel?.Doeljaar, doel?.BeoogdEffect, a.Nummer, a.Tekst,
                a.EigenaarLijst, a.BetrokkenenLijst, a.Vormen, a.Planning, begroting, a.Status, laatste.GetValueOrDefault(a.Id));
        }).ToList();
        return new PlanDetail(Samenvatting(plan, acties.Count), regelsRegel, regels, [.. plan.Actielijnen.OrderBy(l => l.Nummer)]);
    }

    public async Task<(Actie Actie, Plan Plan)?> ActieAsync(Guid actieId, CancellationToken ct)
    {
        var actie = await db.Set<Actie>().AsNoTracking().Include(a => a.EigenaarKoppelingen).FirstOrDefaultAsync(a => a.Id == actieId, ct);
        if (actie is null)
        {
            return null;
        }
        return (actie, await db.Set<Plan>().AsNoTracking().SingleAsync(p => p.Id == actie.PlanId, ct));
    }

    public async Task<IReadOnlyList<VoortgangRegel>> VoortgangAsync(Guid actieId, CancellationToken ct) =>
        await (from v in db.Set<Voortgang>().AsNoTracking()
               join o in db.Set<Organisatie>() on v.OrganisatieId equals o.Id
               where v.ActieId == actieId
               select new { v, o.Naam }).ToListAsync(ct) is var rijen
            ? [.. rijen.OrderByDescending(r => r.v.GemeldOp).Select(r => Regel(r.v, r.Naam))]
            : [];

    /// <summary>Per action its newest entry, or with <paramref name="periode"/> its newest entry in those quarters.</summary>
    public async Task<Dictionary<Guid, VoortgangRegel>> LaatsteVoortgangAsync(IReadOnlyList<Guid> actieIds, IReadOnlyList<Kwartaal>? periode, CancellationToken ct)
    {
        var jaren = periode?.Select(k => k.Jaar).Distinct().ToList();
        var rijen = await (from v in db.Set<Voortgang>().AsNoTracking()
                           join o in db.Set<Organisatie>() on v.OrganisatieId equals o.Id
                           where actieIds.Contains(v.ActieId) && (jaren == null || jaren.Contains(v.Jaar))
                           select new { v, o.Naam }).ToListAsync(ct);
        return rijen
            .Where(r => periode is null || periode.Contains(new Kwartaal(r.v.Jaar, r.v.Kwartaal)))
            .GroupBy(r => r.v.ActieId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.v.GemeldOp).Select(r => Regel(r.v, r.Naam)).First());
    }

    internal static VoortgangRegel Regel(Voortgang v, string organisatie) =>
        new(v.Id, v.ActieId, new Kwartaal(v.Jaar, v.Kwartaal), v.Tekst, v.Kleur, v.VolgendeStap, v.Risicos, v.Status, organisatie, v.GemeldOp);

    public async Task<IReadOnlyList<Tegenstrijdigheid>> TegenstrijdighedenAsync(CancellationToken ct) =>
        await db.Set<Tegenstrijdigheid>().AsNoTracking().OrderBy(t => t.PlanId).ThenBy(t => t.Code).ToListAsync(ct);

    public async Task<IReadOnlyList<Plan>> PlanEntiteitenAsync(CancellationToken ct) => await db.Set<Plan>().AsNoTracking().ToListAsync(ct);

    /// <summary>For the pages: may this professional enter progress on these actions.</summary>
    public static async Task<HashSet<Guid>> SchrijfbaarAsync(SturingToegang toegang, SchakelDbContext db, ClaimsPrincipal gebruiker, Plan plan, CancellationToken ct)
    {
        var acties = await db.Set<Actie>().AsNoTracking().Include(a => a.EigenaarKoppelingen).Where(a => a.PlanId == plan.Id).ToListAsync(ct);
        var uit = new HashSet<Guid>();
        foreach (var a in acties)
        {
            if (await toegang.MagVoortgangMeldenAsync(gebruiker, a, plan, ct))
            {
                uit.Add(a.Id);
            }
        }
        return uit;
    }
}
