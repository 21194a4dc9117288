using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Opvang;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Opvang.Zoeken;

/// <summary>
/// Records a search that found no fitting bed as unmet demand, off the search's own path: the search hands it over
/// and returns; one writer stores each (request, step, reason) once. Remembering what was written spares the database
/// a check on every repeated search of the same request.
/// </summary>
public sealed class OnvervuldeVraagSchrijver(IServiceScopeFactory scopes, ILogger<OnvervuldeVraagSchrijver> log) : BackgroundService
{
    private readonly Channel<OnvervuldeVraag> _wachtrij = Channel.CreateBounded<OnvervuldeVraag>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly ConcurrentDictionary<(Guid, Stap, OnvervuldeVraagReden), byte> _gezien = new();
    private int _open;

    public void Meld(OnvervuldeVraag vraag)
    {
        if (_gezien.ContainsKey((vraag.PlaatsingsverzoekId, vraag.Stap, vraag.Reden)))
        {
            return;
        }
        Interlocked.Increment(ref _open);
        if (!_wachtrij.Writer.TryWrite(vraag))
        {
            Interlocked.Decrement(ref _open);
        }
    }

    /// <summary>Waits until everything handed over so far is stored (for tests and an orderly stop).</summary>
    public async Task LeegAsync(CancellationToken ct = default)
    {
        while (Volatile.Read(ref _open) > 0)
        {
            await Task.Delay(10, ct);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var vraag in _wachtrij.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await SchrijfAsync(vraag, stoppingToken);
                }
                catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
                {
                    log.LogWarning(e, "Onvervulde vraag niet vastgelegd.");
                }
                finally
                {
                    Interlocked.Decrement(ref _open);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SchrijfAsync(OnvervuldeVraag vraag, CancellationToken ct)
    {
        var sleutel = (vraag.PlaatsingsverzoekId, vraag.Stap, vraag.Reden);
        if (_gezien.ContainsKey(sleutel))
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        if (!await db.Set<OnvervuldeVraagRegel>().AnyAsync(o => o.PlaatsingsverzoekId == vraag.PlaatsingsverzoekId && o.Stap == vraag.Stap && o.Reden == vraag.Reden, ct))
        {
            db.Add(OpvangService.Regel(vraag));
            using var slot = await Schrijfslot.NeemAsync(db, ct);
            await db.SaveChangesAsync(ct);
        }
        _gezien[sleutel] = 0;
    }
}
