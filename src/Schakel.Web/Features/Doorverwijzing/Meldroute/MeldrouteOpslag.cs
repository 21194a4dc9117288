using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Security.Audit;
using Route = Schakel.Core.Doorverwijzing.Meldroute;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>What a beheerder submits for one rule; the version is decided here, never by the caller.</summary>
public sealed record RegelInvoer(
    string Code, int Nummer, string Naam, bool Actief, RegelVoorwaarden Voorwaarden, IReadOnlyList<RegelUitkomst> Uitkomsten, string? Reden);

/// <summary>Outcome of a change: the stored version, or the problems per field (Dutch).</summary>
public sealed record RegelWijziging(MeldrouteRegelVersie? Opgeslagen, IReadOnlyDictionary<string, string[]> Fouten)
{
    public bool Gelukt => Opgeslagen is not null;
}

/// <summary>Reads the current route from its rows and stores changes as new versions, audited.</summary>
public sealed partial class MeldrouteOpslag(
    SchakelDbContext db, AuditTrail audit, TimeProvider tijd, IEnumerable<IMeldrouteWijzigingen> volgers)
{
    public const string AuditObject = "MeldrouteRegel";

    /// <summary>
    /// The current rules. The route's version is the number of rule versions ever stored, so it rises with
    /// every change and never repeats.
    /// </summary>
    public async Task<Route> HuidigeAsync(CancellationToken ct = default)
    {
        var rijen = await db.Set<MeldrouteRegelVersie>().AsNoTracking().Where(r => r.VervangenOp == null).ToListAsync(ct);
        var versie = await db.Set<MeldrouteRegelVersie>().CountAsync(ct);
        return new Route { Versie = versie, Regels = rijen.Select(r => r.NaarRegel()).OrderBy(r => r.Nummer).ToList() };
    }

    public async Task<IReadOnlyList<MeldrouteRegelVersie>> HuidigeRijenAsync(CancellationToken ct = default) =>
        (await db.Set<MeldrouteRegelVersie>().AsNoTracking().Where(r => r.VervangenOp == null).ToListAsync(ct))
            .OrderBy(r => r.Nummer).ToList();

    /// <summary>Every version of one rule, newest first; empty when the code is unknown.</summary>
    public async Task<IReadOnlyList<MeldrouteRegelVersie>> VersiesAsync(string code, CancellationToken ct = default) =>
        (await db.Set<MeldrouteRegelVersie>().AsNoTracking().Where(r => r.Code == code).ToListAsync(ct))
            .OrderByDescending(r => r.Versie).ToList();

    public async Task<RegelWijziging> WijzigAsync(RegelInvoer invoer, AuditActor actor, string herkomst, CancellationToken ct = default)
    {
        var fouten = new Dictionary<string, string[]>();
        if (!CodeVorm().IsMatch(invoer.Code ?? ""))
        {
            fouten["code"] = [CodeUitleg];
        }
        if (string.IsNullOrWhiteSpace(invoer.Naam) || invoer.Naam.Length > 200)
        {
            fouten["naam"] = ["Geef een naam van hoogstens 200 tekens."];
        }
        if (invoer.Nummer is < 1 or > 10_000)
        {
            fouten["nummer"] = ["Het regelnummer ligt tussen 1 en 10000."];
        }
        if (string.IsNullOrWhiteSpace(invoer.Reden) || invoer.Reden.Length > 1000)
        {
            fouten["reden"] = ["Geef een reden voor de wijziging (hoogstens 1000 tekens); die blijft bij deze versie bewaard."];
        }
        if (invoer.Uitkomsten.Count == 0)
        {
            fouten["uitkomsten"] = ["Een regel heeft minstens één uitkomst."];
        }
        else if (invoer.Uitkomsten.Any(u => string.IsNullOrWhiteSpace(u.Uitleg)))
        {
            fouten["uitkomsten"] = ["Elke uitkomst heeft een uitleg in gewone taal."];
        }
        if (fouten.Count > 0)
        {
            return new(null, fouten);
        }

        var huidig = await HuidigeAsync(ct);
        var regel = new MeldrouteRegel
        {
            Code = invoer.Code!, Nummer = invoer.Nummer, Naam = invoer.Naam.Trim(), Actief = invoer.Actief,
            Voorwaarden = invoer.Voorwaarden, Uitkomsten = invoer.Uitkomsten,
        };
        var nieuweRoute = huidig.MetRegel(regel);
        var routeFouten = nieuweRoute.Valideer();
        if (routeFouten.Count > 0)
        {
            return new(null, new Dictionary<string, string[]> { ["nummer"] = [.. routeFouten] });
        }

        var nu = tijd.GetUtcNow();
        var vorige = await db.Set<MeldrouteRegelVersie>().SingleOrDefaultAsync(r => r.Code == regel.Code && r.VervangenOp == null, ct);
        if (vorige is not null)
        {
            vorige.VervangenOp = nu;
        }
        var opgeslagen = MeldrouteRegelVersie.Van(nieuweRoute.Regels.Single(r => r.Code == regel.Code), nu, invoer.Reden!.Trim(), actor.Id);
        db.Add(opgeslagen);
        // Followers add what they place (a notice) to this context, so it commits with the new version or not at all.
        var routeVersie = await db.Set<MeldrouteRegelVersie>().CountAsync(ct) + 1;
        foreach (var volger in volgers)
        {
            await volger.GewijzigdAsync(routeVersie, ct);
        }
        try
        {
            // The new version, the old one's end, the followers' notices and the entry commit together (docs/adr/0004).
            await audit.VastleggenAsync(db, new AuditInvoer(actor, vorige is null ? "meldroute.regel.toegevoegd" : "meldroute.regel.gewijzigd",
                AuditObject, $"{opgeslagen.Code}:{opgeslagen.Versie}", AuditResultaat.Gelukt, herkomst), ct);
        }
        catch (DbUpdateException)
        {
            // The unique (code, version) index: someone else saved this rule at the same moment.
            db.ChangeTracker.Clear();
            return new(null, new Dictionary<string, string[]>
            {
                ["code"] = ["Deze regel is zojuist door iemand anders gewijzigd; laad hem opnieuw."],
            });
        }
        return new(opgeslagen, new Dictionary<string, string[]>());
    }

    public const string CodeUitleg = "Een code bestaat uit 1 tot 80 kleine letters, cijfers en streepjes.";

    public static bool IsGeldigeCode(string? code) => CodeVorm().IsMatch(code ?? "");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,79}$")]
    private static partial Regex CodeVorm();
}
