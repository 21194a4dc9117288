using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Doorverwijzing;

/// <summary>
/// The route proposal keeps what it reads besides the report between changes (issue 19): a proposal reads nothing while
/// nothing changed, and a change saved anywhere in the app (here: a directory entry made inactive inside a transaction) is
/// in the next proposal once its transaction commits, and not before.
/// </summary>
public abstract class RoutebasisTests(SchakelFactory factory)
{
    private static readonly Guid VeiligThuis = DemoOrganisaties.IdVan(DemoOrganisaties.VeiligThuisHaaglanden);

    // A minor in The Hague: the standard route proposes Veilig Thuis Haaglanden.
    private static readonly MeldingKenmerken Minderjarige = new()
    {
        GemeenteCode = "GM0518", Uitbuitingsvormen = [Uitbuitingsvorm.Seksueel], MinderjarigBetrokken = JaNeeOnbekend.Ja,
    };

    private async Task<(Routevoorstel Voorstel, int Opdrachten)> StelVoorAsync()
    {
        using var teller = new Opdrachtenteller();
        await using var scope = factory.Scope();
        teller.Context = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var voorstel = await scope.ServiceProvider.GetRequiredService<RouteVoorsteller>().StelVoorAsync(Minderjarige);
        return (voorstel, teller.Opdrachten.Count);
    }

    private static bool Voorgesteld(Routevoorstel voorstel) => voorstel.Doorverwijzingen.Any(d => d.OrganisatieId == VeiligThuis);

    [Fact]
    public async Task Een_tweede_voorstel_leest_niets_en_een_wijziging_telt_pas_na_de_commit()
    {
        try
        {
            Assert.True(Voorgesteld((await StelVoorAsync()).Voorstel));
            // The node also starts again on its own timer and when its listener (re)connects; one of a few proposals in a
            // row reads nothing at all when the copy is kept.
            var opdrachten = new List<int>();
            for (var i = 0; i < 3 && !opdrachten.Contains(0); i++)
            {
                var (voorstel, aantal) = await StelVoorAsync();
                Assert.True(Voorgesteld(voorstel));
                opdrachten.Add(aantal);
            }
            Assert.Contains(0, opdrachten);

            await using (var scope = factory.Scope())
            {
                var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
                await using var transactie = await db.Database.BeginTransactionAsync();
                (await db.Set<Organisatie>().SingleAsync(o => o.Id == VeiligThuis)).Actief = false;
                await db.SaveChangesAsync();
                // Saved, not committed: other requests still see the active organisation (on SQLite the writer holds the
                // file, so nothing is read there until the commit).
                if (factory.Provider == DatabaseProvider.Postgres)
                {
                    Assert.True(Voorgesteld((await StelVoorAsync()).Voorstel));
                }
                await transactie.CommitAsync();
            }
            var (na, gelezen) = await StelVoorAsync();
            Assert.False(Voorgesteld(na));
            Assert.True(gelezen > 0);
        }
        finally
        {
            await using var scope = factory.Scope();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            (await db.Set<Organisatie>().SingleAsync(o => o.Id == VeiligThuis)).Actief = true;
            await db.SaveChangesAsync();
        }
        Assert.True(Voorgesteld((await StelVoorAsync()).Voorstel));
    }
}

public sealed class RoutebasisTestsSqlite(SqliteFactory factory) : RoutebasisTests(factory), IClassFixture<SqliteFactory>;

public sealed class RoutebasisTestsPostgres(PostgresFactory factory) : RoutebasisTests(factory), IClassFixture<PostgresFactory>;
