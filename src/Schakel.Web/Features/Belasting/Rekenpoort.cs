using Microsoft.Extensions.Options;

namespace Schakel.Web.Features.Belasting;

public sealed class BelastingOpties
{
    /// <summary>How many receipt-code hashes run at once; default one per core, since each keeps a core busy.</summary>
    public int? HashGelijktijdig { get; set; }

    /// <summary>How long a request may wait for a turn before it is answered 503 instead of queueing on.</summary>
    public TimeSpan MaxWachttijd { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The Retry-After of a 503: long enough for a queue of this size to drain.</summary>
    public TimeSpan OpnieuwNa { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>The node cannot serve this request in time; nothing was stored. Answered 503 with Retry-After.</summary>
public sealed class OverbelastException(string waar, TimeSpan opnieuwNa) : Exception($"Overbelast: {waar}")
{
    public TimeSpan OpnieuwNa { get; } = opnieuwNa;
}

/// <summary>
/// Bounds CPU-heavy work (the receipt-code hash, about 30 ms of one core) to what the cores can do. Without it 200
/// reporters at once start 200 hashes that share two cores, each takes seconds, and every request holds its database
/// connection meanwhile. With it the work runs a few at a time; a request that cannot get a turn within
/// <see cref="BelastingOpties.MaxWachttijd"/> gets 503 with Retry-After before anything is written.
/// </summary>
public sealed class Rekenpoort
{
    private readonly SemaphoreSlim _plekken;
    private readonly BelastingOpties _opties;
    private int _wachtend;
    private long _geweigerd;
    private long _uitgevoerd;

    public Rekenpoort(IOptions<BelastingOpties> opties)
    {
        _opties = opties.Value;
        Gelijktijdig = Math.Max(1, _opties.HashGelijktijdig ?? Environment.ProcessorCount);
        _plekken = new SemaphoreSlim(Gelijktijdig, Gelijktijdig);
    }

    public int Gelijktijdig { get; }

    public int Bezig => Gelijktijdig - _plekken.CurrentCount;

    public int Wachtend => Volatile.Read(ref _wachtend);

    public long Geweigerd => Interlocked.Read(ref _geweigerd);

    public long Uitgevoerd => Interlocked.Read(ref _uitgevoerd);

    public TimeSpan MaxWachttijd => _opties.MaxWachttijd;

    public async Task<T> VoerUitAsync<T>(string waar, Func<T> werk, CancellationToken ct)
    {
        Interlocked.Increment(ref _wachtend);
        bool binnen;
        try
        {
            binnen = await _plekken.WaitAsync(_opties.MaxWachttijd, ct);
        }
        finally
        {
            Interlocked.Decrement(ref _wachtend);
        }
        if (!binnen)
        {
            Interlocked.Increment(ref _geweigerd);
            throw new OverbelastException(waar, _opties.OpnieuwNa);
        }
        try
        {
            var uitkomst = werk();
            Interlocked.Increment(ref _uitgevoerd);
            return uitkomst;
        }
        finally
        {
            _plekken.Release();
        }
    }
}
