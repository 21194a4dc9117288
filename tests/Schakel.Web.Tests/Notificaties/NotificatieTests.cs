using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Notificaties;

public abstract class NotificatieTests(SchakelFactory factory)
{
    [Fact]
    public async Task Een_notificatie_voor_een_rol_bereikt_alleen_die_rol_met_een_mail_zonder_inhoud()
    {
        var rsiv = await OrganisatieIdAsync(DemoOrganisaties.Rsiv);
        var link = "/doorverwijzingen";
        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificatieService>()
                .PlaatsAsync(rsiv, NotificatieSoorten.NieuweDoorverwijzing, link, Rollen.Ketenregisseur);
        }

        var ketenregisseur = await factory.AlsAsync(Rollen.Ketenregisseur);
        var beheerder = await factory.AlsAsync(Rollen.Beheerder);
        var pagina = await ketenregisseur.GetStringAsync("/notificaties");
        Assert.Contains(link, await NotificatieLinks.DoelenAsync(ketenregisseur, pagina));
        // Another role neither sees it nor can open it by its address.
        var id = NotificatieLinks.Paden(pagina).Single();
        Assert.DoesNotContain(id, await beheerder.GetStringAsync("/notificaties"), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await beheerder.GetAsync(id)).StatusCode);

        await using (var scope = factory.Scope())
        {
            var verstuurd = await scope.ServiceProvider.GetRequiredService<NotificatieMail>().VerstuurOpenstaandeAsync();
            Assert.Equal(1, verstuurd);
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<NotificatieMail>().VerstuurOpenstaandeAsync());
        }
        var mails = Directory.GetFiles(factory.MailMap, "*.eml").Select(File.ReadAllText).ToList();
        var mail = Assert.Single(mails, m => m.Contains("ketenregisseur@demo.schakel.nl", StringComparison.Ordinal));
        Assert.DoesNotContain(mails, m => m.Contains("beheerder@demo.schakel.nl", StringComparison.Ordinal));
        Assert.Contains("http://localhost:5080/doorverwijzingen", mail);
        // The body is the fixed text and nothing else: not even the kind of notification.
        var body = mail[(mail.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        Assert.Equal(Normaliseer(NotificatieMail.Tekst("http://localhost:5080/doorverwijzingen")), Normaliseer(body));
    }

    [Fact]
    public async Task Een_link_met_querystring_of_onbekende_soort_wordt_geweigerd_en_niets_opgeslagen()
    {
        var rsiv = await OrganisatieIdAsync(DemoOrganisaties.Rsiv);
        await using var scope = factory.Scope();
        var notificaties = scope.ServiceProvider.GetRequiredService<NotificatieService>();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var voor = await db.Set<Notificatie>().CountAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => notificaties.PlaatsAsync(rsiv, NotificatieSoorten.OpvangEscalatie, "/opvang?naam=Jan"));
        await Assert.ThrowsAsync<ArgumentException>(() => notificaties.PlaatsAsync(rsiv, NotificatieSoorten.OpvangEscalatie, "https://elders.example/x"));
        await Assert.ThrowsAsync<ArgumentException>(() => notificaties.PlaatsAsync(rsiv, "iets", "/opvang"));
        Assert.Equal(voor, await db.Set<Notificatie>().CountAsync());
    }

    [Fact]
    public async Task Gelezen_of_ongelezen_per_medewerker_met_de_teller_van_de_werkplek()
    {
        var rsiv = await OrganisatieIdAsync(DemoOrganisaties.Rsiv);
        var beheerder = await factory.AlsAsync(Rollen.Beheerder);
        var voor = Schakel.Web.Tests.Werkplek.WerkplekAlertTests.Aantal(await beheerder.GetStringAsync("/werkplek"), "/notificaties");
        await using (var scope = factory.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<NotificatieService>();
            await service.PlaatsAsync(rsiv, NotificatieSoorten.OpvangEscalatie, "/opvang/bord", Rollen.Beheerder);
            await service.PlaatsAsync(rsiv, NotificatieSoorten.NieuweDoorverwijzing, "/doorverwijzingen", Rollen.Beheerder);
            // Out of the e-mail queue: the other tests of this class count what waits to be e-mailed.
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            await db.Set<Notificatie>().Where(n => n.Rol == Rollen.Beheerder && n.GemaildOp == null)
                .ExecuteUpdateAsync(u => u.SetProperty(n => n.GemaildOp, DateTimeOffset.UtcNow));
        }
        var werkplek = await beheerder.GetStringAsync("/werkplek");
        Assert.Equal(voor + 2, Schakel.Web.Tests.Werkplek.WerkplekAlertTests.Aantal(werkplek, "/notificaties"));

        // Opening one from the werkplek marks it read for this person: the count drops by one, the page says so.
        var eerste = NotificatieLinks.Paden(await beheerder.GetStringAsync("/notificaties")).First();
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await beheerder.GetAsync(eerste)).StatusCode);
        var lijst = await beheerder.GetStringAsync("/notificaties");
        Assert.Matches($"data-gelezen=\"ja\">\\s*<a class=\"utrecht-link\" href=\"{eerste}\"", lijst);
        Assert.Equal(voor + 1, Schakel.Web.Tests.Werkplek.WerkplekAlertTests.Aantal(await beheerder.GetStringAsync("/werkplek"), "/notificaties"));

        // "Mark all read" (post/redirect/get) leaves nothing unread.
        var token = System.Text.RegularExpressions.Regex.Match(lijst, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var alles = await beheerder.PostAsync(new Uri("/notificaties/AllesGelezen", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, alles.StatusCode);
        Assert.Equal(0, Schakel.Web.Tests.Werkplek.WerkplekAlertTests.Aantal(await beheerder.GetStringAsync("/werkplek"), "/notificaties"));
        Assert.DoesNotContain("data-gelezen=\"nee\"", await beheerder.GetStringAsync("/notificaties"), StringComparison.Ordinal);
    }

    private async Task<Guid> OrganisatieIdAsync(string naam)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Organisatie>().Where(o => o.Naam == naam).Select(o => o.Id).SingleAsync();
    }

    /// <summary>Undoes the quoted-printable transfer encoding; line ends and soft breaks are transport, not content.</summary>
    internal static string Normaliseer(string tekst)
    {
        var zonderZachteEinden = tekst.Replace("=\r\n", "");
        var bytes = new List<byte>();
        for (var i = 0; i < zonderZachteEinden.Length; i++)
        {
            if (zonderZachteEinden[i] == '=' && i + 2 < zonderZachteEinden.Length)
            {
                bytes.Add(Convert.ToByte(zonderZachteEinden.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)zonderZachteEinden[i]);
            }
        }
        return System.Text.Encoding.UTF8.GetString([.. bytes]).Replace("\r\n", "\n").Trim();
    }
}

public sealed class NotificatieTestsSqlite(SqliteFactory factory) : NotificatieTests(factory), IClassFixture<SqliteFactory>;

public sealed class NotificatieTestsPostgres(PostgresFactory factory) : NotificatieTests(factory), IClassFixture<PostgresFactory>;
