using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Monitor;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor.CoMensha;

/// <summary>What CoMensha records on a referral: the day of registration (yyyy-MM-dd) and the kind of party that registered.</summary>
public sealed record RegistratieInvoer(string? GeregistreerdOp, string? Partijsoort);

/// <summary>A victim-side referral CoMensha received, with its registration when recorded. No text, no personal data.</summary>
public sealed record CoMenshaDoorverwijzing(Guid DoorverwijzingId, DateTimeOffset VerstuurdOp, string? GemeenteCode, DateOnly? GeregistreerdOp, string? Partijsoort);

/// <summary>One count of the export: registrations in a municipality (null: the unit, no municipality known) by party kind.</summary>
public sealed record RegistratieTelling(string? GemeenteCode, string Partijsoort, int Aantal);

public abstract record RegistratieUitkomst
{
    public sealed record Gelukt(CoMenshaRegistratie Registratie, bool Nieuw) : RegistratieUitkomst;
    public sealed record NietGevonden : RegistratieUitkomst;
    /// <summary>Field → error code (<see cref="CoMenshaRegistraties.Meldingen"/> holds the Dutch text for the API).</summary>
    public sealed record Ongeldig(IReadOnlyDictionary<string, string> Fouten) : RegistratieUitkomst;
}

/// <summary>
/// Registrations with CoMensha (issue 17, "Verhoogd aantal meldingen bij CoMensha"): CoMensha records on each
/// victim-side referral it received that and when the presumed victim was registered, and by which kind of party; the
/// chain director exports the counts per municipality and party kind. Every change and every export is audited.
/// </summary>
public sealed class CoMenshaRegistraties(SchakelDbContext db, AuditTrail audit, TimeProvider tijd, MonitorGegevens gegevens)
{
    public const string FoutDatum = "datum";
    public const string FoutDatumToekomst = "datum-toekomst";
    public const string FoutDatumVoorDoorverwijzing = "datum-voor-doorverwijzing";
    public const string FoutPartijsoort = "partijsoort";

