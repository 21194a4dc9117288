using Microsoft.EntityFrameworkCore;
using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Opvang.Overzicht;

/// <summary>Demand versus supply for one police unit (or the country) over a period: what the page and the API show.</summary>
public sealed record Overzichtcijfers(
    string? Regio,
    DateOnly Van,
    DateOnly Tot,
    int Verzoeken,
    IReadOnlyDictionary<Doelgroep, int> VerzoekenPerDoelgroep,
    IReadOnlyDictionary<Uitbuitingsvorm, int> VerzoekenPerUitbuitingsvorm,
    Duurcijfers TijdTotEersteOpvang,
    NachtZonderPlekCijfers ZonderPlekEersteNacht,
    Aandeel VervolgBinnen36Uur,
    Aandeel EersteStapBinnenCrisisfase,
    VervolgDuurcijfers TijdTotVervolgplaatsing,
    Aandeel ZonderVervolgBijEindeCrisisfase,
    Norm36UurStand Norm36Uur,
    IReadOnlyDictionary<OnvervuldeVraagReden, int> OnvervuldPerReden,
    IReadOnlyDictionary<Doelgroep, int> OnvervuldPerDoelgroep,
    IReadOnlyDictionary<Uitbuitingsvorm, int> OnvervuldPerUitbuitingsvorm,
    IReadOnlyDictionary<Criterium, int> OnvervuldPerCriterium,
    Plekkencijfers Plekken,
    Plekkencijfers PlekkenLandelijk,
    IReadOnlyList<Bezettingsmoment> BezettingOverTijd);

/// <summary>
/// Whether the figures hold a region's own norm "a long-term place when the 36 hours end": <see cref="Geen"/> (the
/// default: the time is measured, not counted as unmet demand), <see cref="Regio"/> (the chosen police unit sets it),
/// or <see cref="Deels"/> (the whole country, where only some units set it and only their requests count).
/// </summary>
public enum Norm36UurStand
{
    Geen,
    Regio,
    Deels,
}

/// <summary>
/// Selects the facts of a region and period from the database and hands them to <see cref="Opvangcijfers"/>.
/// Demand belongs to the region where the victim was found; supply to the region where the shelter lies.
/// </summary>
public sealed class OpvangOverzicht(SchakelDbContext db, OpvangService opvang, TimeProvider tijd, Norm36Uur norm)
{
    public async Task<IReadOnlyList<Eenheid>> RegiosAsync(CancellationToken ct = default) =>
        await db.Set<Eenheid>().AsNoTracking().OrderBy(e => e.Naam).ToListAsync(ct);

    /// <summary>
    /// The region an organisation works in: the police unit of its own municipality or of the first municipality it
    /// serves; <c>null</c> when none of them is in the region tables.
    /// </summary>
    public async Task<string?> RegioVanAsync(Guid? organisatieId, CancellationToken ct = default)
    {
        if (organisatieId is null)
        {
            return null;
        }
        var codes = await db.Set<OrganisatieWerkgebied>().Where(w => w.OrganisatieId == organisatieId).Select(w => w.CbsCode).ToListAsync(ct);
        if (await db.Set<Organisatie>().Where(o => o.Id == organisatieId).Select(o => o.GemeenteCode).FirstOrDefaultAsync(ct) is { } eigen)
        {
            codes.Insert(0, eigen);
        }
        var eenheden = await db.Set<Gemeente>().Where(g => codes.Contains(g.CbsCode)).Select(g => new { g.CbsCode, g.EenheidCode }).ToListAsync(ct);
        return codes.Select(c => eenheden.FirstOrDefault(e => e.CbsCode == c)?.EenheidCode).FirstOrDefault(e => e is not null);
    }

