using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Monitor;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Monitor;

/// <summary>
/// Reads what the monitor counts from the database: the geography and, per year, the facts of reports, triages,
/// referrals and CoMensha registrations. Projections only — no text, no personal data leaves the query.
/// </summary>
public sealed partial class MonitorGegevens(Schaal.Leesdatabase lezen, TimeProvider tijd)
{
    /// <summary>The heavy reads go to the read replica when there is one (Features/Schaal).</summary>
    private SchakelDbContext db => lezen.Context;

    public async Task<Indeling> IndelingAsync(CancellationToken ct)
    {
        var eenheden = await db.Set<Eenheid>().AsNoTracking().Select(e => new { e.Code, e.Naam }).ToListAsync(ct);
        var districten = await db.Set<District>().AsNoTracking().ToListAsync(ct);
        var gemeenten = await db.Set<Gemeente>().AsNoTracking().Include(g => g.Districten).ToListAsync(ct);
        var basisteams = await db.Set<Basisteam>().AsNoTracking().ToListAsync(ct);
        return new Indeling(
            eenheden.Select(e => (e.Code, e.Naam)),
            districten.Select(d => new IndelingDistrict(d.Id, d.Code, d.Naam, d.EenheidCode)),
            gemeenten.Select(g => new IndelingGemeente(g.CbsCode, g.Naam, g.EenheidCode,
                g.Districten.Select(d => d.DistrictId).Order(StringComparer.Ordinal).ToList())),
            basisteams.Select(b => new IndelingBasisteam(b.Id, b.DistrictId)));
    }