    public static readonly IReadOnlyDictionary<string, string> Meldingen = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [FoutDatum] = "Geef de datum van registratie als jjjj-mm-dd.",
        [FoutDatumToekomst] = "De datum van registratie ligt in de toekomst.",
        [FoutDatumVoorDoorverwijzing] = "De datum van registratie ligt voor de doorverwijzing.",
        [FoutPartijsoort] = $"Kies een van: {string.Join(", ", Partijsoorten.Alle)}.",
    };

    /// <summary>Only staff and clients of a CoMensha organisation record registrations.</summary>
    public Task<bool> IsCoMenshaAsync(Guid? organisatie, CancellationToken ct) => organisatie is { } id
        ? db.Set<Organisatie>().AnyAsync(o => o.Id == id && o.Type == OrganisatieType.CoMensha, ct)
        : Task.FromResult(false);

    /// <summary>Referrals to this organisation on the victim side: the newest triage says victim side or both.</summary>
    private IQueryable<DoorverwijzingRij> Ontvangen(Guid organisatie) =>
        from d in db.Set<DoorverwijzingRij>().AsNoTracking()
        join m in db.Set<Melding>() on d.MeldingId equals m.Id
        where d.OntvangerOrganisatieId == organisatie && (m.TriageZijde == Zijde.Slachtofferkant || m.TriageZijde == Zijde.Beide)
        select d;

    public async Task<List<CoMenshaDoorverwijzing>> LijstAsync(Guid organisatie, CancellationToken ct)
    {
        var rijen = await (from d in Ontvangen(organisatie)
                           join m in db.Set<Melding>() on d.MeldingId equals m.Id
                           join r in db.Set<CoMenshaRegistratie>() on d.Id equals r.DoorverwijzingId into reg
                           from r in reg.DefaultIfEmpty()
                           select new
                           {
                               d.Id, d.VerstuurdOp, m.GemeenteCode,
                               TriageGemeente = m.TriageGemeenteCode,
                               Op = r == null ? (DateTimeOffset?)null : r.GeregistreerdOp,
                               Soort = r == null ? null : r.Partijsoort,
                           }).ToListAsync(ct);
        return rijen
            .Select(x => new CoMenshaDoorverwijzing(x.Id, x.VerstuurdOp, x.TriageGemeente ?? x.GemeenteCode,
                x.Op is { } op ? DateOnly.FromDateTime(Periode.Lokaal(op)) : null, x.Soort))
            .OrderByDescending(x => x.VerstuurdOp).ThenBy(x => x.DoorverwijzingId).ToList();
    }

    /// <summary>Records or corrects the registration on a referral this organisation received. Same values again: nothing changes.</summary>
    public async Task<RegistratieUitkomst> VastleggenAsync(
        Guid doorverwijzingId, RegistratieInvoer invoer, Guid organisatie, AuditActor actor, Guid? medewerker, string herkomst, CancellationToken ct)
    {
        var doorverwijzing = await Ontvangen(organisatie).FirstOrDefaultAsync(d => d.Id == doorverwijzingId, ct);
        if (doorverwijzing is null)
        {
            return new RegistratieUitkomst.NietGevonden();
        }

        var fouten = new Dictionary<string, string>(StringComparer.Ordinal);
        var vandaag = DateOnly.FromDateTime(Periode.Lokaal(tijd.GetUtcNow()));
        if (!DateOnly.TryParseExact(invoer.GeregistreerdOp?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            fouten["geregistreerdOp"] = FoutDatum;
        }
        else if (datum > vandaag)
        {
            fouten["geregistreerdOp"] = FoutDatumToekomst;
        }
        else if (datum < DateOnly.FromDateTime(Periode.Lokaal(doorverwijzing.VerstuurdOp)))
        {
            fouten["geregistreerdOp"] = FoutDatumVoorDoorverwijzing;
        }

        var soort = invoer.Partijsoort?.Trim().ToLowerInvariant();
        if (soort is null || !Partijsoorten.Alle.Contains(soort))
        {
            fouten["partijsoort"] = FoutPartijsoort;
        }

        if (fouten.Count > 0)
        {
            return new RegistratieUitkomst.Ongeldig(fouten);
        }

        // Noon UTC is the same day in Dutch time, summer and winter.
        var moment = new DateTimeOffset(datum.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var registratie = await db.Set<CoMenshaRegistratie>().FirstOrDefaultAsync(r => r.DoorverwijzingId == doorverwijzingId, ct);
        var nieuw = registratie is null;
        if (registratie is not null && registratie.GeregistreerdOp == moment && registratie.Partijsoort == soort)
        {
            return new RegistratieUitkomst.Gelukt(registratie, false);
        }

        registratie ??= db.Add(new CoMenshaRegistratie { Id = Guid.NewGuid(), DoorverwijzingId = doorverwijzingId, Partijsoort = soort! }).Entity;
        registratie.GeregistreerdOp = moment;
        registratie.Partijsoort = soort!;
        registratie.VastgelegdOp = tijd.GetUtcNow();
        registratie.MedewerkerId = medewerker;
        await audit.VastleggenAsync(db, new AuditInvoer(actor, nieuw ? "monitor.comensha.vastgelegd" : "monitor.comensha.gewijzigd",
            nameof(CoMenshaRegistratie), doorverwijzingId.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return new RegistratieUitkomst.Gelukt(registratie, nieuw);
    }

    /// <summary>
    /// The registrations of a police unit's year (Dutch time) per municipality and party kind, every party kind listed
    /// (a true 0 stays 0). Internal figures without suppression, for the chain director; the export is audited.
    /// </summary>
    public async Task<List<RegistratieTelling>> TellingAsync(string eenheid, int jaar, AuditActor actor, string herkomst, CancellationToken ct)
    {
        var indeling = await gegevens.IndelingAsync(ct);
        var geteld = (await gegevens.RegistratiesGeteldAsync(indeling, jaar, ct))
            .Where(r => r.Plaats?.EenheidCode == eenheid)
            .GroupBy(r => (r.Plaats!.GemeenteCode, r.Partijsoort))
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Aantal));
        var gemeenten = indeling.Gemeenten.Where(g => g.EenheidCode == eenheid).Select(g => (string?)g.CbsCode)
            .Order(StringComparer.Ordinal).Append(null).ToList();
        await audit.VastleggenAsync(db, new AuditInvoer(actor, "monitor.comensha.export", nameof(CoMenshaRegistratie), $"{eenheid}:{jaar}",
            AuditResultaat.Gelukt, herkomst), ct);
        return gemeenten.SelectMany(g => Partijsoorten.Alle.Select(s => new RegistratieTelling(g, s, geteld.GetValueOrDefault((g, s)))))
            .Where(t => t.GemeenteCode is not null || geteld.Keys.Any(k => k.GemeenteCode is null))
            .ToList();
    }
}
