using Schakel.Core.Audit;
using Schakel.Web.Data;
using Schakel.Web.Security.Audit;

namespace Schakel.Web;

internal static class Opstart
{
    /// <summary>
    /// Migrations run at start-up unless `Database:MigreerBijStart` is false (production runs `migrate`
    /// instead). Demo data only in Development, or when `DemoGegevens` is set explicitly.
    /// </summary>
    public static async Task InitialiseerDatabaseAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (!app.Configuration.GetValue("Database:MigreerBijStart", true))
        {
            // The release step migrated; the keys are still checked against the database on every start.
            await scope.ServiceProvider.GetRequiredService<Security.Sleutelcontroleur>().ControleerAsync();
            return;
        }
        var demo = app.Configuration.GetValue("DemoGegevens", app.Environment.IsDevelopment());
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialisatie>().InitialiseerAsync(demo);
    }
}

/// <summary>
/// Command-line operations for production: `migrate` (schema and reference data), `audit verify`
/// (checks the hash chain; exit code 1 and the first broken entry when it is not intact) and `sleutels …` (key rotation, ADR 0008).
/// </summary>
internal static class Opdrachten
{
    public static async Task<bool> VoerUitAsync(WebApplication app, string[] args)
    {
        var opdracht = args.Where(a => !a.StartsWith('-') && !a.Contains('=', StringComparison.Ordinal)).ToArray();
        if (opdracht is ["migrate", ..])
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialisatie>().InitialiseerAsync(demoGegevens: false);
            Console.WriteLine("Database bijgewerkt.");
            return true;
        }
        if (opdracht is ["audit", "verify", ..])
        {
            var uitkomst = await app.Services.GetRequiredService<AuditTrail>().VerifieerAsync();
            Console.WriteLine(Beschrijf(uitkomst));
            Environment.ExitCode = uitkomst.Intact ? 0 : 1;
            return true;
        }
        if (opdracht is ["sleutels", .. var rest])
        {
            Environment.ExitCode = await Security.Rotatie.SleutelOpdrachten.VoerUitAsync(app.Services, rest, Console.Out);
            return true;
        }
        return false;
    }

    public static string Beschrijf(VerificatieUitkomst u) => u.Intact
        ? $"Audittrail intact: {u.AantalGecontroleerd} regels gecontroleerd."
        : $"Audittrail GEBROKEN bij volgnummer {u.EersteGebrokenVolgnummer}: {u.Reden} ({u.AantalGecontroleerd} regels ervoor waren in orde).";
}
