using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// The migration that put the newest triage on the report fills it for reports triaged before it: a database built up to
/// the migration before, reports, triages and referrals written there in plain SQL, then migrated to the end.
/// </summary>
public abstract class TriageOpMeldingMigratieTests
{
    private const string Migratie = "_MeldpuntTriageOpMelding";

    protected abstract SchakelDbContext MaakContext();

    /// <summary>A moment as this provider stores it (SQLite: binary ticks).</summary>
    protected abstract object Moment(DateTimeOffset moment);

    /// <summary>An id as this provider stores it (SQLite: upper-case text, as EF writes it).</summary>
    protected abstract object Sleutel(Guid id);

    /// <summary>Lets the rows below go in without the organisations and route decisions they point at.</summary>
    protected abstract Task ZonderSleutelcontroleAsync(SchakelDbContext db);

    [Fact]
    public async Task De_migratie_zet_de_nieuwste_triage_en_de_eerste_momenten_op_bestaande_meldingen()
    {
        var t0 = new DateTimeOffset(2025, 4, 2, 8, 0, 0, TimeSpan.Zero);
        var (tweemaal, eenmaal, zonder) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var db = MaakContext())
        {
            var migraties = db.Database.GetMigrations().ToList();
            var vorige = migraties[migraties.FindIndex(m => m.EndsWith(Migratie, StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(vorige);

            await db.Database.OpenConnectionAsync();
            await ZonderSleutelcontroleAsync(db);
            foreach (var id in new[] { tweemaal, eenmaal, zonder })
            {
                await db.Database.ExecuteSqlRawAsync("""
                    INSERT INTO meldingen ("Id", "Soort", "MelderType", "Kanaal", "OmschrijvingVersleuteld", "GemeenteCode", "Uitbuitingsvormen",
                        "Indicatoren", "MinderjarigBetrokken", "AcuutGevaar", "Urgent", "Taal", "ContactToestemming", "Status", "OntvangenOp", "Gepseudonimiseerd")
                    VALUES ({0}, 'Melding', 'Burger', 'Web', 'x', 'GM0518', 'arbeid', '', 'Onbekend', false, false, 'nl', false, 'InTriage', {1}, true)
                    """, Sleutel(id), Moment(t0));
            }

            // Two triages of one report, the newer one (higher id) elsewhere and urgent; one triage of another; none of the third.
            await TriageAsync(db, 7, tweemaal, t0.AddHours(1), "GM0518", "Daderkant", "Normaal");
            await TriageAsync(db, 9, tweemaal, t0.AddHours(3), "GM0637", "Slachtofferkant", "Acuut");
            await TriageAsync(db, 8, eenmaal, t0.AddHours(2), null, "Beide", "Hoog");
            // Two referrals of the first report, the later one written first: the earliest counts.
            await DoorverwijzingAsync(db, tweemaal, t0.AddHours(6));
            await DoorverwijzingAsync(db, tweemaal, t0.AddHours(4));
        }

        await using (var db = MaakContext())
        {
            await db.Database.MigrateAsync();
            var rijen = await db.Set<Melding>().AsNoTracking().Where(m => m.Id == tweemaal || m.Id == eenmaal || m.Id == zonder).ToDictionaryAsync(m => m.Id);

            var a = rijen[tweemaal];
            Assert.Equal(("GM0637", Zijde.Slachtofferkant, Urgentie.Acuut), (a.TriageGemeenteCode, a.TriageZijde!.Value, a.TriageUrgentie!.Value));
            Assert.Equal(t0.AddHours(1), a.EersteTriageOp);
            Assert.Equal(t0.AddHours(4), a.EersteDoorverwijzingOp);

            var b = rijen[eenmaal];
            Assert.Null(b.TriageGemeenteCode);
            Assert.Equal((Zijde.Beide, Urgentie.Hoog), (b.TriageZijde!.Value, b.TriageUrgentie!.Value));
            Assert.Equal(t0.AddHours(2), b.EersteTriageOp);
            Assert.Null(b.EersteDoorverwijzingOp);

            var c = rijen[zonder];
            Assert.Equal((null, null, null, null, null), (c.TriageGemeenteCode, c.TriageZijde, c.TriageUrgentie, c.EersteTriageOp, c.EersteDoorverwijzingOp));
        }
    }

    private Task TriageAsync(SchakelDbContext db, long id, Guid melding, DateTimeOffset tijdstip, string? gemeente, string zijde, string urgentie) =>
        db.Database.ExecuteSqlRawAsync("""
            INSERT INTO melding_triages ("Id", "MeldingId", "OrganisatieId", "Tijdstip", "Uitbuitingsvormen", "Indicatoren", "Urgentie",
                "MinderjarigBetrokken", "Zijde", "GemeenteCode", "MelderIsGemeentemedewerker", "IllegaleProstitutieOfMalafideBedrijf", "Aanknopingspunten",
                "Gepseudonimiseerd")
            VALUES ({0}, {1}, {2}, {3}, 'arbeid', '', {4}, 'Onbekend', {5}, NULLIF({6}, ''), false, false, '', true)
            """, id, Sleutel(melding), Sleutel(Guid.NewGuid()), Moment(tijdstip), urgentie, zijde, gemeente ?? "");

    private Task DoorverwijzingAsync(SchakelDbContext db, Guid melding, DateTimeOffset verstuurd) =>
        db.Database.ExecuteSqlRawAsync("""
            INSERT INTO doorverwijzingen ("Id", "MeldingId", "RoutebesluitId", "AfzenderOrganisatieId", "OntvangerOrganisatieId", "Rol", "Deelniveau",
                "Doel", "Uitleg", "Urgentie", "Status", "Spoed", "MetMeldergegevens", "ToestemmingMelder", "ToestemmingSlachtoffer",
                "VerstuurdOp", "EersteActieUiterlijk")
            VALUES ({0}, {1}, {2}, {3}, {4}, 'Behandelaar', 'Geen', 'toets', '[]', 'Normaal', 'Verstuurd', false, false, false, false, {5}, {6})
            """, Sleutel(Guid.NewGuid()), Sleutel(melding), Sleutel(Guid.NewGuid()), Sleutel(Guid.NewGuid()), Sleutel(Guid.NewGuid()),
            Moment(verstuurd), Moment(verstuurd.AddDays(1)));
}

public sealed class TriageOpMeldingMigratieTestsSqlite : TriageOpMeldingMigratieTests, IDisposable
{
    private readonly string _map = Directory.CreateTempSubdirectory("schakel-migratie-").FullName;

    private static readonly DateTimeOffsetToBinaryConverter Omzetter = new();

    protected override SchakelDbContext MaakContext() => new SqliteSchakelDbContext(new DbContextOptionsBuilder<SqliteSchakelDbContext>()
        .UseSqlite($"Data Source={Path.Combine(_map, "schakel.db")};Pooling=False").Options);

    protected override object Moment(DateTimeOffset moment) => Omzetter.ConvertToProvider(moment)!;

    protected override object Sleutel(Guid id) => id.ToString().ToUpperInvariant();

    protected override Task ZonderSleutelcontroleAsync(SchakelDbContext db) => db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_map, recursive: true);
    }
}

public sealed class TriageOpMeldingMigratieTestsPostgres : TriageOpMeldingMigratieTests, IAsyncLifetime
{
    private readonly string _database = $"schakel_test_{Guid.NewGuid():N}";

    protected override SchakelDbContext MaakContext() => new PostgresSchakelDbContext(new DbContextOptionsBuilder<PostgresSchakelDbContext>()
        .UseNpgsql(new NpgsqlConnectionStringBuilder(PostgresFactory.Beheerverbinding) { Database = _database }.ConnectionString).Options);

    protected override object Moment(DateTimeOffset moment) => moment;

    protected override object Sleutel(Guid id) => id;

    // Only a superuser may do this; the test cluster's user is one.
    protected override Task ZonderSleutelcontroleAsync(SchakelDbContext db) => db.Database.ExecuteSqlRawAsync("SET session_replication_role = replica");

    public Task InitializeAsync() => PostgresFactory.BeheerAsync($"CREATE DATABASE \"{_database}\"");

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PostgresFactory.BeheerAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }
}
