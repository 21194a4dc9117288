using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Overleg;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Organisaties;
using Bewustwording = Schakel.Web.Features.Bewustwording;

namespace Schakel.Web.Features.Sturing.Basisniveau;

/// <summary>Roles trained and focal officers trained in the year, from Bewustwording's coverage (counts and roles only).</summary>
public sealed record JaarverslagTrainingen(IReadOnlyList<string> RollenGetraind, IReadOnlyList<string> RollenAchterstallig, int FunctionarissenGetraind, int Functionarissen);

public sealed record JaarverslagBijeenkomst(DateOnly Datum, string Orgaan);

/// <summary>Meetings of the bodies the municipality sits in, held in the year, and those it attended.</summary>
public sealed record JaarverslagOverleggen(int Gehouden, IReadOnlyList<JaarverslagBijeenkomst> Bijgewoond);

/// <summary>One public monitor figure for the municipality's year: hidden below the threshold exactly as the monitor hides it.</summary>
public sealed record JaarverslagCijfer(string Maatstaf, string Naam, decimal? Waarde, bool Verborgen, int Drempel);

/// <summary>
/// The parts of the yearly report that come from other features: training coverage (Bewustwording), attendance of
/// chain meetings (Keten) and the monitor's public figures (with its suppression). Each is null or empty where the
/// source has nothing for the municipality's year, and the report then says "geen gegevens".
/// </summary>
public sealed class JaarverslagBronnen(SchakelDbContext db, Bewustwording.ITrainingsdekking dekking, CijfersVraag cijfers)
{
    public static readonly string[] Maatstaven = [Core.Monitor.Maatstaven.Meldingen.Code, Core.Monitor.Maatstaven.Doorverwijzingen.Code, Core.Monitor.Maatstaven.CoMenshaRegistraties.Code];

    public async Task<JaarverslagTrainingen?> TrainingenAsync(string cbsCode, int jaar, CancellationToken ct)
    {
        var stand = (await dekking.VoorAsync(cbsCode, jaar, ct)).Stand;
        return stand.Verplicht == 0 && stand.RollenGetraind.Count == 0
            ? null
            : new JaarverslagTrainingen(stand.RollenGetraind, stand.RollenAchterstallig, stand.Functionarissen.Count(f => f.Getraind), stand.Functionarissen.Count);
    }

    public async Task<JaarverslagOverleggen?> OverleggenAsync(string cbsCode, int jaar, CancellationToken ct)
    {
        var eigen = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Type == OrganisatieType.Gemeente && o.GemeenteCode == cbsCode).Select(o => o.Id).ToListAsync(ct);
        var van = new DateTimeOffset(jaar, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var tot = van.AddYears(1);
        var organen = await db.Set<OverlegorgaanLid>().AsNoTracking().Where(l => eigen.Contains(l.OrganisatieId))
            .Select(l => l.OverlegorgaanId).Distinct().ToListAsync(ct);
        var bijeenkomsten = await (from b in db.Set<Bijeenkomst>().AsNoTracking().Include(b => b.Aanwezig)
                                   join o in db.Set<Overlegorgaan>() on b.OverlegorgaanId equals o.Id
                                   where b.Datum >= van && b.Datum < tot
                                   select new { b, o.Naam }).ToListAsync(ct);
        var relevant = bijeenkomsten.Where(x => organen.Contains(x.b.OverlegorgaanId) || x.b.Aanwezig.Any(a => eigen.Contains(a.OrganisatieId))).ToList();
        if (relevant.Count == 0)
        {
            return null;
        }
        return new JaarverslagOverleggen(relevant.Count, [.. relevant.Where(x => x.b.Aanwezig.Any(a => eigen.Contains(a.OrganisatieId)))
            .OrderBy(x => x.b.Datum).Select(x => new JaarverslagBijeenkomst(DateOnly.FromDateTime(x.b.Datum.UtcDateTime), x.Naam))]);
    }

    /// <summary>The public edition's figures (finished quarters only, suppressed as the monitor does), so the report never shows more than the monitor.</summary>
    public async Task<IReadOnlyList<JaarverslagCijfer>> CijfersAsync(string cbsCode, int jaar, CancellationToken ct)
    {
        var uit = new List<JaarverslagCijfer>();
        foreach (var code in Maatstaven)
        {
            var antwoord = (await cijfers.BeantwoordAsync(code, jaar.ToString(System.Globalization.CultureInfo.InvariantCulture), $"gemeente:{cbsCode}", null, publiek: true, ct)).Antwoord;
            if (antwoord is { Kwartalen.Count: > 0 } && antwoord.Waarden.FirstOrDefault() is { } w)
            {
                uit.Add(new JaarverslagCijfer(code, antwoord.Naam, w.Waarde, w.Verborgen, antwoord.Drempel));
            }
        }
        return uit;
    }
}
