using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Basis;

public abstract class RegioTests(SchakelFactory factory)
{
    [Fact]
    public async Task Eenheid_Den_Haag_is_geladen_met_districten_basisteams_en_27_gemeenten()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.Equal(27, await db.Set<Gemeente>().CountAsync(g => g.EenheidCode == "DH"));
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G"], await db.Set<District>().Where(d => d.EenheidCode == "DH").OrderBy(d => d.Code).Select(d => d.Code).ToListAsync());
        Assert.Equal(28, await db.Set<Basisteam>().CountAsync());
        var denHaag = await db.Set<Gemeente>().Include(g => g.Districten).SingleAsync(g => g.CbsCode == "GM0518");
        Assert.Equal(["DH-A", "DH-B", "DH-C"], denHaag.Districten.Select(d => d.DistrictId).Order().ToList());
    }

    [Fact]
    public async Task Laden_is_idempotent()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        await new RegioLader(db).LaadAsync();
        await new DemoOrganisaties(db).LaadAsync();
        Assert.Equal(27, await db.Set<Gemeente>().CountAsync());
        Assert.Equal(28, await db.Set<Basisteam>().CountAsync());
        Assert.Equal(1, await db.Set<Organisatie>().CountAsync(o => o.Naam == DemoOrganisaties.Shop));
    }

    [Fact]
    public async Task Elke_gemeente_heeft_een_demo_organisatie_met_haar_eigen_werkgebied()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var gemeenteOrganisaties = await db.Set<Organisatie>().Include(o => o.Werkgebied)
            .Where(o => o.Type == Core.Organisaties.OrganisatieType.Gemeente).ToListAsync();
        Assert.Equal(27, gemeenteOrganisaties.Count);
        Assert.All(gemeenteOrganisaties, o => Assert.Equal([o.GemeenteCode!], o.Werkgebied.Select(w => w.CbsCode).ToList()));
        Assert.All(gemeenteOrganisaties, o => Assert.True(o.IsDemo));
    }
}

public sealed class RegioTestsSqlite(SqliteFactory f) : RegioTests(f), IClassFixture<SqliteFactory>;

public sealed class RegioTestsPostgres(PostgresFactory f) : RegioTests(f), IClassFixture<PostgresFactory>;
