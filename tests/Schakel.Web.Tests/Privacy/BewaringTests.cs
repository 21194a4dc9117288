using System.Diagnostics;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Privacy.Bewaring;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;
using SqliteFactory = Schakel.Web.Tests.Infrastructure.SqliteFactory;

namespace Schakel.Web.Tests.Privacy;

/// <summary>
/// Retention on both databases: reports past their period lose their personal fields (rows, and the database file or dump
/// searched for the ciphertext and the marker), reports under a legal hold or within their period keep them, the monitor's
/// facts for the past year do not change, and each deletion is audited with counts only.
/// </summary>
public abstract class BewaringTests(SchakelFactory factory)
{
    private const string Jaar = "2023";

    protected SchakelFactory Factory => factory;

    protected sealed record Opgeslagen(Guid Id, string Marker, string Omschrijving);

    /// <summary>A report received in 2023 and closed <paramref name="dagenGeleden"/> ago, with a message and an attachment.</summary>
    protected async Task<Opgeslagen> MeldingAsync(int dagenGeleden, int? doorverwijzingGeslotenDagenGeleden = null, MeldingSoort soort = MeldingSoort.Melding)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var vv = scope.ServiceProvider.GetRequiredService<Veldversleuteling>();
        var nu = DateTimeOffset.UtcNow;
        var id = Guid.NewGuid();
        var marker = "BEWAARMARKER" + Guid.NewGuid().ToString("N")[..12];
        var organisatie = await db.Set<Organisatie>().OrderBy(o => o.Naam).Select(o => o.Id).FirstAsync();
        var melding = new Melding
        {
            Id = id, Soort = soort, MelderType = MelderType.Burger, Kanaal = Kanaal.Web, GemeenteCode = "GM0518",
            OmschrijvingVersleuteld = vv.Versleutel($"{marker} Jan de Vries in de kas", Melding.VeldContext("Omschrijving", id)),
            PlaatsVersleuteld = vv.Versleutel($"{marker} Kasweg 1", Melding.VeldContext("Plaats", id)),
            ContactVersleuteld = vv.Versleutel($"{{\"naam\":\"{marker}\"}}", Melding.VeldContext("Contact", id)),
            Uitbuitingsvormen = "arbeid", Status = doorverwijzingGeslotenDagenGeleden is null ? MeldingStatus.Afgerond : MeldingStatus.Doorverwezen,
            OntvangenOp = new DateTimeOffset(2023, 5, 1, 10, 0, 0, TimeSpan.Zero), MeldpuntOrganisatieId = organisatie,
            OntvangstcodeHash = Guid.NewGuid().ToString("N"),
        };
        db.Add(melding);
        db.Add(new MeldingStatusHistorie { MeldingId = id, Van = MeldingStatus.Ontvangen, Naar = melding.Status, Gebeurtenis = "test", Tijdstip = nu.AddDays(-dagenGeleden) });
        var bericht = new MeldingBericht { MeldingId = id, Van = BerichtAfzender.Melder, Tijdstip = melding.OntvangenOp, TekstVersleuteld = vv.Versleutel(marker, "bericht") };
        db.Add(bericht);
        var bijlageId = Guid.NewGuid();
        db.Add(new Bijlage
        {
            Id = bijlageId, MeldingId = id, Van = BerichtAfzender.Melder, Type = "pdf", Grootte = 10,
            BestandsnaamVersleuteld = vv.Versleutel(marker + ".pdf", Bijlage.NaamContext(bijlageId)),
            InhoudVersleuteld = vv.VersleutelBytes(Encoding.UTF8.GetBytes("%PDF " + marker), Bijlage.InhoudContext(bijlageId)),
        });
        await db.SaveChangesAsync();
        if (doorverwijzingGeslotenDagenGeleden is { } gesloten)
        {
            var triage = new MeldingTriage { MeldingId = id, OrganisatieId = organisatie, Tijdstip = melding.OntvangenOp, GemeenteCode = "GM0518", Aanknopingspunten = "pseudoniem" };
            db.Add(triage);
            melding.Trieer(triage);
            await db.SaveChangesAsync();
            var besluit = new Routebesluit { Id = Guid.NewGuid(), MeldingId = id, TriageId = triage.Id, OrganisatieId = organisatie, Tijdstip = melding.OntvangenOp };
            db.Add(besluit);
            db.Add(new DoorverwijzingRij
            {
                Id = Guid.NewGuid(), MeldingId = id, RoutebesluitId = besluit.Id, AfzenderOrganisatieId = organisatie, OntvangerOrganisatieId = organisatie,
                Rol = Rol.Informeren, Deelniveau = Deelniveau.Geen, Doel = "test", Status = DoorverwijzingStatus.Afgesloten,
                VerstuurdOp = melding.OntvangenOp.AddHours(2), EersteActieUiterlijk = melding.OntvangenOp.AddDays(5),
                AfgeslotenOp = nu.AddDays(-gesloten), RedenVitaalBelangVersleuteld = vv.Versleutel(marker, "vitaal"),
            });
            melding.Doorverwezen(melding.OntvangenOp.AddHours(2));
            await db.SaveChangesAsync();
        }
        return new Opgeslagen(id, marker, melding.OmschrijvingVersleuteld);
    }

    protected async Task<int> BewaartaakAsync()
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<Bewaartaak>().VoerUitAsync(CancellationToken.None);
    }

    private async Task<string> MonitorfeitenAsync()
    {
        await using var scope = factory.Scope();
        var gegevens = scope.ServiceProvider.GetRequiredService<MonitorGegevens>();
        var feiten = await gegevens.FeitenAsync(await gegevens.IndelingAsync(CancellationToken.None), int.Parse(Jaar), CancellationToken.None);
        // Row order is the database's own (PostgreSQL may return updated rows in another order): compare as sets.
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(feiten));
        return string.Join("\n", json.RootElement.EnumerateObject().Select(p => p.Name + ":" + (p.Value.ValueKind == JsonValueKind.Array
            ? string.Join("|", p.Value.EnumerateArray().Select(e => e.GetRawText()).Order(StringComparer.Ordinal))
            : p.Value.GetRawText())));
    }

    /// <summary>Everything the database holds, as text: the SQLite file after VACUUM, or a pg_dump.</summary>
    protected abstract Task<string> DatabaseInhoudAsync();

    [Fact]
    public async Task Verlopen_meldingen_verliezen_hun_persoonsgegevens_en_de_rest_blijft()
    {
        var verlopen = await MeldingAsync(dagenGeleden: 400);
        var recent = await MeldingAsync(dagenGeleden: 10);
        var geblokkeerd = await MeldingAsync(dagenGeleden: 400);
        var doorverwezenRecent = await MeldingAsync(dagenGeleden: 800, doorverwijzingGeslotenDagenGeleden: 400);
        var doorverwezenOud = await MeldingAsync(dagenGeleden: 800, doorverwijzingGeslotenDagenGeleden: 800);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            db.Add(new Bewaarblokkade
            {
                Id = Guid.NewGuid(), ObjectSoort = BewaarObjectSoort.Melding, ObjectId = geblokkeerd.Id, OrganisatieId = Guid.Empty,
                EindDatum = DateTimeOffset.UtcNow.AddDays(30), GezetDoor = "test", GezetOp = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        var voor = await DatabaseInhoudAsync();
        Assert.Contains(verlopen.Omschrijving, voor, StringComparison.Ordinal);
        var monitorVoor = await MonitorfeitenAsync();

        Assert.True(await BewaartaakAsync() >= 2);

        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var vv = scope.ServiceProvider.GetRequiredService<Veldversleuteling>();
            string Omschrijving(Melding m) => vv.Ontsleutel(m.OmschrijvingVersleuteld, Melding.VeldContext("Omschrijving", m.Id));

            foreach (var weg in new[] { verlopen, doorverwezenOud })
            {
                var m = await db.Set<Melding>().AsNoTracking().SingleAsync(x => x.Id == weg.Id);
                Assert.Equal(Bewaartaak.Verwijderd, Omschrijving(m));
                Assert.Null(m.PlaatsVersleuteld);
                Assert.Null(m.ContactVersleuteld);
                Assert.Null(m.OntvangstcodeHash);
                Assert.Equal("arbeid", m.Uitbuitingsvormen);
                Assert.False(await db.Set<Bijlage>().AnyAsync(b => b.MeldingId == weg.Id));
                Assert.False(await db.Set<MeldingBericht>().AnyAsync(b => b.MeldingId == weg.Id && b.TekstVersleuteld != null));
                var regel = await db.Set<AuditRegel>().AsNoTracking().SingleAsync(a => a.Actie == Bewaartaak.Actie && a.ObjectId == weg.Id.ToString());
                Assert.Contains("bijlagen 1", regel.Reden, StringComparison.Ordinal);
                Assert.DoesNotContain(weg.Marker, regel.Reden ?? "", StringComparison.Ordinal);
            }
            var d = await db.Set<DoorverwijzingRij>().AsNoTracking().SingleAsync(x => x.MeldingId == doorverwezenOud.Id);
            Assert.Null(d.RedenVitaalBelangVersleuteld);
            Assert.Equal("", (await db.Set<MeldingTriage>().AsNoTracking().SingleAsync(t => t.MeldingId == doorverwezenOud.Id)).Aanknopingspunten);

            foreach (var blijft in new[] { recent, geblokkeerd, doorverwezenRecent })
            {
                var m = await db.Set<Melding>().AsNoTracking().SingleAsync(x => x.Id == blijft.Id);
                Assert.StartsWith(blijft.Marker, Omschrijving(m), StringComparison.Ordinal);
                Assert.NotNull(m.ContactVersleuteld);
                Assert.True(await db.Set<Bijlage>().AnyAsync(b => b.MeldingId == blijft.Id));
            }
        }

        var na = await DatabaseInhoudAsync();
        Assert.DoesNotContain(verlopen.Omschrijving, na, StringComparison.Ordinal);
        Assert.DoesNotContain(doorverwezenOud.Omschrijving, na, StringComparison.Ordinal);
        Assert.DoesNotContain(verlopen.Marker, na, StringComparison.Ordinal);
        Assert.Contains(geblokkeerd.Omschrijving, na, StringComparison.Ordinal);

        Assert.Equal(monitorVoor, await MonitorfeitenAsync());
        // A second round finds nothing left to do for these reports.
        Assert.Equal(0, await BewaartaakAsync());
    }

    [Fact]
    public async Task Een_blokkade_wordt_gezet_en_opgeheven_met_audit_en_daarna_verwijdert_de_taak()
    {
        var melding = await MeldingAsync(dagenGeleden: 500);
        var beheerder = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(SchakelClaims.Organisatie, Guid.NewGuid().ToString()),
             new Claim(SchakelClaims.Rol, Rollen.Beheerder)], "test"));
        var buitenstaander = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(SchakelClaims.Organisatie, Guid.NewGuid().ToString()), new Claim(SchakelClaims.Rol, Rollen.Aandachtsfunctionaris)], "test"));
        Guid blokkadeId;
        await using (var scope = factory.Scope())
        {
            var blokkades = scope.ServiceProvider.GetRequiredService<Bewaarblokkades>();
            var fout = await blokkades.ZetAsync(beheerder, BewaarObjectSoort.Melding, melding.Id, " ", DateOnly.FromDateTime(DateTime.UtcNow), Herkomst.Web, CancellationToken.None);
            Assert.Equal(["einddatum", "reden"], fout.Fouten.Keys.Order(StringComparer.Ordinal));
            var vreemd = await blokkades.ZetAsync(buitenstaander, BewaarObjectSoort.Melding, melding.Id, "onderzoek", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(9)), Herkomst.Web, CancellationToken.None);
            Assert.True(vreemd.NietGevonden);
            var gezet = await blokkades.ZetAsync(beheerder, BewaarObjectSoort.Melding, melding.Id, "lopend onderzoek", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(9)), Herkomst.Web, CancellationToken.None);
            blokkadeId = gezet.Blokkade!.Id;
            Assert.Equal("lopend onderzoek", blokkades.Reden(gezet.Blokkade));
        }
        await BewaartaakAsync();
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            Assert.False(await db.Set<Verwijdering>().AnyAsync(v => v.ObjectId == melding.Id));
            Assert.True(await db.Set<AuditRegel>().AnyAsync(a => a.Actie == "bewaring.blokkade-gezet" && a.ObjectId == melding.Id.ToString()));
            var opgeheven = await scope.ServiceProvider.GetRequiredService<Bewaarblokkades>().HefOpAsync(beheerder, blokkadeId, Herkomst.Web, CancellationToken.None);
            Assert.NotNull(opgeheven.Blokkade!.OpgehevenOp);
            Assert.True(await db.Set<AuditRegel>().AnyAsync(a => a.Actie == "bewaring.blokkade-opgeheven" && a.ObjectId == melding.Id.ToString()));
        }
        await BewaartaakAsync();
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            Assert.True(await db.Set<Verwijdering>().AnyAsync(v => v.ObjectId == melding.Id));
        }
    }
}

