using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading.RateLimiting;

namespace Schakel.Web.Features.Meldpunt.Misbruik;

public enum Limiet
{
    /// <summary>New reports and advice questions.</summary>
    Melden,
    /// <summary>Anything that takes a receipt code: guessing codes is what this limit stops.</summary>
    Code,
}

/// <summary>
/// Rate limits per source for the public reporting point, in memory only. The source is an HMAC of the
/// remote address (IPv6 by its /64) under a random seed made at start and never stored, so the partition
/// keys cannot be turned back into addresses, not even from a memory dump after a restart.
/// Settings: <c>Meldpunt:Limieten:{Melden|Code}:Aantal</c> and <c>:VensterMinuten</c>.
/// </summary>
public sealed class MeldpuntLimieten : IDisposable
{
    private readonly byte[] _zaad = RandomNumberGenerator.GetBytes(32);
    private readonly Dictionary<Limiet, PartitionedRateLimiter<string>> _limieten;
    private readonly Dictionary<Limiet, TimeSpan> _vensters;

    public MeldpuntLimieten(IConfiguration configuration)
    {
        _vensters = new()
        {
            [Limiet.Melden] = TimeSpan.FromMinutes(configuration.GetValue("Meldpunt:Limieten:Melden:VensterMinuten", 10.0)),
            [Limiet.Code] = TimeSpan.FromMinutes(configuration.GetValue("Meldpunt:Limieten:Code:VensterMinuten", 10.0)),
        };
        _limieten = new()
        {
            [Limiet.Melden] = Maak(configuration.GetValue("Meldpunt:Limieten:Melden:Aantal", 10), _vensters[Limiet.Melden]),
            [Limiet.Code] = Maak(configuration.GetValue("Meldpunt:Limieten:Code:Aantal", 20), _vensters[Limiet.Code]),
        };
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
    public bool Probeer(HttpContext context, Limiet limiet)
    {
        using var lease = _limieten[limiet].AttemptAcquire(Bron(context.Connection.RemoteIpAddress));
        return lease.IsAcquired;
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

    private string Bron(IPAddress? adres)
    {
        if (adres is null)
        {
            return "onbekend";
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
        return Convert.ToBase64String(HMACSHA256.HashData(_zaad, bytes));
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
    /// <summary>Applies a reporting-point limit to a minimal API endpoint.</summary>
    public static TBuilder MetLimiet<TBuilder>(this TBuilder builder, Limiet limiet) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var limieten = context.HttpContext.RequestServices.GetRequiredService<MeldpuntLimieten>();
            return limieten.Probeer(context.HttpContext, limiet) ? await next(context) : limieten.TeVeel(context.HttpContext, limiet);
        });
}
