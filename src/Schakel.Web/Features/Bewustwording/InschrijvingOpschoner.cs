using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Security.Audit;
using Schakel.Web.Features.Schaal.Clustertaken;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>
/// Retention of public sign-ups: once <see cref="Inschrijving.BewaarTot"/> has passed, name and e-mail are erased
/// for real (the columns are emptied); the sign-up itself stays as an anonymous count by role and municipality.
/// </summary>
internal sealed class InschrijvingOpschoner(Taakslot slot, TimeProvider tijd, ILogger<InschrijvingOpschoner> log) : BackgroundService
{
    public const string Actie = "bewustwording.persoonsgegevens-gewist";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), tijd);
        do
        {
            try
            {
                await slot.VoerUitAsync("bewustwording.inschrijvingen", (sp, ct) =>
                    WisAsync(sp.GetRequiredService<SchakelDbContext>(), sp.GetRequiredService<AuditTrail>(), tijd.GetUtcNow(), ct), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning("Opschonen van inschrijvingen mislukt: {Fout}", e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public static async Task<int> WisAsync(SchakelDbContext db, AuditTrail audit, DateTimeOffset nu, CancellationToken ct)
    {
        var verlopen = await db.Set<Inschrijving>().Where(i => i.BewaarTot != null && i.BewaarTot < nu).OrderBy(i => i.Id).Take(500).ToListAsync(ct);
        if (verlopen.Count == 0)
        {
            return 0;
        }
        foreach (var i in verlopen)
        {
            i.NaamVersleuteld = null;
            i.EmailVersleuteld = null;
            i.BewaarTot = null;
        }
        await audit.VastleggenAsync(db, verlopen.Select(i => new AuditInvoer(AuditActor.Systeem, Actie, Inschrijven.ObjectType, i.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Systeem)).ToList(), ct);
        return verlopen.Count;
    }
}