public sealed class BewaringTestsSqlite(SqliteFactory factory) : BewaringTests(factory), IClassFixture<SqliteFactory>
{
    /// <summary>
    /// A back-up taken before a deletion still holds the record. Restored and started, the app re-applies the deletion in its
    /// start (the retention job runs before the server takes requests), so the restored record is never served.
    /// </summary>
    [Fact]
    public async Task Een_teruggezette_backup_krijgt_de_verwijderingen_opnieuw_bij_de_start()
    {
        var melding = await MeldingAsync(dagenGeleden: 400);
        var kopie = Path.Combine(Path.GetTempPath(), $"schakel-backup-{Guid.NewGuid():N}.db");
        await using (var verbinding = new SqliteConnection($"Data Source={((SqliteFactory)Factory).Bestand};Pooling=False"))
        {
            await verbinding.OpenAsync();
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = $"VACUUM INTO '{kopie}'";
            await opdracht.ExecuteNonQueryAsync();
        }
        Assert.True(await BewaartaakAsync() >= 1);

        await using var hersteld = new HersteldeSqliteFactory(kopie, Factory.Sleutels);
        await hersteld.InitializeAsync();
        await using var scope = hersteld.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var m = await db.Set<Melding>().AsNoTracking().SingleAsync(x => x.Id == melding.Id);
        Assert.Null(m.ContactVersleuteld);
        Assert.Equal(Bewaartaak.Verwijderd, scope.ServiceProvider.GetRequiredService<Veldversleuteling>().Ontsleutel(m.OmschrijvingVersleuteld, Melding.VeldContext("Omschrijving", m.Id)));
        Assert.True(await db.Set<Verwijdering>().AnyAsync(v => v.ObjectId == melding.Id));
    }

