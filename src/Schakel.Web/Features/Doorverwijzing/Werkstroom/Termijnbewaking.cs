using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Doorverwijzing.Werkstroom;

public sealed record Eerstetermijn(DateTimeOffset Uiterlijk, bool TeLaat);

/// <summary>Overdue items of one organisation: how many, and how long the oldest is past its deadline.</summary>
public sealed record Overschrijding(Guid OrganisatieId, string OrganisatieNaam, int Aantal, double OudsteUrenTeLaat);

public sealed record Overschrijdingen(DateTimeOffset Peilmoment, IReadOnlyList<Overschrijding> Meldingen, IReadOnlyList<Overschrijding> Doorverwijzingen);

/// <summary>
/// First-action deadlines. A report's first action is its referral (or closing it); the deadline runs from
/// receipt at the urgency of its newest triage (kept on the report, Melding.Trieer). A referral's first action is the receiver's first step.
/// Counts and ages only: no personal data, for the chain director's overview.
/// </summary>
public sealed class Termijnbewaking(SchakelDbContext db, Termijnen termijnen, TimeProvider tijd)
{
    private static readonly MeldingStatus[] Wachtend = [MeldingStatus.Ontvangen, MeldingStatus.InTriage, MeldingStatus.Heropend];

    public async Task<Eerstetermijn?> EersteActieMeldingAsync(Guid meldingId, CancellationToken ct = default)
    {
        var m = await db.Set<Melding>().AsNoTracking().Where(x => x.Id == meldingId)
            .Select(x => new { x.OntvangenOp, x.Status, x.TriageUrgentie, x.EersteDoorverwijzingOp }).SingleOrDefaultAsync(ct);
        if (m?.TriageUrgentie is not { } urgentie)
        {
            return null;
        }
        var uiterlijk = termijnen.EersteActie(m.OntvangenOp, urgentie);
        var gedaan = m.EersteDoorverwijzingOp is not null || !Wachtend.Contains(m.Status);
        return new Eerstetermijn(uiterlijk, !gedaan && tijd.GetUtcNow() >= uiterlijk);
    }

    /// <summary>The first-action deadline of each triaged report among <paramref name="meldingIds"/>, for the reporting point's inbox.</summary>
    public async Task<IReadOnlyDictionary<Guid, Eerstetermijn>> EersteActieMeldingenAsync(IReadOnlyCollection<Guid> meldingIds, CancellationToken ct = default)
    {
        if (meldingIds.Count == 0)
        {
            return new Dictionary<Guid, Eerstetermijn>();
        }
        var rijen = await (from m in db.Set<Melding>().AsNoTracking()
                           where meldingIds.Contains(m.Id) && m.TriageUrgentie != null
                           select new { m.Id, m.OntvangenOp, m.Status, Urgentie = m.TriageUrgentie!.Value, Doorverwezen = m.EersteDoorverwijzingOp != null })
                          .ToListAsync(ct);
        var nu = tijd.GetUtcNow();
        return rijen.ToDictionary(r => r.Id, r =>
        {
            var uiterlijk = termijnen.EersteActie(r.OntvangenOp, r.Urgentie);
            return new Eerstetermijn(uiterlijk, !r.Doorverwezen && Wachtend.Contains(r.Status) && nu >= uiterlijk);
        });
    }

    public async Task<Overschrijdingen> OverschredenAsync(CancellationToken ct = default)
    {
        var nu = tijd.GetUtcNow();
        var open = await (from m in db.Set<Melding>().AsNoTracking()
                          where Wachtend.Contains(m.Status) && m.MeldpuntOrganisatieId != null
                                && m.EersteDoorverwijzingOp == null && m.TriageUrgentie != null
                          select new { Organisatie = m.MeldpuntOrganisatieId!.Value, m.OntvangenOp, Urgentie = m.TriageUrgentie!.Value }).ToListAsync(ct);
        var meldingen = open
            .Select(x => (x.Organisatie, Uiterlijk: termijnen.EersteActie(x.OntvangenOp, x.Urgentie)))
            .Where(x => nu >= x.Uiterlijk)
            .ToList();

        var doorverwijzingen = await db.Set<DoorverwijzingRij>().AsNoTracking()
            .Where(d => d.EersteActieOp == null && d.Status != DoorverwijzingStatus.Afgesloten && d.EersteActieUiterlijk <= nu)
            .GroupBy(d => d.OntvangerOrganisatieId)
            .Select(g => new { Organisatie = g.Key, Aantal = g.Count(), Oudste = g.Min(d => d.EersteActieUiterlijk) })
            .ToListAsync(ct);

        var ids = meldingen.Select(m => m.Organisatie).Concat(doorverwijzingen.Select(d => d.Organisatie)).Distinct().ToList();
        var namen = await db.Set<Organisatie>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        double Uren(DateTimeOffset oudste) => Math.Round((nu - oudste).TotalHours, 1);

        return new Overschrijdingen(nu,
            [.. meldingen.GroupBy(m => m.Organisatie)
                .Select(g => new Overschrijding(g.Key, namen.GetValueOrDefault(g.Key, ""), g.Count(), Uren(g.Min(x => x.Uiterlijk))))
                .OrderByDescending(o => o.Aantal).ThenBy(o => o.OrganisatieNaam, StringComparer.Ordinal)],
            [.. doorverwijzingen
                .Select(d => new Overschrijding(d.Organisatie, namen.GetValueOrDefault(d.Organisatie, ""), d.Aantal, Uren(d.Oudste)))
                .OrderByDescending(o => o.Aantal).ThenBy(o => o.OrganisatieNaam, StringComparer.Ordinal)]);
    }
}
