using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Opvang.Zoeken;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Schaal;

/// <summary>
/// Pools written around <see cref="OpvangService"/> (the seed at start) reach the shelter search at once, not after the
/// read model's next full reload a minute later.
/// </summary>
public abstract class ZaaierLeesmodelTests(SchakelFactory factory)
{
    private static readonly Guid Locatie = DemoOrganisaties.IdVan("opvanglocatie:Jeugdopvang Rotterdam");
    private static readonly Guid Pool = DemoOrganisaties.IdVan("plekkenpool:Jeugdopvang Rotterdam:Beschermde opvang minderjarigen");

    [Fact]
    public async Task Een_pool_uit_de_zaaier_staat_meteen_in_het_leesmodel()
    {
        var leesmodel = factory.Services.GetRequiredService<PoolLeesmodel>();

        // The location gone, and the read model loaded without it.
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            await db.Set<Plekkenpool>().Where(p => p.OpvanglocatieId == Locatie).ExecuteDeleteAsync();
            await db.Set<Opvanglocatie>().Where(l => l.Id == Locatie).ExecuteDeleteAsync();
        }
        leesmodel.AllesOpnieuw();
        Assert.False((await leesmodel.HuidigAsync(CancellationToken.None)).Index.ContainsKey(Pool));

        // The seed puts it back (as at a node's start); the next search sees it.
        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetServices<IZaaier>().OfType<DemoOpvang>().Single().ZaaiAsync(CancellationToken.None);
        }
        Assert.True((await leesmodel.HuidigAsync(CancellationToken.None)).Index.ContainsKey(Pool));
    }
}

public sealed class ZaaierLeesmodelTestsSqlite(SqliteFactory f) : ZaaierLeesmodelTests(f), IClassFixture<SqliteFactory>;

public sealed class ZaaierLeesmodelTestsPostgres(PostgresFactory f) : ZaaierLeesmodelTests(f), IClassFixture<PostgresFactory>;
