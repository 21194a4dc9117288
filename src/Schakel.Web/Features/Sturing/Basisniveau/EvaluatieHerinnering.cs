using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Security.Audit;
using BasisniveauRegels = Schakel.Core.Sturing.Basisniveau;
using Schakel.Web.Features.Schaal.Clustertaken;

namespace Schakel.Web.Features.Sturing;

/// <summary>
/// Reminds a municipality's focal officers that its policy is due for evaluation at the municipality's own interval
/// (Midden-Delfland: every two years, §1.3). One content-free notification per due date, a month ahead. The link
/// carries the CBS code in lower case, the only form a notification link allows; the page reads either.
/// </summary>
public sealed class EvaluatieHerinnering(SchakelDbContext db, NotificatieService notificaties, AuditTrail audit)
{
    public static readonly int DagenVooraf = 30;

    /// <returns>The municipalities reminded now.</returns>
    public async Task<IReadOnlyList<string>> HerinnerAsync(DateOnly vandaag, CancellationToken ct)
    {
        var herinnerd = new List<string>();
        foreach (var b in await db.Set<GemeenteBeleid>().Where(b => b.EvaluatieIntervalJaren != null).ToListAsync(ct))
        {
            if (BasisniveauRegels.EvaluatieVerwachtOp(b.VastgesteldOp, b.LaatsteEvaluatieOp, b.EvaluatieIntervalJaren) is not { } verwacht
                || verwacht.AddDays(-DagenVooraf) > vandaag || b.HerinneringVerstuurdVoor == verwacht)
            {
                continue;
            }
            var organisaties = await db.Set<Organisatie>().Where(o => o.Type == OrganisatieType.Gemeente && o.GemeenteCode == b.GemeenteCode && o.Actief)
                .Select(o => o.Id).ToListAsync(ct);
            foreach (var o in organisaties)
            {
                await notificaties.PlaatsAsync(o, NotificatieSoorten.BeleidEvaluatie, $"/sturing/basisniveau/{b.GemeenteCode.ToLowerInvariant()}", Rollen.Aandachtsfunctionaris, ct);
            }
            b.HerinneringVerstuurdVoor = verwacht;
            await audit.VastleggenAsync(db, new AuditInvoer(AuditActor.Systeem, "sturing.evaluatie.herinnerd", nameof(GemeenteBeleid), b.GemeenteCode, AuditResultaat.Gelukt, Herkomst.Systeem), ct);
            herinnerd.Add(b.GemeenteCode);
        }
        return herinnerd;
    }
}

/// <summary>Runs the reminder once a day (and at start-up).</summary>
internal sealed class EvaluatieHerinneraar(Taakslot slot, TimeProvider tijd, ILogger<EvaluatieHerinneraar> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(24));
        do
        {
            try
            {
                await slot.VoerUitAsync("sturing.evaluatieherinnering", async (sp, ct) =>
                {
                    var aantal = (await sp.GetRequiredService<EvaluatieHerinnering>()
                        .HerinnerAsync(DateOnly.FromDateTime(tijd.GetUtcNow().UtcDateTime), ct)).Count;
                    if (aantal > 0)
                    {
                        log.LogInformation("Evaluatieherinnering verstuurd aan {Aantal} gemeente(n)", aantal);
                    }
                }, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Evaluatieherinneringen mislukt");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
