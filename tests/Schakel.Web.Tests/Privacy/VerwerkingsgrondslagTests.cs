using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Privacy.Grondslagen;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Doorverwijzing.Delen;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Privacy;

/// <summary>
/// No processing without a recorded basis, on both databases: a receiver without a basis for follow-up (today the
/// municipalities) gets level geen in the proposal and is refused above it when sending; a basis recorded for one
/// organisation, for its type or for its category each lifts that; ending one takes it away again; and the reporting
/// point's organisation without its own basis takes in nothing. Each test restores what it changed.
/// </summary>
public abstract class VerwerkingsgrondslagTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid DenHaag = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("'s-Gravenhage"));
    private static readonly Guid Delft = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("Delft"));
    private static readonly Guid Politie = DemoOrganisaties.IdVan(DemoOrganisaties.Politie);

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    private async Task<HttpResponseMessage> StuurAsync(Guid ontvanger, string niveau, string? grondslag)
    {
        var id = await DelenHulp.GetrieerdeMeldingAsync(factory);
        return await DelenHulp.VerstuurAsync(factory, id, [DelenHulp.Ontvanger(ontvanger, niveau, grondslag, rol: "informeren")]);
    }

    private async Task<Guid> VastleggenAsync(Verwerkingsdoel doel, Guid? organisatie = null, OrganisatieType? type = null, Partijcategorie? categorie = null)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var rij = new VerwerkingsgrondslagRij
        {
            Id = Guid.NewGuid(), Doel = doel, OrganisatieId = organisatie, Type = type, Categorie = categorie,
            Grondslag = "proefgrondslag", VastgelegdOp = DateTimeOffset.UtcNow, GewijzigdOp = DateTimeOffset.UtcNow,
        };
        db.Add(rij);
        await db.SaveChangesAsync();
        return rij.Id;
    }

    /// <summary>Ends the active records matching the filter and returns their ids, so the test can bring them back.</summary>
    private async Task<List<Guid>> BeeindigAsync(Func<VerwerkingsgrondslagRij, bool> welke)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var rijen = (await db.Set<VerwerkingsgrondslagRij>().Where(r => r.BeeindigdOp == null).ToListAsync()).Where(welke).ToList();
        foreach (var r in rijen)
        {
            r.BeeindigdOp = DateTimeOffset.UtcNow;
        }
        await db.SaveChangesAsync();
        return [.. rijen.Select(r => r.Id)];
    }

    private async Task HerstelAsync(IEnumerable<Guid> beeindigd, IEnumerable<Guid> toegevoegd)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var ids = beeindigd.Concat(toegevoegd).ToList();
        foreach (var r in await db.Set<VerwerkingsgrondslagRij>().Where(r => ids.Contains(r.Id)).ToListAsync())
        {
            r.BeeindigdOp = toegevoegd.Contains(r.Id) ? DateTimeOffset.UtcNow : null;
        }
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Gemeente_zonder_vastgelegde_grondslag_krijgt_deelniveau_geen_in_voorstel_en_bij_versturen()
    {
        var body = new StringContent("""{"gemeenteCode":"GM0518"}""", Encoding.UTF8, "application/json");
        var toets = JsonNode.Parse(await (await factory.Als(Rsiv, Rollen.Aandachtsfunctionaris).PostAsync(Pad("/api/v1/meldroute/_toetsen"), body)).Content.ReadAsStringAsync())!;
        var gemeente = toets["voorstellen"]!.AsArray().Single(v => (Guid)v!["organisatie"]!["id"]! == DenHaag)!;
        Assert.Equal("geen", (string?)gemeente["deelniveau"]);
        Assert.Null(gemeente["grondslag"]);
        Assert.Contains("geen grondslag vastgelegd", gemeente.ToJsonString(), StringComparison.Ordinal);

        var geweigerd = await StuurAsync(DenHaag, "gepseudonimiseerd", "TZ-GEMEENTE");
        Assert.Equal(HttpStatusCode.BadRequest, geweigerd.StatusCode);
        Assert.Contains("geen grondslag vastgelegd", await geweigerd.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            Assert.True(await db.Set<AuditRegel>().AnyAsync(r => r.Actie == "doorverwijzing.geweigerd" && r.Reden == Deelweigering.GeenVerwerkingsgrondslag));
        }

        var zonder = await StuurAsync(DenHaag, "geen", null);
        Assert.True(zonder.StatusCode == HttpStatusCode.Created, await zonder.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Grondslag_per_organisatie_per_type_en_per_categorie_telt_en_beeindigen_neemt_hem_weer_af()
    {
        var toegevoegd = new List<Guid>();
        var beeindigd = new List<Guid>();
        try
        {
            // One organisation: Den Haag may receive pseudonymised data on its municipal basis, Delft still not.
            toegevoegd.Add(await VastleggenAsync(Verwerkingsdoel.Opvolging, organisatie: DenHaag));
            var denHaag = await StuurAsync(DenHaag, "gepseudonimiseerd", "TZ-GEMEENTE");
            Assert.True(denHaag.StatusCode == HttpStatusCode.Created, await denHaag.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.BadRequest, (await StuurAsync(Delft, "gepseudonimiseerd", "TZ-GEMEENTE")).StatusCode);

            // Every organisation of the type.
            toegevoegd.Add(await VastleggenAsync(Verwerkingsdoel.Opvolging, type: OrganisatieType.Gemeente));
            var delft = await StuurAsync(Delft, "gepseudonimiseerd", "TZ-GEMEENTE");
            Assert.True(delft.StatusCode == HttpStatusCode.Created, await delft.Content.ReadAsStringAsync());

            // A basis for another purpose does not count for follow-up.
            await HerstelAsync([], toegevoegd);
            toegevoegd.Add(await VastleggenAsync(Verwerkingsdoel.Meldpunt, type: OrganisatieType.Gemeente));
            Assert.Equal(HttpStatusCode.BadRequest, (await StuurAsync(Delft, "gepseudonimiseerd", "TZ-GEMEENTE")).StatusCode);

            // The police's category basis ended: the police get level geen only; a new category record restores it.
            var politie = await StuurAsync(Politie, "volledig", "OPS-WPG");
            Assert.True(politie.StatusCode == HttpStatusCode.Created, await politie.Content.ReadAsStringAsync());
            beeindigd.AddRange(await BeeindigAsync(r => r.Doel == Verwerkingsdoel.Opvolging && r.Categorie == Partijcategorie.Opsporingsinstantie));
            Assert.NotEmpty(beeindigd);
            var zonder = await StuurAsync(Politie, "volledig", "OPS-WPG");
            Assert.Equal(HttpStatusCode.BadRequest, zonder.StatusCode);
            Assert.Contains("geen grondslag vastgelegd", await zonder.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            toegevoegd.Add(await VastleggenAsync(Verwerkingsdoel.Opvolging, categorie: Partijcategorie.Opsporingsinstantie));
            Assert.Equal(HttpStatusCode.Created, (await StuurAsync(Politie, "volledig", "OPS-WPG")).StatusCode);
        }
        finally
        {
            await HerstelAsync(beeindigd, toegevoegd);
        }
    }

    [Fact]
    public async Task Meldpunt_zonder_eigen_grondslag_neemt_niets_aan()
    {
        var beeindigd = await BeeindigAsync(r => r.Doel == Verwerkingsdoel.Meldpunt);
        try
        {
            Assert.NotEmpty(beeindigd);
            await using var scope = factory.Scope();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var voor = await db.Set<Melding>().CountAsync();
            var uitkomst = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
            {
                MelderType = "professional", Omschrijving = "Grondslagproef meldpunt.", GemeenteCode = "GM0518", Uitbuitingsvormen = ["arbeid"],
            }, [], Indiener.Publiek());

            Assert.False(uitkomst.Gelukt);
            Assert.Contains("geen grondslag", Assert.Single(uitkomst.Fouten[MeldpuntGrondslag.Veld]), StringComparison.Ordinal);
            Assert.Equal(voor, await db.Set<Melding>().CountAsync());
        }
        finally
        {
            await HerstelAsync(beeindigd, []);
        }
    }

    [Fact]
    public async Task Inbox_van_een_gemeente_zegt_waarom_er_geen_persoonsgegevens_zijn_en_die_van_de_politie_niet()
    {
        var gemeente = await factory.Als(DenHaag, Rollen.Aandachtsfunctionaris).GetStringAsync(Pad("/doorverwijzingen"));
        var politie = await factory.Als(Politie, Rollen.Opsporing).GetStringAsync(Pad("/doorverwijzingen"));

        Assert.Contains("id=\"geen-grondslag\"", gemeente, StringComparison.Ordinal);
        Assert.Contains("acties 30–32", gemeente, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"geen-grondslag\"", politie, StringComparison.Ordinal);
    }
}

public sealed class VerwerkingsgrondslagTestsSqlite(DoorverwijzingSqliteFactory f) : VerwerkingsgrondslagTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class VerwerkingsgrondslagTestsPostgres(DoorverwijzingPostgresFactory f) : VerwerkingsgrondslagTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
