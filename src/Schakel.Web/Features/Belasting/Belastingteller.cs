namespace Schakel.Web.Features.Belasting;

/// <summary>Requests in progress on this node and how many were answered 503, for /gezondheid. Counts only, no request data.</summary>
public sealed class Belastingteller
{
    private int _bezig;
    private long _geweigerd;

    public int Bezig => Volatile.Read(ref _bezig);

    public long Geweigerd => Interlocked.Read(ref _geweigerd);

    public void TelGeweigerd() => Interlocked.Increment(ref _geweigerd);

    public IApplicationBuilder Tel(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        Interlocked.Increment(ref _bezig);
        try
        {
            await next(context);
        }
        finally
        {
            Interlocked.Decrement(ref _bezig);
        }
    });
}
