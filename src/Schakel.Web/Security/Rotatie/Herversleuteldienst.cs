using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using Schakel.Web.Features.Schaal.Clustertaken;

namespace Schakel.Web.Security.Rotatie;

public sealed class SleutelrotatieOpties
{
    /// <summary>Off only where a test drives the batches itself.</summary>
    public bool Aan { get; set; } = true;
    /// <summary>The first round waits this long after start, so it never competes with start-up work.</summary>
    public TimeSpan StartVertraging { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>Rows per batch: one transaction each, so other writers wait at most one batch.</summary>
    public int PerBatch { get; set; } = 200;
}

/// <summary>
/// What this node last saw of the rotation, for the beheerder's page and the metrics
/// <c>schakel.sleutels.te_herversleutelen</c> (values not yet under the active key) and <c>schakel.sleutels.herversleuteld</c>.
/// </summary>
public sealed class Sleutelvoortgang
{
    private readonly Counter<long> _herversleuteld;

    public Sleutelvoortgang(IMeterFactory meters)
    {
        var meter = meters.Create("Schakel.Sleutels");
        _herversleuteld = meter.CreateCounter<long>("schakel.sleutels.herversleuteld", "{waarde}", "Waarden onder de actieve sleutel herversleuteld");
        meter.CreateObservableGauge("schakel.sleutels.te_herversleutelen", () => Stand?.TeHerversleutelen ?? 0, "{waarde}",
            "Versleutelde waarden die nog niet onder de actieve sleutelversie staan");
    }

    public Sleutelstand? Stand { get; private set; }
    public DateTimeOffset? GeteldOp { get; private set; }
    public bool Bezig { get; private set; }
    public long Verplaatst { get; private set; }
    public long Onleesbaar { get; private set; }

    internal void Geteld(Sleutelstand stand, DateTimeOffset op) => (Stand, GeteldOp) = (stand, op);

    internal void Begint() => (Bezig, Onleesbaar) = (true, 0);

    internal void Batch(Batchuitkomst b)
    {
        Verplaatst += b.Verplaatst;
        Onleesbaar += b.Onleesbaar;
        _herversleuteld.Add(b.Verplaatst);
    }

    internal void Klaar() => Bezig = false;
}

/// <summary>
/// The background re-encryption: a while after start and then every interval it counts the key versions in use and, when values
/// are not under the active key, moves them batch by batch. A restart simply counts again and goes on (ADR 0008).
/// </summary>
internal sealed class Herversleuteldienst(IServiceScopeFactory scopes, Taakslot slot, Sleutelvoortgang voortgang, TimeProvider tijd,
    IOptions<SleutelrotatieOpties> opties, ILogger<Herversleuteldienst> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!opties.Value.Aan)
        {
            return;
        }
        try
        {
            await Task.Delay(opties.Value.StartVertraging, stoppingToken);
            using var timer = new PeriodicTimer(opties.Value.Interval);
            do
            {
                // One node moves the rows at a time; the others would only fight over the same batches.
                await slot.VoerUitAsync("sleutels.herversleuteling", (_, c) => RondeAsync(scopes, voortgang, tijd, opties.Value.PerBatch, log, c), stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
            // Stopping the app.
        }
    }

    /// <summary>One round: count, move what is not under the active key, count again. Failures are logged by type only, never data.</summary>
    public static async Task RondeAsync(IServiceScopeFactory scopes, Sleutelvoortgang voortgang, TimeProvider tijd, int perBatch, ILogger log, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var herversleuteling = scope.ServiceProvider.GetRequiredService<Herversleuteling>();
            var stand = await herversleuteling.TelAsync(ct);
            voortgang.Geteld(stand, tijd.GetUtcNow());
            if (stand.TeHerversleutelen == 0)
            {
                return;
            }
            voortgang.Begint();
            try
            {
                await herversleuteling.AllesAsync(perBatch, (_, b) => voortgang.Batch(b), ct);
            }
            finally
            {
                voortgang.Klaar();
            }
            voortgang.Geteld(await herversleuteling.TelAsync(ct), tijd.GetUtcNow());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError("Herversleuteling mislukt: {Fout}", e.GetType().Name);
        }
    }
}
