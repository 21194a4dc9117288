using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Documenten;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Stakeholders;

public sealed record StakeholderRij(Organisatie Organisatie, Stakeholder? Analyse);

public sealed record StakeholderInvoer(Guid OrganisatieId, Niveau Belang, Niveau Invloed, string? BelangOmschrijving, string? Rol, string? Bereikbaarheid, string? Waarvoor);

/// <summary>The analysis per partner: reads, the matrix and the monitor's CSV, and a change stored with its audit entry.</summary>
public sealed class StakeholderOpslag(SchakelDbContext db, AuditTrail audit, TimeProvider tijd)
{
    public const string AuditObject = "Stakeholder";

    public async Task<IReadOnlyList<StakeholderRij>> AllesAsync(CancellationToken ct = default)
    {
        var organisaties = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Actief).ToListAsync(ct);
        var analyses = await db.Set<Stakeholder>().AsNoTracking().ToDictionaryAsync(s => s.OrganisatieId, ct);
        return organisaties.Select(o => new StakeholderRij(o, analyses.GetValueOrDefault(o.Id)))
            .OrderBy(r => r.Analyse is null).ThenBy(r => r.Organisatie.Naam, StringComparer.Ordinal).ToList();
    }

    /// <summary>Influence (rows, high first) × interest (columns, low to high): the partners in each cell.</summary>
    public static IReadOnlyDictionary<(Niveau Invloed, Niveau Belang), IReadOnlyList<string>> Matrix(IEnumerable<StakeholderRij> rijen) =>
        rijen.Where(r => r.Analyse is not null)
            .GroupBy(r => (r.Analyse!.Invloed, r.Analyse.Belang))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Organisatie.Naam).ToList());

    public async Task<IReadOnlyDictionary<string, string[]>> OpslaanAsync(StakeholderInvoer invoer, AuditActor actor, string herkomst, CancellationToken ct = default)
    {
        var fouten = new Dictionary<string, string[]>();
        if (!await db.Set<Organisatie>().AnyAsync(o => o.Id == invoer.OrganisatieId, ct))
        {
            fouten["organisatieId"] = ["Deze organisatie bestaat niet."];
        }
        void Tekst(string veld, string? waarde, int max)
        {
            if (string.IsNullOrWhiteSpace(waarde) || waarde.Length > max)
            {
                fouten[veld] = [$"Vul dit in (hoogstens {max} tekens)."];
            }
        }
        Tekst("belangOmschrijving", invoer.BelangOmschrijving, 1000);
        Tekst("rol", invoer.Rol, 500);
        Tekst("bereikbaarheid", invoer.Bereikbaarheid, 500);
        Tekst("waarvoor", invoer.Waarvoor, 1000);
        if (!Enum.IsDefined(invoer.Belang))
        {
            fouten["belang"] = ["Kies hoog, middel of laag."];
        }
        if (!Enum.IsDefined(invoer.Invloed))
        {
            fouten["invloed"] = ["Kies hoog, middel of laag."];
        }
        if (fouten.Count > 0)
        {
            return fouten;
        }
        var rij = await db.Set<Stakeholder>().SingleOrDefaultAsync(s => s.OrganisatieId == invoer.OrganisatieId, ct);
        var nieuw = rij is null;
        rij ??= new Stakeholder { OrganisatieId = invoer.OrganisatieId, BelangOmschrijving = "", Rol = "", Bereikbaarheid = "", Waarvoor = "" };
        rij.Belang = invoer.Belang;
        rij.Invloed = invoer.Invloed;
        rij.BelangOmschrijving = invoer.BelangOmschrijving!.Trim();
        rij.Rol = invoer.Rol!.Trim();
        rij.Bereikbaarheid = invoer.Bereikbaarheid!.Trim();
        rij.Waarvoor = invoer.Waarvoor!.Trim();
        rij.GewijzigdOp = tijd.GetUtcNow();
        rij.GewijzigdDoor = actor.Id;
        if (nieuw)
        {
            db.Add(rij);
        }
        await audit.VastleggenAsync(db, new AuditInvoer(actor, "stakeholder.gewijzigd", AuditObject, invoer.OrganisatieId.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return fouten;
    }

    /// <summary>The analysed partners as one table, for the monitor's CSV and XLSX (the shared Documenten writers).</summary>
    public static Tabel Tabel(IEnumerable<StakeholderRij> rijen) => new(
        "stakeholders", "Stakeholderanalyse",
        ["organisatie", "type", "belang", "invloed", "belang_omschrijving", "rol", "bereikbaarheid", "waarvoor"],
        rijen.Where(r => r.Analyse is not null).Select(r => (IReadOnlyList<object?>)
        [
            r.Organisatie.Naam, r.Organisatie.Type.ToString(), r.Analyse!.Belang.ToString().ToLowerInvariant(),
            r.Analyse.Invloed.ToString().ToLowerInvariant(), r.Analyse.BelangOmschrijving, r.Analyse.Rol, r.Analyse.Bereikbaarheid, r.Analyse.Waarvoor,
        ]).ToList());
}
