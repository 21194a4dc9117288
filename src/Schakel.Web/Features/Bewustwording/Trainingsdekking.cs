using Microsoft.EntityFrameworkCore;
using Schakel.Core.Bewustwording;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>The coverage of a municipality's training plan in a year, as other parts (Sturing, the monitor) read it.</summary>
/// <param name="StandaardPlan">No plan for this year or an earlier one: the default list applies.</param>
/// <param name="FunctionarissenVerplicht">Whether the plan that applies requires the focal officers' yearly training.</param>
public sealed record TrainingsdekkingStand(string GemeenteCode, int Jaar, Dekkingsstand Stand, bool StandaardPlan, bool FunctionarissenVerplicht);

/// <summary>
/// The public face of this feature for Sturing and the monitor: per municipality and year, which roles and focal
/// officers were trained. Counts by role only; focal officers by their register id.
/// </summary>
public interface ITrainingsdekking
{
    Task<TrainingsdekkingStand> VoorAsync(string gemeenteCode, int jaar, CancellationToken ct);
    Task<IReadOnlyList<TrainingsdekkingStand>> AlleAsync(int jaar, CancellationToken ct);

    /// <summary>Several municipalities in one read, in the order given.</summary>
    Task<IReadOnlyList<TrainingsdekkingStand>> VoorAsync(IReadOnlyList<string> gemeenteCodes, int jaar, CancellationToken ct);
}

/// <summary>
/// Focal officers come from the chain register (Keten/Aandachtsfunctionarissen): the active officers of the municipality,
/// each on the track of their appointment date; their attendance is matched through the Schakel account linked to them.
/// </summary>
internal sealed class Trainingsdekking(SchakelDbContext db, IAandachtsfunctionarissen register) : ITrainingsdekking
{
    public async Task<TrainingsdekkingStand> VoorAsync(string gemeenteCode, int jaar, CancellationToken ct) =>
        (await BerekenAsync([gemeenteCode], jaar, ct))[0];

    public Task<IReadOnlyList<TrainingsdekkingStand>> VoorAsync(IReadOnlyList<string> gemeenteCodes, int jaar, CancellationToken ct) =>
        BerekenAsync(gemeenteCodes, jaar, ct);

    public async Task<IReadOnlyList<TrainingsdekkingStand>> AlleAsync(int jaar, CancellationToken ct)
    {
        var gemeenten = await db.Set<Regio.Gemeente>().AsNoTracking().OrderBy(g => g.Naam).Select(g => g.CbsCode).ToListAsync(ct);
        return await BerekenAsync(gemeenten, jaar, ct);
    }

