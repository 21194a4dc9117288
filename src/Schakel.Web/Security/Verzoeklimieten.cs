using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading.RateLimiting;

namespace Schakel.Web.Security;

public enum Limiet
{
    /// <summary>New reports and advice questions.</summary>
    Melden,
    /// <summary>Anything that takes a receipt code: guessing codes is what this limit stops.</summary>
    Code,
    /// <summary>The API's token endpoint: every attempt costs a slow hash, so unlimited tries are a denial of service.</summary>
    Token,
}

/// <summary>
/// A count per source shared by every node (Redis, Features/Schaal). Each answer is the source's count in the current
/// window, or <c>null</c> when the shared store cannot be reached: then this node counts alone rather than refuse or fail.
/// </summary>
public interface IGedeeldeLimietteller
{
    /// <param name="bron">The source's address bytes (IPv6 cut to its /64); the counter stores only a keyed hash of them.</param>
    /// <param name="ophogen">Adds one first; false only reads the count.</param>
    ValueTask<long?> TelAsync(Limiet limiet, byte[] bron, TimeSpan venster, bool ophogen);
}

/// <summary>
/// Rate limits per source for anonymous endpoints (the public reporting point, the token endpoint). On one node they count in
/// memory: the source is an HMAC of the remote address (IPv6 by its /64) under a random seed made at start and never stored,
/// so the partition keys cannot be turned back into addresses, not even from a memory dump after a restart. On several nodes
/// (<see cref="IGedeeldeLimietteller"/>) they count in Redis under a keyed hash as well, whose key is derived from Schakel's
/// key ring and the window, so Redis never holds an address nor a key that links one window's source to the next.
/// Settings: <c>Limieten:{Melden|Code|Token}:Aantal</c> and <c>:VensterMinuten</c>.
/// </summary>
public sealed class Verzoeklimieten : IDisposable
{
    private readonly byte[] _zaad = RandomNumberGenerator.GetBytes(32);
    private readonly Dictionary<Limiet, PartitionedRateLimiter<string>> _limieten;
    private readonly Dictionary<Limiet, TimeSpan> _vensters;
    private readonly Dictionary<Limiet, int> _aantallen;
    private readonly IGedeeldeLimietteller? _gedeeld;

    public Verzoeklimieten(IConfiguration configuration, IGedeeldeLimietteller? gedeeld = null)
    {
        _gedeeld = gedeeld;
        (int Aantal, double Minuten) Standaard(Limiet l) => l switch
        {
            Limiet.Melden => (10, 10),
            Limiet.Code => (20, 10),
            _ => (30, 1),
        };
        _vensters = Enum.GetValues<Limiet>().ToDictionary(l => l,
            l => TimeSpan.FromMinutes(configuration.GetValue($"Limieten:{l}:VensterMinuten", Standaard(l).Minuten)));
        _aantallen = Enum.GetValues<Limiet>().ToDictionary(l => l, l => configuration.GetValue($"Limieten:{l}:Aantal", Standaard(l).Aantal));
        _limieten = Enum.GetValues<Limiet>().ToDictionary(l => l, l => Maak(_aantallen[l], _vensters[l]));
    }

    private static PartitionedRateLimiter<string> Maak(int aantal, TimeSpan venster) =>
        PartitionedRateLimiter.Create<string, string>(bron => RateLimitPartition.GetFixedWindowLimiter(bron, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = aantal,
            Window = venster,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Takes one permit for this request's source; false means answer 429.</summary>
    public async ValueTask<bool> ProbeerAsync(HttpContext context, Limiet limiet)
    {
        var bron = Bronbytes(context.Connection.RemoteIpAddress);
        if (_gedeeld is not null && await _gedeeld.TelAsync(limiet, bron, _vensters[limiet], ophogen: true) is { } stand)
        {
            return stand <= _aantallen[limiet];
        }
        using var lease = _limieten[limiet].AttemptAcquire(Bron(bron));
        return lease.IsAcquired;
    }

    /// <summary>
    /// Whether this source has a permit left, without taking one. For limits that count only what succeeded
    /// (accepted reports): look first, do the work, then <see cref="Tel"/> when it was accepted.
    /// </summary>
    public async ValueTask<bool> BeschikbaarAsync(HttpContext context, Limiet limiet)
    {
        var bron = Bronbytes(context.Connection.RemoteIpAddress);
        if (_gedeeld is not null && await _gedeeld.TelAsync(limiet, bron, _vensters[limiet], ophogen: false) is { } stand)
        {
            return stand < _aantallen[limiet];
        }
        return _limieten[limiet].GetStatistics(Bron(bron)) is not { CurrentAvailablePermits: <= 0 };
    }

    /// <summary>Counts one accepted request against this source's budget.</summary>
    public async ValueTask TelAsync(HttpContext context, Limiet limiet)
    {
        var bron = Bronbytes(context.Connection.RemoteIpAddress);
        if (_gedeeld is not null && await _gedeeld.TelAsync(limiet, bron, _vensters[limiet], ophogen: true) is not null)
        {
            return;
        }
        using var lease = _limieten[limiet].AttemptAcquire(Bron(bron));
    }

    public TimeSpan Venster(Limiet limiet) => _vensters[limiet];

    /// <summary>The 429 answer as problem+json, with Retry-After.</summary>
    public IResult TeVeel(HttpContext context, Limiet limiet)
    {
        context.Response.Headers.RetryAfter = ((int)Venster(limiet).TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Te veel verzoeken",
            detail: "U heeft in korte tijd te veel verzoeken gedaan. Probeer het later opnieuw.");
    }

    private string Bron(byte[] bron) => Convert.ToBase64String(HMACSHA256.HashData(_zaad, bron));

    private static byte[] Bronbytes(IPAddress? adres)
    {
        if (adres is null)
        {
            return [];
        }
        if (adres.IsIPv4MappedToIPv6)
        {
            adres = adres.MapToIPv4();
        }
        var bytes = adres.GetAddressBytes();
        if (adres.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // One household or phone gets a whole /64; limiting single IPv6 addresses would limit nothing.
            Array.Clear(bytes, 8, 8);
        }
        return bytes;
    }

    public void Dispose()
    {
        foreach (var l in _limieten.Values)
        {
            l.Dispose();
        }
    }
}

public static class LimietFilter
{
    /// <summary>Applies a per-source limit to a minimal API endpoint.</summary>
    public static TBuilder MetLimiet<TBuilder>(this TBuilder builder, Limiet limiet) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var limieten = context.HttpContext.RequestServices.GetRequiredService<Verzoeklimieten>();
            return await limieten.ProbeerAsync(context.HttpContext, limiet) ? await next(context) : limieten.TeVeel(context.HttpContext, limiet);
        });

    /// <summary>
    /// Applies a per-source limit that counts only what was created (201): a request refused as invalid costs
    /// the sender nothing, so a reporter who corrects their input is never locked out by their own mistakes, and
    /// a retry answered from its Idempotency-Key (200, nothing new stored) does not count a second time.
    /// </summary>
    public static TBuilder MetLimietOpGelukt<TBuilder>(this TBuilder builder, Limiet limiet) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var limieten = context.HttpContext.RequestServices.GetRequiredService<Verzoeklimieten>();
            if (!await limieten.BeschikbaarAsync(context.HttpContext, limiet))
            {
                return limieten.TeVeel(context.HttpContext, limiet);
            }
            var antwoord = await next(context);
            if (antwoord is IStatusCodeHttpResult { StatusCode: StatusCodes.Status201Created })
            {
                await limieten.TelAsync(context.HttpContext, limiet);
            }
            return antwoord;
        });
}
