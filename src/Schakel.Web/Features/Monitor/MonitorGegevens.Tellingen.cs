using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Monitor;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Monitor;

/// <summary>
/// Like facts counted once in the database: one fact that stands for all of them (its moment a day inside their quarter,
/// every other attribute theirs) and how many there are. The rules in <see cref="Telling"/> read the stand-in as they
/// would read each fact, so a figure counted this way is the same as one counted fact by fact.
/// </summary>
public sealed record Feitgroep(MonitorFeiten Feit, long Aantal);

/// <summary>
/// Counting in the database: per year, the facts grouped by everything a measure or breakdown looks at (the municipality
/// of the newest triage, kept on the report (Melding.Trieer), or else the reporter's, the reporting point, the quarter in Dutch time, the categories). A year
/// of a million reports comes back as a few thousand groups instead of every report.
/// </summary>
public sealed partial class MonitorGegevens
{
    /// <summary>Reports and advice questions of the year, grouped (count measures on reports).</summary>
    public async Task<List<Feitgroep>> MeldingGroepenAsync(Indeling indeling, Periode venster, CancellationToken ct)
    {
        var vakken = Vakken.Van(venster);
        var (k0, k1, k2, k3, k4) = vakken.Grenzen;
        var meldpuntEenheid = await MeldpuntEenhedenAsync(ct);
        var groepen = await GroepeerAsync(db.Set<Melding>().AsNoTracking()
            .Where(m => m.OntvangenOp >= k0 && m.OntvangenOp < k4)
            .Select(m => new
            {
                Gemeente = m.TriageGemeenteCode ?? m.GemeenteCode,
                m.MeldpuntOrganisatieId,
                Kwartaal = m.OntvangenOp < k1 ? 1 : m.OntvangenOp < k2 ? 2 : m.OntvangenOp < k3 ? 3 : 4,
                m.Soort,
                Samengevoegd = m.Status == MeldingStatus.Samengevoegd,
                m.MelderType,
                m.Kanaal,
                m.Uitbuitingsvormen,
                m.MinderjarigBetrokken,
                m.AcuutGevaar,
                Zijde = m.TriageZijde,
            })
            .GroupBy(x => new
            {
                x.Gemeente, x.MeldpuntOrganisatieId, x.Kwartaal, x.Soort, x.Samengevoegd, x.MelderType, x.Kanaal,
                x.Uitbuitingsvormen, x.MinderjarigBetrokken, x.AcuutGevaar, x.Zijde,
            })
            .Select(g => new
            {
                g.Key.Gemeente, g.Key.MeldpuntOrganisatieId, g.Key.Kwartaal, g.Key.Soort, g.Key.Samengevoegd, g.Key.MelderType,
                g.Key.Kanaal, g.Key.Uitbuitingsvormen, g.Key.MinderjarigBetrokken, g.Key.AcuutGevaar, g.Key.Zijde, Aantal = g.LongCount(),
            }), ct);

        return [.. groepen.Select(g => new Feitgroep(new MonitorFeiten(
            [new MeldingFeit(Guid.Empty, g.Soort, vakken.Binnen(g.Kwartaal), Plaats(indeling, meldpuntEenheid, g.Gemeente, g.MeldpuntOrganisatieId),
                g.MelderType, g.Kanaal, Vormen(g.Uitbuitingsvormen), g.MinderjarigBetrokken, g.AcuutGevaar, g.Samengevoegd, g.Zijde)],
            [], []), g.Aantal))];
    }

