using System.Globalization;
using Npgsql;
using Schakel.Web.Features.Api;

namespace Schakel.Web.Features.Belasting;

/// <summary>
/// Turns saturation into 503 with Retry-After instead of a 500: the bound on CPU work (<see cref="OverbelastException"/>),
/// an exhausted connection pool, or a database that refuses more connections. Nothing was written in any of these:
/// the CPU bound is met before the database work, and a request that gets no connection writes nothing.
/// </summary>
internal static class Overbelasting
{
    public static IApplicationBuilder UseOverbelasting(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception fout) when (Herken(fout, context.RequestServices) is { } opnieuwNa && !context.Response.HasStarted)
        {
            var teller = context.RequestServices.GetRequiredService<Belastingteller>();
            teller.TelGeweigerd();
            // A handled condition, not a failure: no stack trace, no request data; /gezondheid counts them for the beheerder.
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Schakel.Belasting")
                .LogInformation("Overbelast: {Soort}; antwoord 503", fout is OverbelastException ? "rekenwerk" : "database");
            context.Response.Clear();
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(opnieuwNa.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            if (ApiConventies.IsApi(context.Request.Path))
            {
                await ApiProblemen.SchrijfAsync(context, StatusCodes.Status503ServiceUnavailable,
                    "Het is nu te druk om dit verzoek op tijd te verwerken; er is niets opgeslagen. Probeer het opnieuw na Retry-After seconden.");
            }
            else
            {
                // Pages get the accessible error page through the status-code pages.
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }
        }
    });

    /// <summary>The Retry-After when the exception (or one inside it) is saturation; <c>null</c> otherwise.</summary>
    public static TimeSpan? Herken(Exception fout, IServiceProvider services)
    {
        var standaard = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BelastingOpties>>().Value.OpnieuwNa;
        for (Exception? x = fout; x is not null; x = x.InnerException)
        {
            switch (x)
            {
                case OverbelastException o:
                    return o.OpnieuwNa;
                // Npgsql: "The connection pool has been exhausted" (no connection free within Timeout).
                case NpgsqlException { InnerException: TimeoutException }:
                // too_many_connections, cannot_connect_now: the server's own limit.
                case PostgresException { SqlState: "53300" or "57P03" }:
                // SQLite: still busy (5) or locked (6) after the busy wait: the one writer of the file is saturated, as a
                // PostgreSQL pool can be; nothing of this request was committed, so a retry later is safe.
                case Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 }:
                    return standaard;
            }
        }
        return null;
    }
}
