using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Monitor;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// Whether a year's figures come from imports (a year before Schakel's first report) is asked as "did any report come in
/// before the end of the year", not by looking up the first report. Both must give the same answer, also for a first
/// report in the last half hour of a year in UTC that is already the next year in Dutch time.
/// </summary>
public abstract class MonitorStartjaarTests(SchakelFactory factory)
{
    [Fact]
    public async Task Een_jaar_is_geimporteerd_precies_wanneer_het_voor_het_jaar_van_de_eerste_melding_ligt()
    {
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var rsiv = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.Rsiv).Select(o => o.Id).SingleAsync();
            // 31 December 2009, 23:30 UTC is 1 January 2010, 00:30 in Dutch time: Schakel's first year is 2010.
            db.Add(new Melding
            {
                Id = Guid.NewGuid(), Soort = MeldingSoort.Melding, MelderType = MelderType.Burger, Kanaal = Kanaal.Web,
                OmschrijvingVersleuteld = "niet gelezen", OntvangenOp = new DateTimeOffset(2009, 12, 31, 23, 30, 0, TimeSpan.Zero),
                MeldpuntOrganisatieId = rsiv, Uitbuitingsvormen = "arbeid", Status = MeldingStatus.Ontvangen,
            });
            await db.SaveChangesAsync();
        }

        // The expectation from the stored reports themselves: the Dutch year of the earliest one.
        int eersteJaar;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var momenten = await db.Set<Melding>().Select(m => m.OntvangenOp).ToListAsync();
            eersteJaar = Periode.Lokaal(momenten.Min()).Year;
        }

        Assert.Equal(2010, eersteJaar);
        foreach (var jaar in new[] { 2008, 2009, 2010, 2011, DateTime.UtcNow.Year })
        {
            await using var scope = factory.Scope();
            var geimporteerd = await scope.ServiceProvider.GetRequiredService<MonitorCijfers>().IsGeimporteerdAsync(Maatstaven.Meldingen, jaar, default);
            Assert.True(geimporteerd == jaar < eersteJaar, $"{jaar}: geïmporteerd {geimporteerd}, eerste jaar {eersteJaar}");

            // And the same answer as the first year looked up directly, in a request that has already looked it up.
            await using var ander = factory.Scope();
            var cijfers = ander.ServiceProvider.GetRequiredService<MonitorCijfers>();
            Assert.Equal(jaar < await cijfers.StartjaarAsync(default), await cijfers.IsGeimporteerdAsync(Maatstaven.Meldingen, jaar, default));
        }
    }
}

public sealed class MonitorStartjaarTestsSqlite(SqliteFactory factory) : MonitorStartjaarTests(factory), IClassFixture<SqliteFactory>;

public sealed class MonitorStartjaarTestsPostgres(PostgresFactory factory) : MonitorStartjaarTests(factory), IClassFixture<PostgresFactory>;
