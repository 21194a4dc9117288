using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Opvang.BordNotificaties;

/// <summary>An escalation notification shows on the board and the werkplek of whom it is for, and nowhere else.</summary>
public abstract class BordNotificatieTests(SchakelFactory factory)
{
    private async Task<string> PlaatsAsync(string voorRol, string? rol)
    {
        // A request id of its own per test, so tests sharing the database do not see each other's notification.
        var link = $"/opvang/verzoeken/{Guid.NewGuid()}";
        await using var scope = factory.Scope();
        var organisatie = DemoOrganisaties.IdVan(DemoAccounts.Voor(voorRol).Organisatie);
        await scope.ServiceProvider.GetRequiredService<NotificatieService>().PlaatsAsync(organisatie, NotificatieSoorten.OpvangEscalatie, link, rol);
        return link;
    }

    [Fact]
    public async Task Ketenregisseur_ziet_de_escalatie_op_bord_en_werkplek_met_alleen_een_link()
    {
        var link = await PlaatsAsync(Rollen.Ketenregisseur, Rollen.Ketenregisseur);
        var client = await factory.AlsAsync(Rollen.Ketenregisseur);
        var paginas = new List<string>();
        foreach (var pagina in new[] { "/opvang/bord", "/werkplek" })
        {
            var html = await client.GetStringAsync(pagina);
            Assert.Contains("id=\"nieuw-notificaties\"", html, StringComparison.Ordinal);
            Assert.Contains("Er is iets nieuws:", html, StringComparison.Ordinal);
            Assert.Contains("Een plaatsingsverzoek vraagt aandacht (36-uursklok)", html, StringComparison.Ordinal);
            paginas.Add(html);
        }
        // Only a link, through the notification (opening it marks it read), to the request.
        Assert.Contains(link, await Schakel.Web.Tests.Notificaties.NotificatieLinks.DoelenAsync(client, paginas[1]));
    }

    [Fact]
    public async Task Aanvrager_ziet_de_escalatie_in_het_Engels()
    {
        var link = await PlaatsAsync(Rollen.Zorgcoordinator, null);
        var client = await factory.AlsAsync(Rollen.Zorgcoordinator);
        var bericht = new HttpRequestMessage(HttpMethod.Get, "/opvang/bord");
        bericht.Headers.AcceptLanguage.ParseAdd("en");
        var html = await (await client.SendAsync(bericht)).Content.ReadAsStringAsync();
        Assert.Contains("There is something new:", html, StringComparison.Ordinal);
        Assert.Contains(link, await Schakel.Web.Tests.Notificaties.NotificatieLinks.DoelenAsync(client, html));
    }

    [Fact]
    public async Task Een_andere_organisatie_of_rol_ziet_haar_niet()
    {
        // For the chain director's organisation but another role, and for another organisation.
        var voorBeheer = await PlaatsAsync(Rollen.Ketenregisseur, Rollen.Beheerder);
        var voorShop = await PlaatsAsync(Rollen.Zorgcoordinator, null);
        var ketenregisseur = await factory.AlsAsync(Rollen.Ketenregisseur);
        var doelen = await Schakel.Web.Tests.Notificaties.NotificatieLinks.DoelenAsync(ketenregisseur, await ketenregisseur.GetStringAsync("/opvang/bord"));
        Assert.DoesNotContain(voorBeheer, doelen);
        Assert.DoesNotContain(voorShop, doelen);
        var opsporing = await factory.AlsAsync(Rollen.Opsporing);
        Assert.DoesNotContain(voorShop, await Schakel.Web.Tests.Notificaties.NotificatieLinks.DoelenAsync(opsporing, await opsporing.GetStringAsync("/werkplek")));
    }
}

public sealed class BordNotificatieTestsSqlite(SqliteFactory f) : BordNotificatieTests(f), IClassFixture<SqliteFactory>;

public sealed class BordNotificatieTestsPostgres(PostgresFactory f) : BordNotificatieTests(f), IClassFixture<PostgresFactory>;
