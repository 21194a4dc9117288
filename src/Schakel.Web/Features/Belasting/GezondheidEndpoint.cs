using System.Data.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Belasting;

/// <summary>
/// GET /gezondheid: whether this node can serve, and how saturated it is. Everyone (a load balancer, an uptime check)
/// gets the status; the figures behind it (database reachability and delay, the queue for CPU work, requests in
/// progress and 503s since start, the configured pool size) only a beheerder, signed in or with an API token, because
/// they tell an attacker when the node is weakest. Counts and timings only: never personal data.
/// 200 for "gezond" and "druk" (still serving), 503 for "ongezond" (the database does not answer).
/// </summary>
internal static class GezondheidEndpoint
{
    public const string Pad = "/gezondheid";

    public sealed record Antwoord(string Status, DatabaseStand Database, RekenStand Rekenwerk, VerzoekStand Verzoeken);

    public sealed record DatabaseStand(bool Bereikbaar, double DuurMs, string Provider, int? MaxVerbindingen);

    public sealed record RekenStand(int Gelijktijdig, int Bezig, int Wachtend, long Uitgevoerd, long Geweigerd, double MaxWachttijdSeconden);

    public sealed record VerzoekStand(int Bezig, long Geweigerd503);

    public static void MapGezondheid(this WebApplication app) =>
        app.MapGet(Pad, async (HttpContext context, SchakelDbContext db, Rekenpoort poort, Belastingteller teller, CancellationToken ct) =>
        {
            var klok = Stopwatch.StartNew();
            bool bereikbaar;
            try
            {
                using var kort = CancellationTokenSource.CreateLinkedTokenSource(ct);
                kort.CancelAfter(TimeSpan.FromSeconds(3));
                bereikbaar = await db.Database.CanConnectAsync(kort.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or DbException or InvalidOperationException)
            {
                bereikbaar = false;
            }
            var status = !bereikbaar ? "ongezond" : poort.Wachtend > 0 ? "druk" : "gezond";
            context.Response.Headers.CacheControl = "no-store";
            var code = bereikbaar ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
            if (!await IsBeheerderAsync(context))
            {
                return Results.Json(new { status }, statusCode: code);
            }
            int? max = db.Provider == DatabaseProvider.Postgres ? new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).MaxPoolSize : null;
            return Results.Json(new Antwoord(
                status,
                new DatabaseStand(bereikbaar, Math.Round(klok.Elapsed.TotalMilliseconds, 1), db.Provider.ToString(), max),
                new RekenStand(poort.Gelijktijdig, poort.Bezig, poort.Wachtend, poort.Uitgevoerd, poort.Geweigerd, poort.MaxWachttijd.TotalSeconds),
                new VerzoekStand(teller.Bezig, teller.Geweigerd)), statusCode: code);
        }).AllowAnonymous().ExcludeFromDescription();

    private static async Task<bool> IsBeheerderAsync(HttpContext context)
    {
        foreach (var schema in new[] { Schemas.Cookie, Schemas.Api })
        {
            var aanmelding = await context.AuthenticateAsync(schema);
            if (aanmelding.Succeeded && aanmelding.Principal.IsInRole(Rollen.Beheerder))
            {
                return true;
            }
        }
        return false;
    }
}
