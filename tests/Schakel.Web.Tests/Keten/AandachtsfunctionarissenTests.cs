using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Keten;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Keten;

public abstract class AandachtsfunctionarissenTests(SchakelFactory factory)
{
    [Fact]
    public async Task Elke_gemeente_van_de_eenheid_heeft_een_aandachtsfunctionaris_gemarkeerd_als_voorbeeld()
    {
        await using var scope = factory.Scope();
        var register = scope.ServiceProvider.GetRequiredService<IAandachtsfunctionarissen>();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var gemeenten = await db.Set<Schakel.Web.Features.Regio.Gemeente>().Where(g => g.EenheidCode == "DH").Select(g => g.CbsCode).ToListAsync();
        var alle = await register.AlleAsync();

        Assert.Equal(27, gemeenten.Count);
        Assert.All(gemeenten, g => Assert.Contains(alle, a => a.GemeenteCode == g));
        Assert.All(alle, a => Assert.True(a.IsDemo));
        // Midden-Delfland §5.1 names one OOV officer and two of the social domain.
        var md = await register.VoorGemeenteAsync(DemoAandachtsfunctionarissen.MiddenDelfland);
        Assert.Equal(3, md.Count);
        Assert.Single(md, a => a.Afdeling == Aandachtsfunctionarisafdeling.OOV);
        Assert.All(md, a => Assert.NotNull(a.PlaatsvervangerId));
    }

    [Fact]
    public async Task Per_zijde_komt_eerst_OOV_voor_de_daderkant_en_het_sociaal_domein_voor_de_slachtofferkant()
    {
        await using var scope = factory.Scope();
        var register = scope.ServiceProvider.GetRequiredService<IAandachtsfunctionarissen>();

        var dader = await register.VoorZijdeAsync(DemoAandachtsfunctionarissen.DenHaag, Aandachtsfunctionariszijde.Dader);
        var slachtoffer = await register.VoorZijdeAsync("gm0518", Aandachtsfunctionariszijde.Slachtoffer);

        Assert.Equal(Aandachtsfunctionarisafdeling.OOV, dader[0].Afdeling);
        Assert.Equal(Aandachtsfunctionarisafdeling.SociaalDomein, slachtoffer[0].Afdeling);
        Assert.DoesNotContain(dader, a => a.Zijde == Aandachtsfunctionariszijde.Slachtoffer);
        Assert.Equal(DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("'s-Gravenhage")), dader[0].OrganisatieId);
        Assert.NotNull(dader[0].MedewerkerId);
        Assert.Single(await register.VoorMedewerkerAsync(dader[0].MedewerkerId!.Value));
    }

    [Fact]
    public async Task Een_inactieve_functionaris_telt_niet_voor_de_route_en_een_gemeente_met_een_functionaris_voor_beide_valt_daarop_terug()
    {
        const string hillegom = "GM0534";
        Guid id;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var register = scope.ServiceProvider.GetRequiredService<IAandachtsfunctionarissen>();
            var enige = Assert.Single(await register.VoorGemeenteAsync(hillegom));
            Assert.Equal(Aandachtsfunctionariszijde.Beide, enige.Zijde);
            Assert.Equal(enige.Id, Assert.Single(await register.VoorZijdeAsync(hillegom, Aandachtsfunctionariszijde.Slachtoffer)).Id);
            id = enige.Id;
            var rij = await db.Set<Aandachtsfunctionaris>().SingleAsync(a => a.Id == id);
            rij.Actief = false;
            await db.SaveChangesAsync();
        }
        try
        {
            await using var scope = factory.Scope();
            var register = scope.ServiceProvider.GetRequiredService<IAandachtsfunctionarissen>();
            Assert.Empty(await register.VoorZijdeAsync(hillegom, Aandachtsfunctionariszijde.Dader));
            Assert.False(Assert.Single(await register.VoorGemeenteAsync(hillegom)).Actief);
        }
        finally
        {
            await using var scope = factory.Scope();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            (await db.Set<Aandachtsfunctionaris>().SingleAsync(a => a.Id == id)).Actief = true;
            await db.SaveChangesAsync();
        }
    }
}

public sealed class AandachtsfunctionarissenTestsSqlite(SqliteFactory factory) : AandachtsfunctionarissenTests(factory), IClassFixture<SqliteFactory>;

public sealed class AandachtsfunctionarissenTestsPostgres(PostgresFactory factory) : AandachtsfunctionarissenTests(factory), IClassFixture<PostgresFactory>;
