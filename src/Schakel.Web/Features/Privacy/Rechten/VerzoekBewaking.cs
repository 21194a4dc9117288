using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Privacy.Bewaring;
using Schakel.Web.Features.Privacy.Declaraties;
using Schakel.Web.Features.Privacy.Toezicht;
using Schakel.Web.Features.Schaal.Clustertaken;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Privacy.Rechten;

/// <summary>
/// Watches requests of people concerned: announces (content-free, to the roles that handle them and to the data protection officers) an open request whose deadline is
/// <see cref="Termijnstand.WaarschuwingDagen"/> days or less away, once per deadline; and removes a handled request's own personal
/// details when its retention period (<see cref="Verwerkingsactiviteiten.VerzoekAfgehandeld"/>) has passed, keeping its dates,
/// kind and outcomes for accountability.
/// </summary>
public sealed class VerzoekBewaking(SchakelDbContext db, NotificatieService notificaties, AuditTrail audit, TimeProvider tijd, IOptions<BewaringOpties> opties)
{
    public const string ActieVerwijderd = "verzoek.gegevens-verwijderd";

    public async Task<(int Gemeld, int Verwijderd)> VoerUitAsync(CancellationToken ct)
    {
        var nu = tijd.GetUtcNow();
        var grens = DateOnly.FromDateTime(nu.UtcDateTime).AddDays(Termijnstand.WaarschuwingDagen);
        var naderend = await db.Set<VerzoekBetrokkene>()
            .Where(v => v.Status == VerzoekStatus.Open && v.TermijnGemeldOp == null && v.Uiterlijk <= grens).ToListAsync(ct);
        // The data protection officer watches every organisation's deadlines (art. 39 AVG), so hears of new ones too, on its overview.
        var functionarissen = naderend.Count == 0 ? [] : await notificaties.OrganisatiesMetRolAsync(Rollen.FunctionarisGegevensbescherming, ct);
        foreach (var v in naderend)
        {
            foreach (var rol in Verzoeken.Rollen)
            {
                notificaties.Klaarzetten(v.OrganisatieId, NotificatieSoorten.VerzoekTermijnNadert, VerzoekTeller.LijstPad, rol);
            }
            v.TermijnGemeldOp = nu;
        }
        // One notice per run for the officer: the overview lists them all.
        foreach (var organisatie in functionarissen)
        {
            notificaties.Klaarzetten(organisatie, NotificatieSoorten.VerzoekTermijnNadert, PrivacyToezicht.Pad, Rollen.FunctionarisGegevensbescherming);
        }
        await db.SaveChangesAsync(ct);

        var afgehandeldVoor = nu - opties.Value.Termijn(Verwerkingsactiviteiten.VerzoekAfgehandeld);
        var oud = await db.Set<VerzoekBetrokkene>().Include(v => v.Treffers)
            .Where(v => v.Status == VerzoekStatus.Afgehandeld && v.GegevensVerwijderdOp == null && v.AfgehandeldOp != null && v.AfgehandeldOp <= afgehandeldVoor)
            .OrderBy(v => v.AfgehandeldOp).ThenBy(v => v.Id).Take(opties.Value.PerRonde).ToListAsync(ct);
        foreach (var v in oud)
        {
            v.NaamVersleuteld = v.GeboortedatumVersleuteld = v.TelefoonVersleuteld = v.EmailVersleuteld = null;
            v.AntwoordVersleuteld = v.VerlengingRedenVersleuteld = null;
            v.GegevensVerwijderdOp = nu;
            foreach (var t in v.Treffers)
            {
                t.ToelichtingVersleuteld = t.OpheffingRedenVersleuteld = null;
            }
        }
        if (oud.Count > 0)
        {
            await audit.VastleggenAsync(db, oud.Select(v => new AuditInvoer(AuditActor.Systeem, ActieVerwijderd, Verzoeken.ObjectType, v.Id.ToString(),
                AuditResultaat.Gelukt, Herkomst.Systeem)).ToList(), ct);
        }
        return (naderend.Count, oud.Count);
    }
}

/// <summary>Runs <see cref="VerzoekBewaking"/> at the retention job's interval (real time, like the retention job).</summary>
internal sealed class VerzoekBewakingDienst(Taakslot slot, IOptions<BewaringOpties> opties, ILogger<VerzoekBewakingDienst> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(opties.Value.Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // Once across the cluster, so a deadline notice is placed once, not once per node.
                await slot.VoerUitAsync("privacy.verzoekbewaking", (sp, c) => sp.GetRequiredService<VerzoekBewaking>().VoerUitAsync(c), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError("Verzoekbewaking mislukt: {Fout}", e.GetType().Name);
            }
        }
    }
}
