using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Schakel.Core.Opvang;
using Schakel.Web.Data;
using Schakel.Web.Security.Audit;
using Schakel.Web.Features.Schaal.Clustertaken;

namespace Schakel.Web.Features.Opvang;

/// <summary>
/// The clock work of the board: marks expired holds (their beds were already free by time), sends each
/// escalation of the 36-hour clock once (a notification to requester and chain director; the end of the crisis phase
/// without a long-term place is one of them), and records that as unmet demand only where the region sets that norm.
/// </summary>
public sealed class OpvangBewaking(
    SchakelDbContext db, TimeProvider tijd, AuditTrail audit, IOpvangGebeurtenissen gebeurtenissen, OpvangService service, EscalatieNotificaties notificaties,
    Norm36Uur norm, ReserveringNotificaties reserveringNotificaties, IOptions<OpvangOpties> opties)
{
    public async Task VoerUitAsync(CancellationToken ct)
    {
        var nu = tijd.GetUtcNow();
        // Pool by pool under its lock: marking a hold expired lowers the pool's held beds in the same transaction.
        var pools = await db.Set<Reservering>().Where(r => r.Status == ReserveringStatus.Actief && r.VerlooptOp <= nu)
            .Select(r => r.PlekkenpoolId).Distinct().ToListAsync(ct);
        var verlopen = new List<Reservering>();
        foreach (var pool in pools)
        {
            verlopen.AddRange(await service.LaatVerlopenAsync(pool, ct));
        }
        foreach (var r in verlopen)
        {
            await gebeurtenissen.ReserveringGewijzigdAsync(r.Id, r.PlekkenpoolId, r.Status, ct);
        }
        foreach (var pool in verlopen.Select(r => r.PlekkenpoolId).Distinct())
        {
            await gebeurtenissen.BeschikbaarheidGewijzigdAsync(pool, ct);
        }
        await WaarschuwVoorVerloopAsync(nu, ct);

        var nieuweEscalaties = new List<(EscalatieRegel Regel, Plaatsingsverzoek Verzoek)>();
        var invoer = new List<AuditInvoer>();

        foreach (var verzoek in await db.Set<Plaatsingsverzoek>().Where(v => !v.Afgesloten).ToListAsync(ct))
        {
            var klok = OpvangService.Klok(verzoek, nu);
            var verstuurd = verzoek.VerstuurdeEscalaties.Split(';', StringSplitOptions.RemoveEmptyEntries);
            foreach (var e in klok.TeVersturen(verstuurd))
            {
                var regel = new EscalatieRegel { PlaatsingsverzoekId = verzoek.Id, Code = e.Code, Tijdstip = nu };
                db.Add(regel);
                nieuweEscalaties.Add((regel, verzoek));
                verzoek.VerstuurdeEscalaties = string.Join(';', verstuurd.Append(e.Code));
                verstuurd = [.. verstuurd, e.Code];
                invoer.Add(new AuditInvoer(AuditActor.Systeem, "plaatsingsverzoek.escalatie", nameof(Plaatsingsverzoek), verzoek.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Systeem));
            }
            if (klok.VervolgNietGeregeldBijEinde
                && await norm.GeldtAsync(verzoek.GevondenInGemeenteCode, ct)
                && !await db.Set<OnvervuldeVraagRegel>().AnyAsync(o => o.PlaatsingsverzoekId == verzoek.Id && o.Reden == OnvervuldeVraagReden.VervolgplaatsingNietGeregeldBinnen36Uur, ct))
            {
                db.Add(OpvangService.Regel(OnvervuldeVraag.VervolgNietGeregeld(verzoek.Id, verzoek.Behoefte, nu)));
            }
        }
        // The escalations, their marks on the requests and their entries commit together: a crash between them can no
        // longer leave an escalation without its entry, or an entry for an escalation that was never stored.
        await audit.VastleggenAsync(db, invoer, ct);
        foreach (var (e, verzoek) in nieuweEscalaties)
        {
            await notificaties.MeldAsync(verzoek, ct);
            await gebeurtenissen.EscalatieAsync(e.PlaatsingsverzoekId, e.Code, ct);
        }
    }

    /// <summary>
    /// Holds still waiting for the shelter's answer shortly before they expire: the shelter is reminded once. The
    /// mark is saved before the notifications go out, so a second node or round never reminds twice.
    /// </summary>
    private async Task WaarschuwVoorVerloopAsync(DateTimeOffset nu, CancellationToken ct)
    {
        var grens = nu + opties.Value.VerloopWaarschuwing;
        var bijna = await db.Set<Reservering>()
            .Where(r => r.Status == ReserveringStatus.Actief && r.VerloopGemeldOp == null && r.VerlooptOp > nu && r.VerlooptOp <= grens)
            .ToListAsync(ct);
        foreach (var r in bijna)
        {
            r.VerloopGemeldOp = nu;
        }
        await db.SaveChangesAsync(ct);
        foreach (var r in bijna)
        {
            await reserveringNotificaties.VerlooptBijnaAsync(r.PlekkenpoolId, ct);
        }
    }
}

internal sealed class OpvangBewakingsdienst(Taakslot slot, ILogger<OpvangBewakingsdienst> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // Once across the cluster: a second node running the same round would send each escalation twice.
                await slot.VoerUitAsync("opvang.bewaking", (sp, ct) => sp.GetRequiredService<OpvangBewaking>().VoerUitAsync(ct), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed round must not stop the clock; the next tick tries again.
                log.LogError(e, "Bewaking van de opvang mislukt");
            }
        }
    }
}
