using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Doorverwijzing.Partner;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;
using static Schakel.Web.Tests.Doorverwijzing.Partner.PartnerTestdata;

namespace Schakel.Web.Tests.Schaal;

/// <summary>
/// The inbox of referrals counts its three parts (overdue, other open, closed) in one SQL statement, and the
/// werkplek count of open referrals is that same statement, not another: counted by the commands EF executes, and
/// the counts equal the lengths of the lists they stand for, on both databases.
/// </summary>
public abstract class InboxtellingTests(SchakelFactory factory)
{
    private static readonly Guid Ontvanger = DemoOrganisaties.IdVan(DemoOrganisaties.Nla);

    private static ClaimsPrincipal Medewerker() => new(new ClaimsIdentity(
    [
        new Claim(SchakelClaims.Organisatie, Ontvanger.ToString()),
        new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
        new Claim(SchakelClaims.Rol, Rollen.Opsporing),
    ], "test"));

    [Fact]
    public async Task Inbox_en_werkplekteller_tellen_in_een_opdracht_en_kloppen_met_de_lijsten()
    {
        var id = await DoorverwezenAsync(factory, "geen");
        var voorbeeld = await DbAsync(factory, db => db.Set<DoorverwijzingRij>().AsNoTracking().SingleAsync(d => d.Id == id));
        var nu = DateTimeOffset.UtcNow;
        DoorverwijzingRij Rij(DoorverwijzingStatus status, double urenTotTermijn, bool eersteActie) => new()
        {
            Id = Guid.NewGuid(), MeldingId = voorbeeld.MeldingId, RoutebesluitId = voorbeeld.RoutebesluitId,
            AfzenderOrganisatieId = voorbeeld.AfzenderOrganisatieId, OntvangerOrganisatieId = Ontvanger, Rol = Rol.Informeren,
            Deelniveau = Deelniveau.Geen, Doel = "telling", Urgentie = Urgentie.Normaal, Status = status, VerstuurdOp = nu.AddDays(-1),
            EersteActieUiterlijk = nu.AddHours(urenTotTermijn), EersteActieOp = eersteActie ? nu.AddHours(-12) : null,
        };
        await DbAsync(factory, async db =>
        {
            db.AddRange(
                Rij(DoorverwijzingStatus.Verstuurd, -3, false), Rij(DoorverwijzingStatus.VraagGesteld, -1, false),
                Rij(DoorverwijzingStatus.Verstuurd, 2, false), Rij(DoorverwijzingStatus.Geaccepteerd, -5, true),
                Rij(DoorverwijzingStatus.InBehandeling, 1, true), Rij(DoorverwijzingStatus.Afgesloten, -10, true),
                Rij(DoorverwijzingStatus.Afgesloten, 5, true), Rij(DoorverwijzingStatus.Afgesloten, 7, true));
            return await db.SaveChangesAsync();
        });

        // The lists, each read whole on its own.
        async Task<int> Lengte(InboxFilter filter)
        {
            await using var scope = factory.Scope();
            return (await scope.ServiceProvider.GetRequiredService<DoorverwijzingLezer>().InboxAsync(Medewerker(), filter with { PaginaGrootte = 100 })).Rijen.Count;
        }
        var teLaat = await Lengte(new InboxFilter(TeLaat: true));
        var nietTeLaat = await Lengte(new InboxFilter(TeLaat: false));
        var gesloten = await Lengte(new InboxFilter(Status: DoorverwijzingStatus.Afgesloten));
        var alle = await Lengte(new InboxFilter());
        Assert.True(teLaat >= 2 && gesloten >= 3, $"te laat {teLaat}, gesloten {gesloten}");
        Assert.Equal(alle, teLaat + nietTeLaat);

        // The inbox page's work in one scope: the page of rows, its counts, and the werkplek menu's count.
        using var teller = new Opdrachtenteller();
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            teller.Context = db;
            var lezer = scope.ServiceProvider.GetRequiredService<DoorverwijzingLezer>();
            var pagina = await lezer.InboxAsync(Medewerker(), new InboxFilter(PaginaGrootte: 100));
            var menu = await scope.ServiceProvider.GetServices<IWerkplekTeller>().OfType<DoorverwijzingTeller>().Single().TelAsync(Medewerker(), default);

            Assert.Equal(alle, pagina.Totaal);
            Assert.Equal(alle - gesloten, menu);
            Assert.Equal(teLaat, pagina.Rijen.Count(r => r.TeLaat));
            // One statement counts every part (COUNT three times in it); the others read the rows of the parts shown.
            var tellingen = teller.Opdrachten.Where(o => o.Contains("COUNT(", StringComparison.OrdinalIgnoreCase)).ToList();
            var telling = Assert.Single(tellingen);
            Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(telling, "COUNT\\(", System.Text.RegularExpressions.RegexOptions.IgnoreCase));

            var direct = await lezer.TellingAsync(Ontvanger, null, DateTimeOffset.UtcNow);
            Assert.Equal((teLaat, alle - gesloten, gesloten), (direct.TeLaat, direct.Open, direct.Gesloten));
        }
    }
}

public sealed class InboxtellingTestsSqlite(MeldpuntSqliteFactory f) : InboxtellingTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class InboxtellingTestsPostgres(MeldpuntPostgresFactory f) : InboxtellingTests(f), IClassFixture<MeldpuntPostgresFactory>;
