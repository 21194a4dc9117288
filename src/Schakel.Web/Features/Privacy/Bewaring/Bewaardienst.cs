using Microsoft.Extensions.Options;
using Schakel.Web.Features.Schaal.Clustertaken;

namespace Schakel.Web.Features.Privacy.Bewaring;

/// <summary>
/// Runs <see cref="Bewaartaak"/> once at start — in <see cref="StartAsync"/>, which the host awaits before the server takes
/// requests, so a database restored from a back-up has its deletions re-applied before anyone reads it — and then every
/// <see cref="BewaringOpties.Interval"/>. The timer runs on real time on purpose: a test that moves its clock forward must not
/// set off deletions in the middle of another test.
/// </summary>
internal sealed class Bewaardienst(Taakslot slot, IOptions<BewaringOpties> opties, ILogger<Bewaardienst> log) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // At start a node waits for a round running on another node, so it never serves before the deletions are applied.
        await RondeAsync(cancellationToken, wachten: true);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(opties.Value.Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RondeAsync(stoppingToken);
        }
    }

    public async Task<int> RondeAsync(CancellationToken ct, bool wachten = false)
    {
        try
        {
            // Once across the cluster; a node that finds the job running elsewhere counts nothing this round.
            var aantal = 0;
            await slot.VoerUitAsync("privacy.bewaartaak", async (sp, c) => aantal = await sp.GetRequiredService<Bewaartaak>().VoerUitAsync(c), ct, wachten);
            return aantal;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One failed round must not stop the app or the next round; the type only, never data.
            log.LogError("Bewaartaak mislukt: {Fout}", e.GetType().Name);
            return 0;
        }
    }
}