    /// <summary>
    /// The facts whose moments can fall in <paramref name="jaar"/> (a day's margin either side for Dutch time);
    /// the rules in <see cref="Telling"/> decide exactly which period each belongs to.
    /// </summary>
    public async Task<MonitorFeiten> FeitenAsync(Indeling indeling, int jaar, CancellationToken ct)
    {
        var van = new DateTimeOffset(jaar, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-1);
        var tot = new DateTimeOffset(jaar + 1, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(1);
        var meldpuntEenheid = await MeldpuntEenhedenAsync(ct);

        var meldingen = await db.Set<Melding>().AsNoTracking()
            .Where(m => m.OntvangenOp >= van && m.OntvangenOp < tot)
            .Select(m => new
            {
                m.Id, m.Soort, m.OntvangenOp, m.GemeenteCode, m.MeldpuntOrganisatieId, m.MelderType, m.Kanaal,
                m.Uitbuitingsvormen, m.MinderjarigBetrokken, m.AcuutGevaar, m.Status, m.IngezienOp, m.TeruggekoppeldOp,
                // The newest triage's facts and the first moments are kept on the report itself (Meldpunt/Model/Melding.Trieer).
                TriageGemeente = m.TriageGemeenteCode,
                Zijde = m.TriageZijde,
                EersteTriage = m.EersteTriageOp,
                EersteDoorverwijzing = m.EersteDoorverwijzingOp,
            })
            .ToListAsync(ct);

        Toewijzing? Plaats(string? triageGemeente, string? gemeente, Guid? meldpunt) => indeling.Toewijzen(
            triageGemeente ?? gemeente, null, meldpunt is { } id ? meldpuntEenheid.GetValueOrDefault(id) : null);

        var meldingFeiten = meldingen.Select(m => new MeldingFeit(
            m.Id, m.Soort, m.OntvangenOp, Plaats(m.TriageGemeente, m.GemeenteCode, m.MeldpuntOrganisatieId), m.MelderType, m.Kanaal,
            Vormen(m.Uitbuitingsvormen), m.MinderjarigBetrokken, m.AcuutGevaar, m.Status == MeldingStatus.Samengevoegd,
            m.Zijde, m.EersteTriage, m.EersteDoorverwijzing, m.IngezienOp, m.TeruggekoppeldOp)).ToList();

        var doorverwijzingen = await (from d in db.Set<DoorverwijzingRij>().AsNoTracking()
                                      join m in db.Set<Melding>() on d.MeldingId equals m.Id
                                      join o in db.Set<Organisatie>() on d.OntvangerOrganisatieId equals o.Id
                                      where (d.VerstuurdOp >= van && d.VerstuurdOp < tot) || (d.EersteActieUiterlijk >= van && d.EersteActieUiterlijk < tot)
                                      select new
                                      {
                                          d.MeldingId, o.Type, d.Rol, d.VerstuurdOp, d.EersteActieUiterlijk, d.EersteActieOp,
                                          m.GemeenteCode, m.MeldpuntOrganisatieId,
                                          TriageGemeente = m.TriageGemeenteCode,
                                      }).ToListAsync(ct);

        var registraties = await (from r in db.Set<CoMenshaRegistratie>().AsNoTracking()
                                  join d in db.Set<DoorverwijzingRij>() on r.DoorverwijzingId equals d.Id
                                  join m in db.Set<Melding>() on d.MeldingId equals m.Id
                                  where r.GeregistreerdOp >= van && r.GeregistreerdOp < tot
                                  select new
                                  {
                                      r.GeregistreerdOp, r.Partijsoort, m.GemeenteCode, m.MeldpuntOrganisatieId,
                                      TriageGemeente = m.TriageGemeenteCode,
                                  }).ToListAsync(ct);

        var opvang = await OpvangFeitenAsync(indeling, van, tot, ct);

        return new MonitorFeiten(
            meldingFeiten,
            doorverwijzingen.Select(d => new DoorverwijzingFeit(d.MeldingId, Plaats(d.TriageGemeente, d.GemeenteCode, d.MeldpuntOrganisatieId),
                d.Type, d.Rol, d.VerstuurdOp, d.EersteActieUiterlijk, d.EersteActieOp)).ToList(),
            registraties.Select(r => new RegistratieFeit(Plaats(r.TriageGemeente, r.GemeenteCode, r.MeldpuntOrganisatieId),
                r.GeregistreerdOp, r.Partijsoort)).ToList(),
            opvang);
    }

    /// <summary>
    /// The shelter requests whose moments can fall in the window: found, first placement or a night without a place.
    /// Few per year (a tenth of the victim-side reports at most), so they are read one by one.
    /// </summary>
    public async Task<List<OpvangFeit>> OpvangFeitenAsync(Indeling indeling, DateTimeOffset van, DateTimeOffset tot, CancellationToken ct)
    {
        var nachtVan = DateOnly.FromDateTime(van.UtcDateTime);
        var nachtTot = DateOnly.FromDateTime(tot.UtcDateTime);
        var verzoeken = await db.Set<Plaatsingsverzoek>().AsNoTracking()
            .Where(v => (v.GevondenOp >= van && v.GevondenOp < tot) || (v.EersteOpvangBevestigdOp >= van && v.EersteOpvangBevestigdOp < tot)
                || db.Set<NachtZonderPlekRegel>().Any(n => n.PlaatsingsverzoekId == v.Id && n.Nacht >= nachtVan && n.Nacht < nachtTot))
            .Select(v => new { v.Id, v.GevondenOp, v.GevondenInGemeenteCode, v.VerantwoordelijkeGemeenteCode, v.EersteOpvangBevestigdOp, v.VervolgGeregeldOp })
            .ToListAsync(ct);
        var verzoekIds = verzoeken.Select(v => v.Id).ToList();
        var nachten = (await db.Set<NachtZonderPlekRegel>().AsNoTracking().Where(n => verzoekIds.Contains(n.PlaatsingsverzoekId))
                .Select(n => new { n.PlaatsingsverzoekId, n.Nacht }).ToListAsync(ct))
            .ToLookup(n => n.PlaatsingsverzoekId, n => n.Nacht);
        var peilmoment = tijd.GetUtcNow();
        return verzoeken.Select(v =>
        {
            var gevonden = indeling.Toewijzen(v.GevondenInGemeenteCode, null, null);
            // Without a recorded responsible municipality the placement counts as "municipality unknown" in the unit where
            // the victim was found, so the table says the data lacks it rather than leaving it out.
            return new OpvangFeit(gevonden, v.GevondenOp, v.EersteOpvangBevestigdOp, v.VervolgGeregeldOp, nachten[v.Id].Order().ToList(), peilmoment,
                indeling.Toewijzen(v.VerantwoordelijkeGemeenteCode, null, gevonden?.EenheidCode));
        }).ToList();
    }

    /// <summary>
    /// A report without a municipality counts for the unit of its reporting point: the unit of the point's seat, or the one
    /// unit its service area lies in (a point serving several units gives no unit). Every count and export uses this rule.
    /// </summary>
    public async Task<Dictionary<Guid, string?>> MeldpuntEenhedenAsync(CancellationToken ct) =>
        // Read once per request (this class is scoped): every grouped query of a request needs it, and it is small.
        _meldpuntEenheden ??= await LeesMeldpuntEenhedenAsync(ct);

    private Dictionary<Guid, string?>? _meldpuntEenheden;

    private async Task<Dictionary<Guid, string?>> LeesMeldpuntEenhedenAsync(CancellationToken ct)
    {
        var zetels = await (from o in db.Set<Organisatie>()
                            join g in db.Set<Gemeente>() on o.GemeenteCode equals g.CbsCode
                            select new { o.Id, g.EenheidCode }).ToListAsync(ct);
        var werkgebieden = await (from w in db.Set<OrganisatieWerkgebied>()
                                  join g in db.Set<Gemeente>() on w.CbsCode equals g.CbsCode
                                  select new { Id = w.OrganisatieId, g.EenheidCode }).Distinct().ToListAsync(ct);
        return zetels.Concat(werkgebieden).GroupBy(x => x.Id)
            .Where(g => g.Select(x => x.EenheidCode).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => (string?)g.First().EenheidCode);
    }

    /// <summary>
    /// The CoMensha registrations of a year (Dutch time) counted in the database per place and party kind: only the
    /// registrations are read, not the year's other facts.
    /// </summary>
    public async Task<List<(Toewijzing? Plaats, string Partijsoort, int Aantal)>> RegistratiesGeteldAsync(Indeling indeling, int jaar, CancellationToken ct)
    {
        // Registrations are stored at noon UTC of their day, so the year's bounds in Dutch time (UTC+1 in winter) are exact.
        // In UTC: PostgreSQL takes no other offset.
        var van = new DateTimeOffset(jaar, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)).ToUniversalTime();
        var tot = new DateTimeOffset(jaar + 1, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)).ToUniversalTime();
        var geteld = await (from r in db.Set<CoMenshaRegistratie>().AsNoTracking()
                            join d in db.Set<DoorverwijzingRij>() on r.DoorverwijzingId equals d.Id
                            join m in db.Set<Melding>() on d.MeldingId equals m.Id
                            where r.GeregistreerdOp >= van && r.GeregistreerdOp < tot
                            select new
                            {
                                Gemeente = m.TriageGemeenteCode ?? m.GemeenteCode,
                                m.MeldpuntOrganisatieId, r.Partijsoort,
                            })
            .GroupBy(x => new { x.Gemeente, x.MeldpuntOrganisatieId, x.Partijsoort })
            .Select(g => new { g.Key.Gemeente, g.Key.MeldpuntOrganisatieId, g.Key.Partijsoort, Aantal = g.Count() })
            .ToListAsync(ct);
        var meldpuntEenheid = await MeldpuntEenhedenAsync(ct);
        return [.. geteld.Select(g => (indeling.Toewijzen(g.Gemeente, null,
            g.MeldpuntOrganisatieId is { } id ? meldpuntEenheid.GetValueOrDefault(id) : null), g.Partijsoort, g.Aantal))];
    }

    /// <summary>Whether Schakel received any report before <paramref name="moment"/>.</summary>
    public Task<bool> MeldingVoorAsync(DateTimeOffset moment, CancellationToken ct) =>
        db.Set<Melding>().AnyAsync(m => m.OntvangenOp < moment, ct);

    /// <summary>When Schakel received its first report; null when it has none.</summary>
    public Task<DateTimeOffset?> EersteMeldingAsync(CancellationToken ct) =>
        db.Set<Melding>().OrderBy(m => m.OntvangenOp).Select(m => (DateTimeOffset?)m.OntvangenOp).FirstOrDefaultAsync(ct);

    private static List<Uitbuitingsvorm> Vormen(string woorden) => woorden
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(w => Woorden.TryLees<Uitbuitingsvorm>(w, out var v) ? v : (Uitbuitingsvorm?)null)
        .OfType<Uitbuitingsvorm>().Distinct().ToList();
}