    /// <summary>Referrals sent in the year, grouped by place, quarter, the receiver's kind and the role (the count of referrals).</summary>
    public async Task<List<Feitgroep>> DoorverwijzingGroepenAsync(Indeling indeling, Periode venster, CancellationToken ct)
    {
        var vakken = Vakken.Van(venster);
        var (k0, k1, k2, k3, k4) = vakken.Grenzen;
        var meldpuntEenheid = await MeldpuntEenhedenAsync(ct);
        var geteld = await GroepeerAsync((from d in db.Set<DoorverwijzingRij>().AsNoTracking()
                            join m in db.Set<Melding>() on d.MeldingId equals m.Id
                            join o in db.Set<Organisatie>() on d.OntvangerOrganisatieId equals o.Id
                            where d.VerstuurdOp >= k0 && d.VerstuurdOp < k4
                            select new
                            {
                                Gemeente = m.TriageGemeenteCode ?? m.GemeenteCode,
                                m.MeldpuntOrganisatieId,
                                Kwartaal = d.VerstuurdOp < k1 ? 1 : d.VerstuurdOp < k2 ? 2 : d.VerstuurdOp < k3 ? 3 : 4,
                                o.Type,
                                d.Rol,
                            })
            .GroupBy(x => new { x.Gemeente, x.MeldpuntOrganisatieId, x.Kwartaal, x.Type, x.Rol })
            .Select(g => new { g.Key.Gemeente, g.Key.MeldpuntOrganisatieId, g.Key.Kwartaal, g.Key.Type, g.Key.Rol, Aantal = g.LongCount() }), ct);

        return [.. geteld.Select(g =>
        {
            var moment = vakken.Binnen(g.Kwartaal);
            return new Feitgroep(new MonitorFeiten([],
                [new DoorverwijzingFeit(Guid.Empty, Plaats(indeling, meldpuntEenheid, g.Gemeente, g.MeldpuntOrganisatieId), g.Type, g.Rol,
                    moment, moment, null)],
                []), g.Aantal);
        })];
    }

    /// <summary>
    /// Referrals whose first action was due in the year, grouped by place, quarter (of the deadline) and whether the first
    /// action was taken by then: the share within the deadline. Receiver and role play no part in it.
    /// </summary>
    public async Task<List<Feitgroep>> EersteActieGroepenAsync(Indeling indeling, Periode venster, CancellationToken ct)
    {
        var vakken = Vakken.Van(venster);
        var (k0, k1, k2, k3, k4) = vakken.Grenzen;
        var meldpuntEenheid = await MeldpuntEenhedenAsync(ct);
        var geteld = await GroepeerAsync((from d in db.Set<DoorverwijzingRij>().AsNoTracking()
                            join m in db.Set<Melding>() on d.MeldingId equals m.Id
                            where d.EersteActieUiterlijk >= k0 && d.EersteActieUiterlijk < k4
                            select new
                            {
                                Gemeente = m.TriageGemeenteCode ?? m.GemeenteCode,
                                m.MeldpuntOrganisatieId,
                                Kwartaal = d.EersteActieUiterlijk < k1 ? 1 : d.EersteActieUiterlijk < k2 ? 2 : d.EersteActieUiterlijk < k3 ? 3 : 4,
                                OpTijd = d.EersteActieOp != null && d.EersteActieOp <= d.EersteActieUiterlijk,
                            })
            .GroupBy(x => new { x.Gemeente, x.MeldpuntOrganisatieId, x.Kwartaal, x.OpTijd })
            .Select(g => new { g.Key.Gemeente, g.Key.MeldpuntOrganisatieId, g.Key.Kwartaal, g.Key.OpTijd, Aantal = g.LongCount() }), ct);

        return [.. geteld.Select(g =>
        {
            var moment = vakken.Binnen(g.Kwartaal);
            return new Feitgroep(new MonitorFeiten([],
                [new DoorverwijzingFeit(Guid.Empty, Plaats(indeling, meldpuntEenheid, g.Gemeente, g.MeldpuntOrganisatieId),
                    default, default, moment, moment, g.OpTijd ? moment : null)],
                []), g.Aantal);
        })];
    }

