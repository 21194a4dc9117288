using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Privacy.Grondslagen;
using Schakel.Web.Tests.Features.Api;
using Schakel.Web.Tests.Infrastructure;
using SqliteFactory = Schakel.Web.Tests.Infrastructure.SqliteFactory;

namespace Schakel.Web.Tests.Privacy;

/// <summary>
/// The bases over the API (beheerder token only) and the defaults reaching an existing database: a default missing from the table
/// is added at start, a text the beheerder changed stays and a basis they ended does not come back.
/// </summary>
public abstract class GrondslagenApiTests(SchakelFactory factory)
{
    [Fact]
    public async Task De_beheerder_leest_de_grondslagen_andere_rollen_niet()
    {
        var beheerder = await ApiHulp.ClientMetTokenAsync(factory.CreateClient, ApiHulp.Beheerder);
        var json = await beheerder.GetFromJsonAsync<JsonElement>(ApiHulp.Pad("/api/v1/verwerkingsgrondslagen"));
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.Equal(await db.Set<VerwerkingsgrondslagRij>().CountAsync(), json.GetProperty("vastgelegd").GetArrayLength());
        var geldend = json.GetProperty("geldend").EnumerateArray().ToList();
        Assert.NotEmpty(geldend);
        Assert.All(geldend, g => Assert.Contains(g.GetProperty("herkomst").GetString(), new[] { "eigen", "type", "categorie", "geen" }));
        Assert.Contains(geldend, g => g.GetProperty("doel").GetString() == "opvolging" && g.GetProperty("grondslag").ValueKind == JsonValueKind.String);

        var zorg = await ApiHulp.ClientMetTokenAsync(factory.CreateClient, ApiHulp.Zorgcoordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await zorg.GetAsync(ApiHulp.Pad("/api/v1/verwerkingsgrondslagen"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(ApiHulp.Pad("/api/v1/verwerkingsgrondslagen"))).StatusCode);
    }

    [Fact]
    public async Task Later_toegevoegde_standaardgrondslagen_komen_in_een_bestaande_database_zonder_wijzigingen_te_overschrijven()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var standaard = StandaardVerwerkingsgrondslagen.Alle;
        Assert.True(standaard.Count >= 3);
        VerwerkingsgrondslagRij Rij(Verwerkingsgrondslag g) => db.Set<VerwerkingsgrondslagRij>().Single(r =>
            r.Doel == g.Doel && r.OrganisatieId == g.OrganisatieId && r.Type == g.Type && r.Categorie == g.Categorie);

        // A database from before the first default existed; the beheerder changed the second and ended the third.
        db.Remove(Rij(standaard[0]));
        var gewijzigd = Rij(standaard[1]);
        gewijzigd.Grondslag = "Door de beheerder aangepast";
        var beeindigd = Rij(standaard[2]);
        beeindigd.BeeindigdOp = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync();
        var aantal = await db.Set<VerwerkingsgrondslagRij>().CountAsync();

        await scope.ServiceProvider.GetServices<IZaaier>().OfType<VerwerkingsgrondslagZaaier>().Single().ZaaiAsync(CancellationToken.None);
        db.ChangeTracker.Clear();

        Assert.Equal(aantal + 1, await db.Set<VerwerkingsgrondslagRij>().CountAsync());
        Assert.Equal(standaard[0].Grondslag, Rij(standaard[0]).Grondslag);
        Assert.True(Rij(standaard[0]).Actief);
        Assert.Equal("Door de beheerder aangepast", Rij(standaard[1]).Grondslag);
        Assert.False(Rij(standaard[2]).Actief);
    }
}

public sealed class GrondslagenApiTestsSqlite(SqliteFactory factory) : GrondslagenApiTests(factory), IClassFixture<SqliteFactory>;

public sealed class GrondslagenApiTestsPostgres(PostgresFactory factory) : GrondslagenApiTests(factory), IClassFixture<PostgresFactory>;
