using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Data;

/// <summary>
/// Brings a database to the current schema and loads reference data (always) and demo data (only when
/// asked, i.e. in Development). Features hook their own seeding in through <see cref="IZaaier"/>.
/// </summary>
public sealed class DatabaseInitialisatie(SchakelDbContext db, IEnumerable<IZaaier> zaaiers, Security.Sleutelcontroleur sleutelcontrole, ILogger<DatabaseInitialisatie> log)
{
    public async Task MigreerAsync(CancellationToken ct = default)
    {
        await MaakHistorietabelAsync(ct);
        await db.Database.MigrateAsync(ct);
        await AlleenToevoegenAsync(ct);
    }

    public async Task InitialiseerAsync(bool demoGegevens, CancellationToken ct = default)
    {
        await MigreerAsync(ct);
        // Before any seeding writes encrypted rows: keys that do not fit this database stop the start here.
        await sleutelcontrole.ControleerAsync(ct);
        await new RegioLader(db).LaadAsync(ct);
        foreach (var z in zaaiers.Where(z => !z.AlleenDemo).OrderBy(z => z.Volgorde))
        {
            await z.ZaaiAsync(ct);
        }
        if (demoGegevens)
        {
            await new DemoOrganisaties(db).LaadAsync(ct);
            foreach (var z in zaaiers.Where(z => z.AlleenDemo).OrderBy(z => z.Volgorde))
            {
                await z.ZaaiAsync(ct);
            }
        }
        log.LogInformation("Database bijgewerkt (demogegevens: {Demo})", demoGegevens);
    }

    /// <summary>
    /// On a fresh database EF reads the migrations table before it has made it, and logs that failed read as an error
    /// with the command, though nothing is wrong. Making the table first with EF's own script keeps the log for real
    /// failures.
    /// </summary>
    private async Task MaakHistorietabelAsync(CancellationToken ct)
    {
        var script = db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript();
        var verbinding = db.Database.GetDbConnection();
        var wasOpen = verbinding.State == System.Data.ConnectionState.Open;
        if (!wasOpen)
        {
            await verbinding.OpenAsync(ct);
        }
        try
        {
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = script;
            await opdracht.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            if (!wasOpen)
            {
                await verbinding.CloseAsync();
            }
        }
    }

    /// <summary>
    /// The audit trail is append-only in the database itself: triggers refuse UPDATE and DELETE, so even a
    /// bug or a careless script cannot rewrite history. (Whoever owns the database can still drop them,
    /// which the hash chain then detects.)
    /// </summary>
    private async Task AlleenToevoegenAsync(CancellationToken ct)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE OR REPLACE FUNCTION audit_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit_regels is alleen aan te vullen'; END $$;
                DROP TRIGGER IF EXISTS audit_regels_alleen_toevoegen ON audit_regels;
                CREATE TRIGGER audit_regels_alleen_toevoegen BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_regels
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen();
                """, ct);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER IF NOT EXISTS audit_regels_geen_wijziging BEFORE UPDATE ON audit_regels
                BEGIN SELECT RAISE(ABORT, 'audit_regels is alleen aan te vullen'); END;
                """, ct);
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER IF NOT EXISTS audit_regels_geen_verwijdering BEFORE DELETE ON audit_regels
                BEGIN SELECT RAISE(ABORT, 'audit_regels is alleen aan te vullen'); END;
                """, ct);
        }
    }
}

/// <summary>A feature's own seeding (reference rows always, demo rows only in Development).</summary>
public interface IZaaier
{
    bool AlleenDemo { get; }
    int Volgorde { get; }
    Task ZaaiAsync(CancellationToken ct);
}
