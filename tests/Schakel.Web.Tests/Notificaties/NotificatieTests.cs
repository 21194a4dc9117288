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
        Assert.Contains("href=\"/doorverwijzingen\"", await ketenregisseur.GetStringAsync("/notificaties"));
        Assert.DoesNotContain("href=\"/doorverwijzingen\"", await beheerder.GetStringAsync("/notificaties"));

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