    /// <summary>CoMensha registrations of the year, grouped by place, quarter and party kind.</summary>
    public async Task<List<Feitgroep>> RegistratieGroepenAsync(Indeling indeling, Periode venster, CancellationToken ct)
    {
        var vakken = Vakken.Van(venster);
        var (k0, k1, k2, k3, k4) = vakken.Grenzen;
        var meldpuntEenheid = await MeldpuntEenhedenAsync(ct);
        var geteld = await GroepeerAsync((from r in db.Set<CoMenshaRegistratie>().AsNoTracking()
                            join d in db.Set<DoorverwijzingRij>() on r.DoorverwijzingId equals d.Id
                            join m in db.Set<Melding>() on d.MeldingId equals m.Id
                            where r.GeregistreerdOp >= k0 && r.GeregistreerdOp < k4
                            select new
                            {
                                Gemeente = m.TriageGemeenteCode ?? m.GemeenteCode,
                                m.MeldpuntOrganisatieId,
                                Kwartaal = r.GeregistreerdOp < k1 ? 1 : r.GeregistreerdOp < k2 ? 2 : r.GeregistreerdOp < k3 ? 3 : 4,
                                r.Partijsoort,
                            })
            .GroupBy(x => new { x.Gemeente, x.MeldpuntOrganisatieId, x.Kwartaal, x.Partijsoort })
            .Select(g => new { g.Key.Gemeente, g.Key.MeldpuntOrganisatieId, g.Key.Kwartaal, g.Key.Partijsoort, Aantal = g.LongCount() }), ct);

        return [.. geteld.Select(g => new Feitgroep(new MonitorFeiten([], [],
            [new RegistratieFeit(Plaats(indeling, meldpuntEenheid, g.Gemeente, g.MeldpuntOrganisatieId), vakken.Binnen(g.Kwartaal), g.Partijsoort)]),
            g.Aantal))];
    }

    /// <summary>
    /// The reports of the year with only what the shares and durations on reports need (receipt, first triage, first
    /// referral, read, feedback): a median needs every duration, so these are read one by one, without categories.
    /// </summary>
    public async Task<List<Feitgroep>> MeldingVerloopAsync(Indeling indeling, Periode venster, CancellationToken ct)
    {
        var (k0, _, _, _, k4) = Vakken.Van(venster).Grenzen;
        var meldpuntEenheid = await MeldpuntEenhedenAsync(ct);
        var rijen = await db.Set<Melding>().AsNoTracking()
            .Where(m => m.OntvangenOp >= k0 && m.OntvangenOp < k4 && m.Soort == MeldingSoort.Melding && m.Status != MeldingStatus.Samengevoegd)
            .Select(m => new
            {
                Gemeente = m.TriageGemeenteCode ?? m.GemeenteCode,
                m.MeldpuntOrganisatieId, m.OntvangenOp, m.IngezienOp, m.TeruggekoppeldOp,
                EersteTriage = m.EersteTriageOp,
                EersteDoorverwijzing = m.EersteDoorverwijzingOp,
            })
            .ToListAsync(ct);

        // A year's hundred thousand reports lie in a few dozen places: each place is worked out once and shared by its
        // reports, which also lets the table find a report's box by reference.
        var plaatsen = new Dictionary<(string?, Guid?), Toewijzing?>();
        Toewijzing? PlaatsVan(string? gemeente, Guid? meldpunt)
        {
            if (!plaatsen.TryGetValue((gemeente, meldpunt), out var plaats))
            {
                plaatsen[(gemeente, meldpunt)] = plaats = Plaats(indeling, meldpuntEenheid, gemeente, meldpunt);
            }
            return plaats;
        }

        // Each report counts once: one group of them all.
        return [new Feitgroep(new MonitorFeiten(
            [.. rijen.Select(m => new MeldingFeit(Guid.Empty, MeldingSoort.Melding, m.OntvangenOp, PlaatsVan(m.Gemeente, m.MeldpuntOrganisatieId),
                default, default, [], default, false, false, null, m.EersteTriage, m.EersteDoorverwijzing, m.IngezienOp, m.TeruggekoppeldOp))],
            [], []), 1)];
    }

