using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Schakel.Web.Features.Schaal.Clustertaken;

namespace Schakel.Web.Features.Meldpunt.Intake;

public sealed class VerzendsleutelOpties
{
    /// <summary>
    /// How long a key is kept after its <see cref="Verzendsleutel.VerlooptOp"/>: a retry that late still finds its
    /// report ("it arrived") instead of storing a second one, without the code. After that the row is deleted.
    /// </summary>
    public TimeSpan Nawerking { get; set; } = TimeSpan.FromDays(1);

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Deletes spent sending keys. Each row holds keyed hashes and, until it expires, the receipt code encrypted under the
/// submitter's key: kept beyond its use it is data without a purpose (AVG art. 5(1)(e)) and a table that only grows.
/// An expired row loses its encrypted code at once and is deleted after <see cref="VerzendsleutelOpties.Nawerking"/>.
/// </summary>
public sealed class VerzendsleutelOpruimer(Data.SchakelDbContext db, TimeProvider tijd, IOptions<VerzendsleutelOpties> opties)
{
    /// <returns>The number of rows deleted.</returns>
    public async Task<int> OpruimenAsync(CancellationToken ct)
    {
        var nu = tijd.GetUtcNow();
        var grens = nu - opties.Value.Nawerking;
        // Single statements each: no read-then-write, so nothing to lock beyond the rows themselves.
        await db.Set<Verzendsleutel>().Where(v => v.VerlooptOp <= nu && v.OntvangstcodeVersleuteld != null)
            .ExecuteUpdateAsync(u => u.SetProperty(v => v.OntvangstcodeVersleuteld, (string?)null), ct);
        return await db.Set<Verzendsleutel>().Where(v => v.VerlooptOp <= grens).ExecuteDeleteAsync(ct);
    }
}

internal sealed class VerzendsleutelOpruimdienst(Taakslot slot, IOptions<VerzendsleutelOpties> opties, ILogger<VerzendsleutelOpruimdienst> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(opties.Value.Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await slot.VoerUitAsync("meldpunt.verzendsleutels", async (sp, ct) =>
                {
                    var weg = await sp.GetRequiredService<VerzendsleutelOpruimer>().OpruimenAsync(ct);
                    log.LogDebug("{Aantal} verlopen verzendsleutels verwijderd", weg);
                }, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed round must not stop the job; the next tick tries again.
                log.LogError(e, "Opruimen van verzendsleutels mislukt");
            }
        }
    }
}
