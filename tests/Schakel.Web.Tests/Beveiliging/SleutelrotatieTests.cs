using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Privacy.Declaraties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Security.Rotatie;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;

namespace Schakel.Web.Tests.Beveiliging;

/// <summary>
/// Key rotation on both databases (ADR 0008): the app runs with key versions 1 and 2, 2 active. The test first puts every encrypted
/// value under version 1 (an installation just before rotation), then re-encrypts in batches while reading old and new rows through
/// the API, refuses to retire version 1 while any row uses it, and retires it once none does — in the key file too.
/// </summary>
public abstract partial class SleutelrotatieTests(SchakelFactory factory)
{
    private static readonly byte[] TweedeSleutel = RandomNumberGenerator.GetBytes(32);

    public static IEnumerable<KeyValuePair<string, string>> Instellingen =>
    [
        new("Sleutels:Versleuteling:2", Convert.ToBase64String(TweedeSleutel)),
        new("Sleutels:ActieveVersie", "2"),
        // The test drives the batches itself.
        new("Privacy:Sleutelrotatie:Aan", "false"),
    ];

    [Fact]
    public async Task Roteren_herversleutelen_en_pensioneren_met_oude_en_nieuwe_rijen_leesbaar()
    {
        var client = factory.CreateClient();
        var codes = new List<(string Code, string Marker)>();
        for (var i = 0; i < 3; i++)
        {
            var code = await client.MeldEnGeefCodeAsync();
            var marker = $"ROTATIEMARKER{i}{Guid.NewGuid():N}"[..24];
            (await client.ReactieAsync(code, $"Nog iets: {marker}")).EnsureSuccessStatusCode();
            codes.Add((code, marker));
        }

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var sleutels = scope.ServiceProvider.GetRequiredService<Sleutelbos>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        Assert.Equal("2", sleutels.ActieveVersie);

        // Before the rotation: everything under version 1 (the same keys, version 1 active).
        var vorige = new Sleutelbos
        {
            Versleuteling = sleutels.Versleuteling, ActieveVersie = "1", Pseudoniem = sleutels.Pseudoniem, Ontvangstcode = sleutels.Ontvangstcode, Token = sleutels.Token,
        };
        await new Herversleuteling(db, new Veldversleuteling(vorige), vorige, audit).AllesAsync(500);
        // An attachment: the binary form, its version in the first byte.
        var meldingId = await db.Set<Melding>().Select(m => m.Id).FirstAsync();
        var bijlageId = Guid.NewGuid();
        var inhoud = RandomNumberGenerator.GetBytes(3000);
        var oudeVersleuteling = new Veldversleuteling(vorige);
        db.Add(new Bijlage
        {
            Id = bijlageId, MeldingId = meldingId, Van = BerichtAfzender.Melder, Type = "pdf", Grootte = inhoud.Length,
            BestandsnaamVersleuteld = oudeVersleuteling.Versleutel("scan.pdf", Bijlage.NaamContext(bijlageId)),
            InhoudVersleuteld = oudeVersleuteling.VersleutelBytes(inhoud, Bijlage.InhoudContext(bijlageId)),
        });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var herversleuteling = scope.ServiceProvider.GetRequiredService<Herversleuteling>();
        var begin = await herversleuteling.TelAsync();
        Assert.Equal(0, begin.InGebruik("2"));
        Assert.True(begin.InGebruik("1") > 0);
        Assert.Equal(begin.InGebruik("1"), begin.TeHerversleutelen);
        Assert.All(begin.Kolommen, k => Assert.Equal(0, k.Onbekend));
        // The text columns and the binary form both take part.
        Assert.Contains(begin.Kolommen, k => k.Naam == "Melding.OmschrijvingVersleuteld" && k.PerVersie["1"] >= 3);
        Assert.Contains(begin.Kolommen, k => k.Naam == "Sleutelcontrole.Versleuteld" && k.PerVersie["1"] == 1);
        Assert.Contains(begin.Kolommen, k => k.Naam == "Bijlage.InhoudVersleuteld" && k.PerVersie["1"] >= 1);

        // Retiring version 1 is refused while rows use it, naming the columns.
        var bezwaren = Sleutelpensioen.Bezwaren(sleutels, begin, "1");
        Assert.Contains(bezwaren, b => b.StartsWith("MeldingBericht.TekstVersleuteld:", StringComparison.Ordinal));
        Assert.NotEmpty(Sleutelpensioen.Bezwaren(sleutels, begin, "2"));

        // One batch of two messages: the move is halfway, and the reporter reads old and new rows alike.
        var berichten = herversleuteling.Kolommen.Single(k => k.Naam == "MeldingBericht.TekstVersleuteld");
        var eerste = await herversleuteling.BatchAsync(berichten, null, 2);
        Assert.Equal(2, eerste.Verplaatst);
        Assert.NotNull(eerste.Volgende);
        var opgeslagen = await db.Set<MeldingBericht>().AsNoTracking().Where(b => b.TekstVersleuteld != null).Select(b => b.TekstVersleuteld!).ToListAsync();
        Assert.Contains(opgeslagen, t => t.StartsWith("v1:", StringComparison.Ordinal));
        Assert.Contains(opgeslagen, t => t.StartsWith("v2:", StringComparison.Ordinal));
        // The beheerder's register page shows how far the move is.
        var beheerder = await factory.AlsAsync(Rollen.Beheerder);
        var pagina = await beheerder.GetStringAsync(new Uri("/beheer/verwerkingsregister", UriKind.Relative));
        Assert.Contains("Actieve sleutelversie: 2.", pagina, StringComparison.Ordinal);
        Assert.Contains($"Nog {begin.TeHerversleutelen - 2} van de {begin.Totaal} versleutelde waarden", pagina, StringComparison.Ordinal);
        foreach (var (code, marker) in codes)
        {
            var status = await client.StatusAsync(code);
            Assert.Contains(marker, await status.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A new write goes under version 2 at once.
        (await client.ReactieAsync(codes[0].Code, "Na de rotatie")).EnsureSuccessStatusCode();
        var nieuwste = await db.Set<MeldingBericht>().AsNoTracking().OrderByDescending(b => b.Id).Select(b => b.TekstVersleuteld).FirstAsync();
        Assert.StartsWith("v2:", nieuwste, StringComparison.Ordinal);

        // The background round moves the rest and shows its progress.
        var voortgang = scope.ServiceProvider.GetRequiredService<Sleutelvoortgang>();
        await Herversleuteldienst.RondeAsync(scope.ServiceProvider.GetRequiredService<IServiceScopeFactory>(), voortgang, TimeProvider.System, 7,
            NullLogger.Instance, CancellationToken.None);
        Assert.False(voortgang.Bezig);
        Assert.Equal(begin.TeHerversleutelen - 2, voortgang.Verplaatst);
        Assert.Equal(0, voortgang.Onleesbaar);
        Assert.Equal(0, voortgang.Stand!.TeHerversleutelen);

        var eind = await herversleuteling.TelAsync();
        Assert.Equal(0, eind.InGebruik("1"));
        Assert.Equal(begin.Totaal + 1, eind.Totaal);
        Assert.Empty(Sleutelpensioen.Bezwaren(sleutels, eind, "1"));
        foreach (var (code, marker) in codes)
        {
            Assert.Contains(marker, await (await client.StatusAsync(code)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var bijlage = await db.Set<Bijlage>().AsNoTracking().SingleAsync(b => b.Id == bijlageId);
        Assert.Equal(2, bijlage.InhoudVersleuteld[0]);
        var versleuteling = scope.ServiceProvider.GetRequiredService<Veldversleuteling>();
        Assert.Equal(inhoud, versleuteling.OntsleutelBytes(bijlage.InhoudVersleuteld, Bijlage.InhoudContext(bijlageId)));
        Assert.Equal("scan.pdf", versleuteling.Ontsleutel(bijlage.BestandsnaamVersleuteld, Bijlage.NaamContext(bijlageId)));

        // Every batch is in the audit trail with counts only, and the chain still verifies.
        var regels = await db.Set<AuditRegel>().AsNoTracking().Where(r => r.Actie == Herversleuteling.Actie).ToListAsync();
        Assert.Contains(regels, r => r.ObjectType == "MeldingBericht.TekstVersleuteld" && r.Reden == "rijen 2, naar versie 2");
        Assert.True((await audit.VerifieerAsync()).Intact);

        // The key canary moved too: without version 1 the keys still fit this database.
        var zonder1 = Sleutelversies.Zonder(sleutels, "1");
        await using (var controleScope = factory.Scope())
        {
            var controleDb = controleScope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            await new Sleutelcontroleur(controleDb, zonder1, new Veldversleuteling(zonder1), TimeProvider.System).ControleerAsync();
        }
    }

    [Fact]
    public async Task De_opdracht_roteert_het_sleutelbestand_en_pensioneert_pas_als_geen_rij_de_versie_gebruikt()
    {
        var map = Directory.CreateTempSubdirectory("schakel-sleutels-").FullName;
        try
        {
            await using var scope = factory.Scope();
            var appSleutels = scope.ServiceProvider.GetRequiredService<Sleutelbos>();
            var bestand = Path.Combine(map, "sleutels.json");
            Sleutelbos.Schrijf(bestand, appSleutels);
            var uitBestand = Laad(bestand);

            // roteer: version 3 added to the file and active, versions 1 and 2 kept.
            var uit = new StringWriter();
            Assert.Equal(0, await SleutelOpdrachten.VoerUitAsync(Diensten(scope, uitBestand), ["roteer"], uit));
            var geroteerd = Laad(bestand);
            Assert.Equal("3", geroteerd.ActieveVersie);
            Assert.Equal(["1", "2", "3"], geroteerd.Versleuteling.Keys.Order());
            Assert.Equal(appSleutels.Versleuteling["1"], geroteerd.Versleuteling["1"]);
            Assert.Contains("Sleutelversie 3", uit.ToString(), StringComparison.Ordinal);

            // pensioneer 1 while a row uses version 1: refused, exit code 1, the file unchanged.
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var vorige = new Sleutelbos
            {
                Versleuteling = appSleutels.Versleuteling, ActieveVersie = "1", Pseudoniem = appSleutels.Pseudoniem, Ontvangstcode = appSleutels.Ontvangstcode, Token = appSleutels.Token,
            };
            var oud = new Herversleuteling(db, new Veldversleuteling(vorige), vorige, scope.ServiceProvider.GetRequiredService<AuditTrail>());
            await oud.BatchAsync(oud.Kolommen.Single(k => k.Naam == "Sleutelcontrole.Versleuteld"), null, 10);
            uit = new StringWriter();
            Assert.Equal(1, await SleutelOpdrachten.VoerUitAsync(Diensten(scope, geroteerd), ["pensioneer", "1"], uit));
            Assert.Contains("Sleutelcontrole.Versleuteld: 1 rijen gebruiken versie 1 nog.", uit.ToString(), StringComparison.Ordinal);
            Assert.Contains("1", Laad(bestand).Versleuteling.Keys);
            Assert.Equal(1, await SleutelOpdrachten.VoerUitAsync(Diensten(scope, geroteerd), ["pensioneer", "3"], new StringWriter()));

            // herversleutel moves it on (to the app's active version 2); then version 1 goes.
            uit = new StringWriter();
            Assert.Equal(0, await SleutelOpdrachten.VoerUitAsync(Diensten(scope, geroteerd), ["herversleutel"], uit));
            Assert.Contains("Nog te herversleutelen: 0", uit.ToString(), StringComparison.Ordinal);
            Assert.Equal(0, await SleutelOpdrachten.VoerUitAsync(Diensten(scope, geroteerd), ["pensioneer", "1"], new StringWriter()));
            Assert.Equal(["2", "3"], Laad(bestand).Versleuteling.Keys.Order());
            Assert.Equal(2, await SleutelOpdrachten.VoerUitAsync(Diensten(scope, geroteerd), ["onzin"], new StringWriter()));
        }
        finally
        {
            Directory.Delete(map, recursive: true);
        }
    }

    /// <summary>
    /// Every column that holds field-key ciphertext after the demo data and a few reports is declared with its context, and every
    /// declared column exists in the model; so a new encrypted column cannot be missed by the rotation.
    /// </summary>
    [Fact]
    public async Task Elke_kolom_met_versleutelde_waarden_is_verklaard()
    {
        await factory.CreateClient().MeldEnGeefCodeAsync();
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var kolommen = VersleuteldeKolommen.Uit(db.Model);
        var verklaard = kolommen.Select(k => (k.Veld.Entiteit, k.Veld.Eigenschap)).ToHashSet();

        foreach (var v in Verklaringen.Alle.PersoonlijkeVelden.Where(v => v.Versleuteld))
        {
            Assert.True(verklaard.Contains((v.Entiteit, v.Eigenschap)) || VersleuteldeVelden.EigenSleutel.ContainsKey((v.Entiteit, v.Eigenschap)),
                $"{v.Entiteit.Name}.{v.Eigenschap} is versleuteld verklaard maar staat niet in VersleuteldeVelden");
        }

        var ontbrekend = new List<string>();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var entiteit in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            {
                var opslag = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(entiteit.GetTableName()!, entiteit.GetSchema());
                foreach (var p in entiteit.GetProperties().Where(p => p.ClrType == typeof(string)))
                {
                    if (verklaard.Contains((entiteit.ClrType, p.Name)) || VersleuteldeVelden.EigenSleutel.ContainsKey((entiteit.ClrType, p.Name)))
                    {
                        continue;
                    }
                    await using var opdracht = db.Database.GetDbConnection().CreateCommand();
                    opdracht.CommandText = $"SELECT \"{p.GetColumnName(opslag)}\" FROM \"{entiteit.GetTableName()}\" WHERE \"{p.GetColumnName(opslag)}\" LIKE 'v%:%' LIMIT 20";
                    await using var lezer = await opdracht.ExecuteReaderAsync();
                    while (await lezer.ReadAsync())
                    {
                        if (Cijfertekst().IsMatch(lezer.GetString(0)))
                        {
                            ontbrekend.Add($"{entiteit.ClrType.Name}.{p.Name}");
                            break;
                        }
                    }
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        Assert.Empty(ontbrekend);
    }

    private static Sleutelbos Laad(string bestand) =>
        Sleutelbos.Laad(new ConfigurationBuilder().AddInMemoryCollection([new("Sleutels:Bestand", bestand)]).Build(), magAanmaken: false);

    /// <summary>The app's services, but with the key ring read from the file, as the command on the command line would have it.</summary>
    private static IServiceProvider Diensten(AsyncServiceScope scope, Sleutelbos sleutels) => new MetSleutels(scope.ServiceProvider, sleutels);

    private sealed class MetSleutels(IServiceProvider binnen, Sleutelbos sleutels) : IServiceProvider, IServiceScopeFactory
    {
        public object? GetService(Type type) => type == typeof(Sleutelbos) ? sleutels
            : type == typeof(IServiceScopeFactory) ? this
            : binnen.GetService(type);

        public IServiceScope CreateScope() => new Scope(binnen.GetRequiredService<IServiceScopeFactory>().CreateScope(), sleutels);

        private sealed class Scope(IServiceScope binnen, Sleutelbos sleutels) : IServiceScope, IAsyncDisposable
        {
            public IServiceProvider ServiceProvider { get; } = new MetSleutels(binnen.ServiceProvider, sleutels);

            public void Dispose() => binnen.Dispose();

            public ValueTask DisposeAsync() => binnen is IAsyncDisposable a ? a.DisposeAsync() : ValueTask.CompletedTask;
        }
    }

    [GeneratedRegex("^v[0-9]+:[A-Za-z0-9+/]{20,}=*$")]
    private static partial Regex Cijfertekst();
}

public sealed class SleutelrotatieSqliteFactory : SqliteFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => SleutelrotatieTests.Instellingen;

    /// <summary>A second key is active from the start: the demo data must be seeded under it, not copied from the template.</summary>
    protected override bool VanSjabloon => false;
}

public sealed class SleutelrotatiePostgresFactory : PostgresFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => SleutelrotatieTests.Instellingen;

    /// <summary>A second key is active from the start: the demo data must be seeded under it, not copied from the template.</summary>
    protected override bool VanSjabloon => false;
}

public sealed class SleutelrotatieTestsSqlite(SleutelrotatieSqliteFactory factory) : SleutelrotatieTests(factory), IClassFixture<SleutelrotatieSqliteFactory>;

public sealed class SleutelrotatieTestsPostgres(SleutelrotatiePostgresFactory factory) : SleutelrotatieTests(factory), IClassFixture<SleutelrotatiePostgresFactory>;