    private async Task<IReadOnlyList<TrainingsdekkingStand>> BerekenAsync(IReadOnlyList<string> gemeenten, int jaar, CancellationToken ct)
    {
        var van = new DateTimeOffset(jaar, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var tot = van.AddYears(1);
        // A year without its own plan keeps the latest earlier one: a municipality's choices do not fall back to the default every January.
        var plannen = (await db.Set<Trainingsplan>().AsNoTracking().Where(p => p.Jaar <= jaar && gemeenten.Contains(p.GemeenteCode)).ToListAsync(ct))
            .GroupBy(p => p.GemeenteCode, StringComparer.OrdinalIgnoreCase).Select(g => g.MaxBy(p => p.Jaar)!).ToList();
        // Attended sessions of the year: only what counts (role, municipality, account, track, date), never a name.
        var deelnames = await (from i in db.Set<Inschrijving>().AsNoTracking()
                               join s in db.Set<Sessie>().AsNoTracking() on i.SessieId equals s.Id
                               where i.Aanwezig == true && i.Status == Inschrijfstatus.Ingeschreven && s.Begin >= van && s.Begin < tot
                               select new { i.Rol, i.GemeenteCode, i.MedewerkerId, s.Spoor, s.Begin }).ToListAsync(ct);
        var functionarissen = (await register.AlleAsync(alleenActief: true, ct)).ToLookup(f => f.GemeenteCode, StringComparer.OrdinalIgnoreCase);
        return gemeenten.Select(g =>
        {
            var plan = plannen.FirstOrDefault(p => string.Equals(p.GemeenteCode, g, StringComparison.OrdinalIgnoreCase));
            var rollen = plan?.Rollen ?? [.. Doelgroepen.StandaardPlan];
            var eigen = deelnames.Where(d => string.Equals(d.GemeenteCode, g, StringComparison.OrdinalIgnoreCase) && d.Rol is not null)
                .Select(d => new Deelname(d.Rol!, DateOnly.FromDateTime(d.Begin.UtcDateTime)));
            var plichtig = plan?.AandachtsfunctionarissenVerplicht == false ? [] : functionarissen[g].Select(f => new PlichtigeFunctionaris(f.Id, f.Naam, f.AangesteldOp,
                deelnames.Where(d => d.MedewerkerId is not null && d.MedewerkerId == f.MedewerkerId && d.Spoor is not null)
                    .Select(d => (d.Spoor!.Value, DateOnly.FromDateTime(d.Begin.UtcDateTime))).ToList()));
            return new TrainingsdekkingStand(g, jaar, Core.Bewustwording.Dekking.Bereken(jaar, rollen, eigen, plichtig), plan is null,
                plan?.AandachtsfunctionarissenVerplicht ?? true);
        }).ToList();
    }
}

/// <summary>The municipality's standing on the Handreiking's preconditions (§5.4), for the warning when training is planned.</summary>
public interface IBeleidsstatus
{
    Task<Beleidsstand?> VoorAsync(string gemeenteCode, CancellationToken ct);

    /// <summary>Several municipalities in one read (the coverage page shows them all).</summary>
    Task<IReadOnlyDictionary<string, Beleidsstand?>> VoorAsync(IReadOnlyCollection<string> gemeenteCodes, CancellationToken ct);
}

/// <summary>
/// Reads the preconditions from Sturing's basic-level checklist, the one place a municipality's policy status is kept:
/// policy — the item "beleid" answered "ja" or the policy's adoption date recorded; internal agreements — the item
/// "interne-meldroute" answered "ja"; focal officer — the computed item "af-geregistreerd" (an active entry in the
/// focal-officer register). "Deels" and "onbekend" count as missing. One read per municipality per request.
/// </summary>
internal sealed class SturingBeleidsstatus(Sturing.Basisniveaulijst basisniveau) : IBeleidsstatus
{
    private readonly Dictionary<string, Beleidsstand?> gelezen = new(StringComparer.OrdinalIgnoreCase);

    public async Task<Beleidsstand?> VoorAsync(string gemeenteCode, CancellationToken ct) =>
        (await VoorAsync([gemeenteCode], ct)).GetValueOrDefault(gemeenteCode);

    public async Task<IReadOnlyDictionary<string, Beleidsstand?>> VoorAsync(IReadOnlyCollection<string> gemeenteCodes, CancellationToken ct)
    {
        var nieuw = gemeenteCodes.Where(g => !gelezen.ContainsKey(g)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (nieuw.Count > 0)
        {
            var lijsten = (await basisniveau.ChecklistenAsync(nieuw, null, ct)).ToDictionary(l => l.CbsCode, StringComparer.OrdinalIgnoreCase);
            foreach (var g in nieuw)
            {
                gelezen[g] = lijsten.TryGetValue(g, out var lijst) ? Stand(lijst) : null;
            }
        }
        return gemeenteCodes.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(g => g, g => gelezen[g], StringComparer.OrdinalIgnoreCase);
    }

    private static Beleidsstand Stand(Sturing.GemeenteChecklist lijst)
    {
        bool Ja(string item) => lijst.Items.Any(i => i.Code == item && i.Stand == Core.Sturing.Basisniveaustand.Ja);
        return new Beleidsstand(
            Ja(Sturing.Referentie.BasisniveauItems.Beleid) || lijst.Beleid?.VastgesteldOp is not null,
            Ja(Sturing.Referentie.BasisniveauItems.Meldroute),
            Ja(Sturing.Referentie.BasisniveauItems.AfGeregistreerd));
    }
}