    /// <summary>The shelter requests of the year, one by one (few: a tenth of the victim-side reports at most), as one group.</summary>
    public async Task<List<Feitgroep>> OpvangGroepenAsync(Indeling indeling, Periode venster, CancellationToken ct)
    {
        var (k0, _, _, _, k4) = Vakken.Van(venster).Grenzen;
        // A night is a date; its noon (UTC) decides its year, so a day's margin either side covers the year's nights.
        return [new Feitgroep(new MonitorFeiten([], [], [], await OpvangFeitenAsync(indeling, k0.AddDays(-1), k4.AddDays(1), ct)), 1)];
    }

    /// <summary>
    /// The window a grouped query reads and the parts it groups by, as instants (Dutch midnight in UTC): a year's four
    /// quarters (the tables), or a month as one part (the API's month figures), its later bounds all at the month's end.
    /// </summary>
    private sealed record Vakken(Periode Venster, (DateTimeOffset, DateTimeOffset, DateTimeOffset, DateTimeOffset, DateTimeOffset) Grenzen)
    {
        public static Vakken Van(Periode venster)
        {
            if (venster.Soort == PeriodeSoort.Maand)
            {
                var einde = venster.EindeMoment;
                return new(venster, (venster.BeginMoment, einde, einde, einde, einde));
            }

            if (venster.Soort != PeriodeSoort.Jaar)
            {
                throw new ArgumentException("Groeperen kan per jaar of per maand.", nameof(venster));
            }

            var k = venster.Kwartalen();
            return new(venster, (k[0].BeginMoment, k[1].BeginMoment, k[2].BeginMoment, k[3].BeginMoment, k[3].EindeMoment));
        }

        /// <summary>A moment well inside the part, in Dutch time whatever the season: the stand-in's moment.</summary>
        public DateTimeOffset Binnen(int vak) => Venster.Soort == PeriodeSoort.Maand
            ? Venster.BeginMoment.AddDays(10)
            : Periode.VanKwartaal(Venster.Jaar, vak).BeginMoment.AddDays(40);
    }

    /// <summary>Memory for one grouping on PostgreSQL (its <c>work_mem</c>), for that grouping's transaction only.</summary>
    private const string Groepeergeheugen = "SET LOCAL work_mem = '32MB'";

    /// <summary>
    /// Runs a grouped query. On PostgreSQL it gets 32 MB of <c>work_mem</c> for its own transaction: the planner guesses
    /// that a year's groups are nearly as many as its rows and, with the default 4 MB, sorts the year's rows on disk to
    /// group them; with room to hash, the reports of a year group in a fraction of that time (docs/benchmarks.md, Monitor).
    /// <c>SET LOCAL</c> ends with the transaction, so the pooled connection goes back with the server's default; inside a
    /// caller's transaction it lasts until that one ends.
    /// </summary>
    private async Task<List<T>> GroepeerAsync<T>(IQueryable<T> groepen, CancellationToken ct)
    {
        if (db.Provider != DatabaseProvider.Postgres)
        {
            return await groepen.ToListAsync(ct);
        }

        var eigen = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await db.Database.ExecuteSqlRawAsync(Groepeergeheugen, ct);
            var rijen = await groepen.ToListAsync(ct);
            if (eigen is not null)
            {
                await eigen.CommitAsync(ct);
            }
            return rijen;
        }
        finally
        {
            if (eigen is not null)
            {
                await eigen.DisposeAsync();
            }
        }
    }

    private static Toewijzing? Plaats(Indeling indeling, Dictionary<Guid, string?> meldpuntEenheid, string? gemeente, Guid? meldpunt) =>
        indeling.Toewijzen(gemeente, null, meldpunt is { } id ? meldpuntEenheid.GetValueOrDefault(id) : null);
}