    private sealed class HersteldeSqliteFactory(string bestand, Sleutelbos sleutels) : SqliteFactory
    {
        protected override string Verbinding => $"Data Source={bestand};Pooling=False";

        /// <summary>The restored copy is the database; the template must not be copied over it.</summary>
        protected override bool VanSjabloon => false;

        /// <summary>The restored database comes with its own key file: the original factory's keys.</summary>
        protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen =>
        [
            .. sleutels.Versleuteling.Select(s => new KeyValuePair<string, string>($"Sleutels:Versleuteling:{s.Key}", Convert.ToBase64String(s.Value))),
            new("Sleutels:ActieveVersie", sleutels.ActieveVersie),
            new("Sleutels:Pseudoniem", Convert.ToBase64String(sleutels.Pseudoniem)),
            new("Sleutels:Ontvangstcode", Convert.ToBase64String(sleutels.Ontvangstcode)),
            new("Sleutels:Token", Convert.ToBase64String(sleutels.Token)),
        ];
    }

    protected override async Task<string> DatabaseInhoudAsync()
    {
        var bestand = ((SqliteFactory)Factory).Bestand;
        await using (var verbinding = new SqliteConnection($"Data Source={bestand};Pooling=False"))
        {
            await verbinding.OpenAsync();
            await using var opdracht = verbinding.CreateCommand();
            // VACUUM rewrites the file without free pages; the checkpoint empties the WAL into it first.
            opdracht.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); VACUUM; PRAGMA wal_checkpoint(TRUNCATE);";
            await opdracht.ExecuteNonQueryAsync();
        }
        var tekst = new StringBuilder(Encoding.Latin1.GetString(await File.ReadAllBytesAsync(bestand)));
        if (File.Exists(bestand + "-wal"))
        {
            tekst.Append(Encoding.Latin1.GetString(await File.ReadAllBytesAsync(bestand + "-wal")));
        }
        return tekst.ToString();
    }
}

public sealed class BewaringTestsPostgres(PostgresFactory factory) : BewaringTests(factory), IClassFixture<PostgresFactory>
{
    protected override async Task<string> DatabaseInhoudAsync()
    {
        await using var scope = Factory.Scope();
        var verbinding = new NpgsqlConnectionStringBuilder(scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Database.GetConnectionString());
        var start = new ProcessStartInfo("/usr/lib/postgresql/15/bin/pg_dump")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in new[] { "-h", verbinding.Host!, "-p", verbinding.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", verbinding.Username ?? "postgres", "-d", verbinding.Database! })
        {
            start.ArgumentList.Add(a);
        }
        if (!string.IsNullOrEmpty(verbinding.Password))
        {
            start.Environment["PGPASSWORD"] = verbinding.Password;
        }
        using var proces = Process.Start(start)!;
        var uit = proces.StandardOutput.ReadToEndAsync();
        var fout = proces.StandardError.ReadToEndAsync();
        await proces.WaitForExitAsync();
        Assert.True(proces.ExitCode == 0, await fout);
        return await uit;
    }
}
