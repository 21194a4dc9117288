using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Privacy.Bewaring;
using Schakel.Web.Features.Privacy.Rechten;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Privacy.Toezicht;

/// <summary>The requests' deadlines in figures: open, nearing (7 days or less) and late.</summary>
public sealed record VerzoekenStand(int Open, int Nadert, int TeLaat);

/// <summary>A legal hold as the officer sees it: kind of record, who set it (organisation), when, until when, lifted. Never its reason.</summary>
public sealed record BlokkadeRegel(BewaarObjectSoort Soort, string Organisatie, DateTimeOffset GezetOp, DateTimeOffset EindDatum, DateTimeOffset? OpgehevenOp, bool Actief);

/// <summary>Deletions of the retention job per rule: how many records, and the latest.</summary>
public sealed record BewaringRegel(string Regel, BewaarObjectSoort Soort, int Aantal, DateTimeOffset Laatste);

/// <summary>Audit entries of the period per action and result: counts only, no actor, no object.</summary>
public sealed record AuditRegelTelling(string Actie, string Resultaat, int Aantal);

public sealed record ToezichtStand(DateTimeOffset Peilmoment, VerzoekenStand Verzoeken, IReadOnlyList<BlokkadeRegel> Blokkades,
    IReadOnlyList<BewaringRegel> Verwijderingen, IReadOnlyList<AuditRegelTelling> Audit, int AuditDagen);

/// <summary>
/// What the data protection officer monitors, in figures and without case content: it decrypts nothing (a hold's reason and a
/// request's person stay encrypted) and reads no report, referral or placement.
/// </summary>
public sealed class ToezichtOverzicht(SchakelDbContext db, TimeProvider tijd)
{
    public const int AuditDagen = 30;
    public const int VerwijderingMaanden = 12;

    public async Task<ToezichtStand> MaakAsync(CancellationToken ct)
    {
        var nu = tijd.GetUtcNow();
        var vandaag = DateOnly.FromDateTime(nu.UtcDateTime);
        var uiterlijk = await db.Set<VerzoekBetrokkene>().AsNoTracking().Where(v => v.Status == VerzoekStatus.Open).Select(v => v.Uiterlijk).ToListAsync(ct);
        var standen = uiterlijk.Select(u => Termijnstand.Van(u, vandaag)).ToList();
        var verzoeken = new VerzoekenStand(standen.Count, standen.Count(s => s.Nadert), standen.Count(s => s.TeLaat));

        var sinds = nu.AddMonths(-VerwijderingMaanden);
        var organisaties = await db.Set<Organisatie>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        // The holds that apply, and those that ended (lifted or run out) within the same year the deletions cover: not every hold ever set.
        var blokkades = (await db.Set<Bewaarblokkade>().AsNoTracking()
                .Where(b => b.OpgehevenOp >= sinds || (b.OpgehevenOp == null && b.EindDatum >= sinds))
                .Select(b => new { b.ObjectSoort, b.OrganisatieId, b.GezetOp, b.EindDatum, b.OpgehevenOp }).ToListAsync(ct))
            .Select(b => new BlokkadeRegel(b.ObjectSoort, organisaties.GetValueOrDefault(b.OrganisatieId, ""), b.GezetOp, b.EindDatum, b.OpgehevenOp,
                b.OpgehevenOp is null && b.EindDatum > nu))
            .OrderByDescending(b => b.Actief).ThenBy(b => b.EindDatum).ToList();

        // Grouped here: SQLite cannot take the maximum of a converted DateTimeOffset; one year of the log is small.
        var verwijderingen = (await db.Set<Verwijdering>().AsNoTracking().Where(v => v.VerwijderdOp >= sinds)
                .Select(v => new { v.Regel, v.ObjectSoort, v.VerwijderdOp }).ToListAsync(ct))
            .GroupBy(v => (v.Regel, v.ObjectSoort))
            .Select(g => new BewaringRegel(g.Key.Regel, g.Key.ObjectSoort, g.Count(), g.Max(v => v.VerwijderdOp)))
            .OrderBy(v => v.Regel, StringComparer.Ordinal).ThenBy(v => v.Soort).ToList();

        var auditSinds = nu.AddDays(-AuditDagen);
        var audit = (await db.Set<AuditRegel>().AsNoTracking().Where(a => a.Tijdstip >= auditSinds)
                .GroupBy(a => new { a.Actie, a.Resultaat })
                .Select(g => new { g.Key.Actie, g.Key.Resultaat, Aantal = g.Count() }).ToListAsync(ct))
            .Select(a => new AuditRegelTelling(a.Actie, a.Resultaat, a.Aantal))
            .OrderBy(a => a.Actie, StringComparer.Ordinal).ThenBy(a => a.Resultaat, StringComparer.Ordinal).ToList();

        return new ToezichtStand(nu, verzoeken, blokkades, verwijderingen, audit, AuditDagen);
    }
}
