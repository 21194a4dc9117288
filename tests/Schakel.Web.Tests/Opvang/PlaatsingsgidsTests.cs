using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang.Zoeken;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Opvang;

/// <summary>
/// The node's copy of the organisations that searches and holds read (who asks, who may place) is kept while nothing
/// changes, and read again after a committed change of an organisation, its work area or the directory — never before
/// the commit.
/// </summary>
public abstract class PlaatsingsgidsTests(SchakelFactory factory)
{
    [Fact]
    public async Task De_kopie_blijft_tot_een_organisatie_of_haar_werkgebied_wijzigt_en_volgt_de_wijziging_na_de_commit()
    {
        var gids = factory.Services.GetRequiredService<Plaatsingsgids>();
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var shop = await db.Set<Organisatie>().AsNoTracking().SingleAsync(o => o.Naam == DemoOrganisaties.Shop);
        var gemeente = await db.Set<OrganisatieWerkgebied>().Where(w => w.OrganisatieId == shop.Id).Select(w => w.CbsCode).OrderBy(c => c).FirstAsync();
        Assert.Contains(gemeente, (await gids.AanvragerAsync(db, shop.Id, default)).Gemeenten);
        // Nothing changed: the same copy, no database read (a second try when the listener's connect or timer fell between).
        var eerst = await gids.HuidigAsync(db, default);
        if (!ReferenceEquals(eerst, await gids.HuidigAsync(db, default)))
        {
            eerst = await gids.HuidigAsync(db, default);
            Assert.Same(eerst, await gids.HuidigAsync(db, default));
        }
        try
        {
            await using (var anders = factory.Scope())
            {
                var andereDb = anders.ServiceProvider.GetRequiredService<SchakelDbContext>();
                var o = await andereDb.Set<Organisatie>().SingleAsync(x => x.Id == shop.Id);
                o.Naam = DemoOrganisaties.Shop + " (hernoemd)";
                await andereDb.SaveChangesAsync();
            }
            Assert.Equal(DemoOrganisaties.Shop + " (hernoemd)", (await gids.HuidigAsync(db, default)).Organisaties.Single(o => o.Id == shop.Id).Naam);

            await using (var anders = factory.Scope())
            {
                var andereDb = anders.ServiceProvider.GetRequiredService<SchakelDbContext>();
                await using var tx = await andereDb.Database.BeginTransactionAsync();
                andereDb.Remove(await andereDb.Set<OrganisatieWerkgebied>().SingleAsync(w => w.OrganisatieId == shop.Id && w.CbsCode == gemeente));
                await andereDb.SaveChangesAsync();
                // Saved but not committed: the copy is not thrown away yet (another reader would still see the row).
                Assert.Contains(gemeente, (await gids.AanvragerAsync(db, shop.Id, default)).Gemeenten);
                await tx.CommitAsync();
            }
            Assert.DoesNotContain(gemeente, (await gids.AanvragerAsync(db, shop.Id, default)).Gemeenten);
        }
        finally
        {
            await using var herstel = factory.Scope();
            var herstelDb = herstel.ServiceProvider.GetRequiredService<SchakelDbContext>();
            if (!await herstelDb.Set<OrganisatieWerkgebied>().AnyAsync(w => w.OrganisatieId == shop.Id && w.CbsCode == gemeente))
            {
                herstelDb.Add(new OrganisatieWerkgebied { OrganisatieId = shop.Id, CbsCode = gemeente });
                await herstelDb.SaveChangesAsync();
            }
            await herstelDb.Set<Organisatie>().Where(o => o.Id == shop.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Naam, DemoOrganisaties.Shop));
            gids.Vergeet();
        }
    }

    [Fact]
    public async Task Een_wijziging_die_wordt_teruggedraaid_laat_de_kopie_staan()
    {
        var gids = factory.Services.GetRequiredService<Plaatsingsgids>();
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var shop = await db.Set<Organisatie>().AsNoTracking().SingleAsync(o => o.Naam == DemoOrganisaties.Shop);
        var gemeente = await db.Set<OrganisatieWerkgebied>().Where(w => w.OrganisatieId == shop.Id).Select(w => w.CbsCode).OrderBy(c => c).FirstAsync();
        // The node also reads the copy again on its listener's connect and timer: a reload that falls in one attempt is
        // that, one in every attempt is the rollback's.
        var bleef = false;
        for (var poging = 0; poging < 3 && !bleef; poging++)
        {
            var eerst = await gids.HuidigAsync(db, default);
            await using (var anders = factory.Scope())
            {
                var andereDb = anders.ServiceProvider.GetRequiredService<SchakelDbContext>();
                await using var tx = await andereDb.Database.BeginTransactionAsync();
                andereDb.Remove(await andereDb.Set<OrganisatieWerkgebied>().SingleAsync(w => w.OrganisatieId == shop.Id && w.CbsCode == gemeente));
                await andereDb.SaveChangesAsync();
                await tx.RollbackAsync();
            }
            bleef = ReferenceEquals(eerst, await gids.HuidigAsync(db, default));
        }
        Assert.True(bleef, "Een teruggedraaide wijziging gooide de kopie weg.");
        Assert.Contains(gemeente, (await gids.AanvragerAsync(db, shop.Id, default)).Gemeenten);
    }
}

public sealed class PlaatsingsgidsTestsSqlite(SqliteFactory f) : PlaatsingsgidsTests(f), IClassFixture<SqliteFactory>;

public sealed class PlaatsingsgidsTestsPostgres(PostgresFactory f) : PlaatsingsgidsTests(f), IClassFixture<PostgresFactory>;
