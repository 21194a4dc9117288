using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Monitor;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Monitor;

/// <summary>An edition's life on both databases: publishing freezes it, a correction keeps what the first version hid.</summary>
public abstract class MonitorEditiesTests(SchakelFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => MonitorVaste.ZaaiAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<MonitorEditie> GepubliceerdAsync()
    {
        await using var scope = factory.Scope();
        var edities = scope.ServiceProvider.GetRequiredService<MonitorEdities>();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        if (await db.Set<MonitorEditie>().AsNoTracking().FirstOrDefaultAsync(e => e.RegioCode == "DH" && e.Jaar == MonitorVaste.Jaar && e.Versie == 1) is { } bestaand)
        {
            return bestaand;
        }

        var editie = (await edities.MaakAsync("DH", MonitorVaste.Jaar, AuditActor.Systeem, "test", default)).Editie!;
        foreach (var stap in new[] { EditieStatus.InReview, EditieStatus.Vastgesteld, EditieStatus.Gepubliceerd })
        {
            var uitkomst = await edities.VolgendeStapAsync(editie.Id, stap, AuditActor.Systeem, "test", default);
            Assert.Null(uitkomst.Fout);
        }

        return editie;
    }

    [Fact]
    public async Task Een_gepubliceerde_editie_blijft_zoals_ze_was_als_de_gegevens_later_veranderen()
    {
        var editie = await GepubliceerdAsync();
        var anoniem = factory.CreateClient();
        var voor = await anoniem.GetStringAsync(Pad($"/api/v1/monitor/edities/{editie.Id}"));
        await using (var scope = factory.Scope())
        {
            var bevroren = Momentopname.Lees((await scope.ServiceProvider.GetRequiredService<MonitorEdities>().VindAsync(editie.Id, default))!.Momentopname)!;
            Assert.Equal(24m, bevroren.Secties[0].Tabel!.Cel("regio:DH", "2021")!.Waarde);
        }

        // Afterwards: ten more reports in Zoetermeer in 2021.
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var rsiv = await db.Set<Melding>().Where(m => m.GemeenteCode == "GM0637").Select(m => m.MeldpuntOrganisatieId).FirstAsync();
            db.AddRange(Enumerable.Range(0, 10).Select(i => new Melding
            {
                Id = Guid.NewGuid(), OmschrijvingVersleuteld = "later", GemeenteCode = "GM0637", MeldpuntOrganisatieId = rsiv,
                OntvangenOp = new DateTimeOffset(MonitorVaste.Jaar, 11, 3, 9, 0, 0, TimeSpan.Zero).AddHours(i),
            }));
            await db.SaveChangesAsync();
        }

        var na = await anoniem.GetStringAsync(Pad($"/api/v1/monitor/edities/{editie.Id}"));
        Assert.Equal(voor, na);

        // A correction counts the new reports and still hides every cell the published version hid.
        await using (var scope = factory.Scope())
        {
            var edities = scope.ServiceProvider.GetRequiredService<MonitorEdities>();
            var correctie = await edities.CorrectieAsync(editie.Id, "Tien later geregistreerde meldingen toegevoegd.", AuditActor.Systeem, "test", default);
            Assert.Null(correctie.Fout);
            Assert.Equal(2, correctie.Editie!.Versie);
            Assert.Contains("Tien later", correctie.Editie.Wijzigingslog);
            var oud = Momentopname.Lees((await edities.VindAsync(editie.Id, default))!.Momentopname)!;
            var nieuw = await edities.InhoudAsync(correctie.Editie, default);
            foreach (var (o, n) in oud.Secties.Zip(nieuw.Secties).Where(x => x.First.Tabel is not null))
            {
                foreach (var cel in o.Tabel!.Cellen.Where(c => c.Verborgen))
                {
                    Assert.True(n.Tabel!.Cel(cel.Gebied, cel.Periode, cel.Categorie)!.Verborgen, $"{o.Sectie.Code} {cel.Gebied} {cel.Periode} {cel.Categorie}");
                }
            }

            Assert.Equal(34m, nieuw.Secties[0].Tabel!.Cel("regio:DH", "2021")!.Waarde);
        }
    }

    [Fact]
    public async Task Publiek_ziet_alleen_gepubliceerde_edities_zonder_verborgen_waarden()
    {
        var editie = await GepubliceerdAsync();
        var anoniem = factory.CreateClient();
        var lijst = JsonDocument.Parse(await anoniem.GetStringAsync(Pad("/api/v1/monitor/edities"))).RootElement;
        Assert.All(lijst.EnumerateArray(), e => Assert.Equal("gepubliceerd", e.GetProperty("status").GetString()));
        var item = lijst.EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == editie.Id);
        Assert.EndsWith($"/monitor/rapport/{editie.Id}", item.GetProperty("rapport").GetProperty("html").GetString());
        Assert.EndsWith($"/monitor/rapport/{editie.Id}/pdf", item.GetProperty("rapport").GetProperty("pdf").GetString());

        var detail = JsonDocument.Parse(await anoniem.GetStringAsync(Pad($"/api/v1/monitor/edities/{editie.Id}"))).RootElement;
        var cellen = detail.GetProperty("inhoud").GetProperty("secties").EnumerateArray()
            .Where(s => s.GetProperty("tabel").ValueKind == JsonValueKind.Object)
            .SelectMany(s => s.GetProperty("tabel").GetProperty("cellen").EnumerateArray()).ToList();
        Assert.Contains(cellen, c => c.GetProperty("verborgen").GetBoolean());
        Assert.All(cellen.Where(c => c.GetProperty("verborgen").GetBoolean()), c =>
        {
            Assert.Equal(JsonValueKind.Null, c.GetProperty("waarde").ValueKind);
            Assert.Equal(JsonValueKind.Null, c.GetProperty("reden").ValueKind);
        });

        // The demo concept of the current year is not public.
        await using var scope = factory.Scope();
        var concept = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<MonitorEditie>()
            .FirstAsync(e => e.Status == EditieStatus.Concept);
        Assert.Equal(HttpStatusCode.NotFound, (await anoniem.GetAsync(Pad($"/api/v1/monitor/edities/{concept.Id}"))).StatusCode);
        var api = await ClientMetTokenAsync(factory.CreateClient, Zorgcoordinator);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(Pad($"/api/v1/monitor/edities/{concept.Id}"))).StatusCode);
    }

    [Fact]
    public async Task Een_editie_slaat_geen_stap_over_en_verandert_niet_meer_na_vaststelling()
    {
        await using var scope = factory.Scope();
        var edities = scope.ServiceProvider.GetRequiredService<MonitorEdities>();
        var editie = (await edities.MaakAsync("DH", 2020, AuditActor.Systeem, "test", default)).Editie!;
        Assert.NotNull((await edities.VolgendeStapAsync(editie.Id, EditieStatus.Gepubliceerd, AuditActor.Systeem, "test", default)).Fout);
        Assert.Null((await edities.VolgendeStapAsync(editie.Id, EditieStatus.InReview, AuditActor.Systeem, "test", default)).Fout);
        Assert.Null((await edities.VolgendeStapAsync(editie.Id, EditieStatus.Vastgesteld, AuditActor.Systeem, "test", default)).Fout);
        var wijzig = await edities.SchrijfTekstenAsync(editie.Id, "nieuw", "", new Dictionary<string, string>(), new(), "test", default);
        Assert.NotNull(wijzig.Fout);
        Assert.NotNull((await edities.MaakAsync("DH", 2020, AuditActor.Systeem, "test", default)).Fout);
    }

    [Fact]
    public async Task Trend_en_context_volgen_de_drempel_en_de_maatstaven_van_de_editie_en_publiek_zijn_ze_gemaskeerd()
    {
        await GepubliceerdAsync();
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var edities = scope.ServiceProvider.GetRequiredService<MonitorEdities>();
        var editie = (await edities.MaakAsync("DH", MonitorVaste.Jaar + 1, AuditActor.Systeem, "test", default)).Editie!;
        // The edition's own threshold, far above the configured 5: the region's 2021 total is small under it. And a format
        // whose sections were renamed: the context figures go with the measure, not with a section's code.
        editie.Drempel = 50;
        editie.Format = EditieFormat.Schrijf([.. EditieFormat.Standaard.Select(s => s with { Code = "x-" + s.Code })]);
        await db.SaveChangesAsync();

        var inhoud = await edities.InhoudAsync(editie, default);
        var signalen = inhoud.Secties.First(s => s.Sectie.Maatstaf == Maatstaven.Meldingen.Code);
        var vorigJaar = signalen.Reeks!.Single(p => p.Periode == MonitorVaste.Jaar.ToString(System.Globalization.CultureInfo.InvariantCulture)).Cel;
        Assert.True(vorigJaar.Verborgen);
        Assert.Equal(nameof(VerbergReden.KleinAantal), vorigJaar.Reden);
        Assert.NotNull(vorigJaar.Waarde);
        Assert.Equal(2, signalen.Referenties?.Count);
        Assert.Equal(2, inhoud.Secties.First(s => s.Sectie.Maatstaf == Maatstaven.CoMenshaRegistraties.Code).Referenties?.Count);

        // The public face masks tables, trends and context alike.
        var publiek = EditiesEndpoints.Publiek(inhoud);
        var cellen = publiek.Secties.SelectMany(s => (s.Tabel?.Cellen ?? []).Concat((s.Reeks ?? []).Select(p => p.Cel))
            .Concat((s.Referenties ?? []).SelectMany(r => r.Punten).Select(p => p.Cel))).ToList();
        Assert.Contains(cellen, c => c.Verborgen);
        Assert.All(cellen, c => Assert.Null(c.Reden));
        Assert.All(cellen.Where(c => c.Verborgen), c => Assert.Null(c.Waarde));
    }
}

public sealed class MonitorEditiesTestsSqlite(SqliteFactory factory) : MonitorEditiesTests(factory), IClassFixture<SqliteFactory>;

public sealed class MonitorEditiesTestsPostgres(PostgresFactory factory) : MonitorEditiesTests(factory), IClassFixture<PostgresFactory>;