    /// <param name="regio">Code of a police unit, or null for the whole country.</param>
    public async Task<Overzichtcijfers> BerekenAsync(string? regio, DateOnly van, DateOnly tot, CancellationToken ct = default)
    {
        var gemeenten = regio is null ? null
            : (await db.Set<Gemeente>().AsNoTracking().Where(g => g.EenheidCode == regio).Select(g => g.CbsCode).ToListAsync(ct)).ToHashSet();
        bool InRegio(string? gemeente) => gemeenten is null || (gemeente is not null && gemeenten.Contains(gemeente));

        // In UTC, as stored: the SQLite column holds UTC ticks, and PostgreSQL takes only UTC values.
        var begin = Lokaal(van).ToUniversalTime();
        var einde = Lokaal(tot.AddDays(1)).ToUniversalTime();
        var inPeriode = db.Set<Plaatsingsverzoek>().AsNoTracking().Where(v => v.GevondenOp >= begin && v.GevondenOp < einde);
        if (gemeenten is not null)
        {
            inPeriode = inPeriode.Where(v => v.GevondenInGemeenteCode != null && gemeenten.Contains(v.GevondenInGemeenteCode));
        }
        var verzoeken = await inPeriode.ToDictionaryAsync(v => v.Id, ct);
        var ids = verzoeken.Keys.ToList();
        var nachten = (await db.Set<NachtZonderPlekRegel>().AsNoTracking().Where(n => ids.Contains(n.PlaatsingsverzoekId)).ToListAsync(ct))
            .GroupBy(n => n.PlaatsingsverzoekId).ToDictionary(g => g.Key, g => g.OrderBy(n => n.Nacht).First().Verblijf);
        var feiten = verzoeken.Values.Select(v => new VerzoekFeiten
        {
            // The first step is met by a confirmed placement; a hold that was never confirmed is not a first place.
            Id = v.Id, GevondenOp = v.GevondenOp, EersteOpvangOp = v.EersteOpvangBevestigdOp, VervolgGeregeldOp = v.VervolgGeregeldOp,
            NachtZonderPlek = nachten.TryGetValue(v.Id, out var n) ? n : null, Doelgroep = v.Behoefte.Doelgroep(), Uitbuitingsvormen = v.Behoefte.Uitbuitingsvormen,
        }).ToList();
        // "No long-term place at 36 h" is unmet demand only where the region sets that norm, read now, so switching
        // the norm off stops counting rows recorded while it was on.
        var normGemeenten = await norm.GemeentenAsync(ct);
        var onvervuld = (await db.Set<OnvervuldeVraagRegel>().AsNoTracking().Where(o => ids.Contains(o.PlaatsingsverzoekId)).ToListAsync(ct))
            .Where(o => o.Reden != OnvervuldeVraagReden.VervolgplaatsingNietGeregeldBinnen36Uur
                || (verzoeken[o.PlaatsingsverzoekId].GevondenInGemeenteCode is { } g && normGemeenten.Contains(g)))
            .Select(o => new OnvervuldeVraag
            {
                PlaatsingsverzoekId = o.PlaatsingsverzoekId, Stap = o.Stap, Reden = o.Reden, Op = o.Tijdstip,
                Doelgroep = verzoeken[o.PlaatsingsverzoekId].Behoefte.Doelgroep(), Uitbuitingsvormen = verzoeken[o.PlaatsingsverzoekId].Behoefte.Uitbuitingsvormen,
                NietVervuldeCriteria = [.. o.Criteria.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Criterium>)],
            }).ToList();

        var standen = await opvang.PoolStandenAsync(ct);
        var inRegio = standen.Where(s => InRegio(s.Locatie.GemeenteCode)).ToList();
        var poolTypes = inRegio.ToDictionary(s => s.Pool.Id, s => s.Pool.Type);
        var poolIds = poolTypes.Keys.ToList();
        var snapshots = (await db.Set<BezettingSnapshot>().AsNoTracking().Where(s => poolIds.Contains(s.PlekkenpoolId)).ToListAsync(ct))
            .Select(s => new BezettingsSnapshot(s.PlekkenpoolId, poolTypes[s.PlekkenpoolId], s.Tijdstip, s.Capaciteit, s.Bezet, s.BuitenGebruik));

        return new Overzichtcijfers(
            regio, van, tot, Opvangcijfers.AantalVerzoeken(feiten),
            Opvangcijfers.VerzoekenPerDoelgroep(feiten), Opvangcijfers.VerzoekenPerUitbuitingsvorm(feiten),
            Opvangcijfers.TijdTotEersteOpvang(feiten), Opvangcijfers.ZonderPlekEersteNacht(feiten),
            Opvangcijfers.VervolgBinnenTermijn(feiten, tijd.GetUtcNow()),
            Opvangcijfers.EersteStapBinnenCrisisfase(feiten, tijd.GetUtcNow()),
            Opvangcijfers.TijdTotVervolgplaatsing(feiten, tijd.GetUtcNow()),
            Opvangcijfers.ZonderVervolgBijEindeCrisisfase(feiten, tijd.GetUtcNow()),
            regio is null ? (norm.Aan ? Norm36UurStand.Deels : Norm36UurStand.Geen) : norm.GeldtVoorRegio(regio) ? Norm36UurStand.Regio : Norm36UurStand.Geen,
            Opvangcijfers.OnvervuldPerReden(onvervuld), Opvangcijfers.OnvervuldPerDoelgroep(onvervuld),
            Opvangcijfers.OnvervuldPerUitbuitingsvorm(onvervuld), Opvangcijfers.OnvervuldPerCriterium(onvervuld),
            Opvangcijfers.Plekken(inRegio.Select(s => s.AlsAanbod())), Opvangcijfers.Plekken(standen.Select(s => s.AlsAanbod())),
            Opvangcijfers.BezettingPerTypeOverTijd(snapshots, Momenten(van, tot, tijd.GetUtcNow())));
    }

    /// <summary>Evenings (21:00, when beds are counted for the night) through the period: weekly, or monthly for a long period.</summary>
    public static IReadOnlyList<DateTimeOffset> Momenten(DateOnly van, DateOnly tot, DateTimeOffset nu)
    {
        var momenten = new List<DateTimeOffset>();
        var lang = tot.DayNumber - van.DayNumber > 62;
        for (var dag = van; dag <= tot && momenten.Count < 60; dag = lang ? dag.AddMonths(1) : dag.AddDays(7))
        {
            var moment = Lokaal(dag, new TimeOnly(21, 0));
            if (moment <= nu)
            {
                momenten.Add(moment);
            }
        }
        return momenten;
    }

    private static DateTimeOffset Lokaal(DateOnly dag, TimeOnly tijdstip = default)
    {
        var lokaal = dag.ToDateTime(tijdstip);
        return new DateTimeOffset(lokaal, OpvangService.Amsterdam.GetUtcOffset(lokaal)).ToUniversalTime();
    }
}
