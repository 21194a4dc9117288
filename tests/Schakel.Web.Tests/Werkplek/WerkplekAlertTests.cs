using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;
using Schakel.Web.Tests.Notificaties;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Werkplek;

/// <summary>
/// Everything that waits on someone alerts them: a new report, a reporter's reply, a hold on a shelter's bed and
/// its coming expiry, a request that needs a party who may place. Each as a content-free notification with a
/// link to a page the receiver may open, and an e-mail with the fixed text only. The werkplek counts follow.
/// </summary>
public abstract partial class WerkplekAlertTests(SchakelFactory factory)
{
    private const string Basis = "http://localhost:5080";
    private static readonly Guid CrisisVrouwen = DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis vrouwen");
    private static readonly Guid CrisisLocatie = DemoOrganisaties.IdVan("opvanglocatie:Crisisopvang Haaglanden");
    private static readonly Guid CosmVrouwen = DemoOrganisaties.IdVan("plekkenpool:COSM-locatie Amersfoort:COSM vrouwen");

    [Fact]
    public async Task Een_nieuwe_publieke_melding_waarschuwt_het_meldpunt_zonder_inhoud_en_op_het_hele_uur()
    {
        var rsiv = await OrganisatieAsync(DemoOrganisaties.Rsiv);
        var voor = await NotificatiesAsync(rsiv, NotificatieSoorten.NieuweMelding);
        var ketenregisseur = await factory.AlsAsync(Rollen.Ketenregisseur);
        var aantalVoor = Aantal(await ketenregisseur.GetStringAsync("/werkplek"), "/meldpunt/medewerkers");

        await factory.CreateClient().MeldEnGeefCodeAsync();

        var nieuw = (await NotificatiesAsync(rsiv, NotificatieSoorten.NieuweMelding)).ExceptBy(voor.Select(n => n.Id), n => n.Id).ToList();
        Assert.Equal([Rollen.Aandachtsfunctionaris, Rollen.Ketenregisseur], nieuw.Select(n => n.Rol).Order(StringComparer.Ordinal));
        Assert.All(nieuw, n =>
        {
            // To the inbox, not to the report, and at the whole hour like the report's own time.
            Assert.Equal("/meldpunt/medewerkers", n.Link);
            Assert.Equal(0, n.AangemaaktOp.Minute);
            Assert.Equal(0, n.AangemaaktOp.Second);
        });
        var werkplek = await ketenregisseur.GetStringAsync("/werkplek");
        Assert.Contains("Nieuwe melding of adviesvraag bij het meldpunt", werkplek, StringComparison.Ordinal);
        Assert.Equal(aantalVoor + 1, Aantal(werkplek, "/meldpunt/medewerkers"));

        var mails = await VerstuurAsync();
        Assert.Contains(mails, m => m.Aan.Contains("ketenregisseur@demo.schakel.nl", StringComparison.Ordinal) && m.Url == Basis + "/meldpunt/medewerkers");
        Assert.DoesNotContain(mails, m => m.Tekst.Contains("loods", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Een_reactie_van_de_melder_waarschuwt_het_meldpunt_zonder_inhoud()
    {
        var anoniem = factory.CreateClient();
        var code = await anoniem.MeldEnGeefCodeAsync();
        var rsiv = await OrganisatieAsync(DemoOrganisaties.Rsiv);
        var voor = await NotificatiesAsync(rsiv, NotificatieSoorten.MelderReactie);

        var reactie = await anoniem.ReactieAsync(code, "De man die de busjes brengt heet Jansen.");
        Assert.True(reactie.IsSuccessStatusCode, await reactie.Content.ReadAsStringAsync());

        var nieuw = (await NotificatiesAsync(rsiv, NotificatieSoorten.MelderReactie)).ExceptBy(voor.Select(n => n.Id), n => n.Id).ToList();
        Assert.Equal(2, nieuw.Count);
        Assert.All(nieuw, n => Assert.Equal("/meldpunt/medewerkers", n.Link));
        var html = await (await factory.AlsAsync(Rollen.Ketenregisseur)).GetStringAsync("/notificaties");
        Assert.Contains("Een melder heeft gereageerd of iets gevraagd", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Jansen", html, StringComparison.Ordinal);

        var mails = await VerstuurAsync();
        Assert.DoesNotContain(mails, m => m.Tekst.Contains("Jansen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Een_vastgehouden_plek_waarschuwt_de_opvang_en_nog_een_keer_kort_voor_het_verlopen()
    {
        var opvang = await OrganisatieAsync(DemoOrganisaties.OpvangHaaglanden);
        var medewerker = await factory.AlsAsync(Rollen.Opvangmedewerker);
        await VrijAsync();
        var voor = await NotificatiesAsync(opvang, NotificatieSoorten.NieuweReservering);

        var shop = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
        var reservering = await HoudVastAsync(shop, await MaakVerzoekAsync(shop, "onbekend"), CrisisVrouwen, HttpStatusCode.Created);

        var nieuw = Assert.Single((await NotificatiesAsync(opvang, NotificatieSoorten.NieuweReservering)).ExceptBy(voor.Select(n => n.Id), n => n.Id));
        Assert.Equal(Rollen.Opvangmedewerker, nieuw.Rol);
        Assert.Equal("/opvang/mijn-plekken", nieuw.Link);
        var werkplek = await medewerker.GetStringAsync("/werkplek");
        Assert.Contains("Een plek in uw opvang wordt vastgehouden en wacht op uw antwoord", werkplek, StringComparison.Ordinal);
        Assert.Equal(await WachtendeReserveringenAsync(opvang), Aantal(werkplek, "/opvang/mijn-plekken"));
        Assert.True(Aantal(werkplek, "/opvang/mijn-plekken") >= 1);

        // Not yet near its end: no reminder. Ten minutes before: one reminder, however often the clock runs.
        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<OpvangBewaking>().VoerUitAsync(default);
        }
        Assert.Empty(await NotificatiesAsync(opvang, NotificatieSoorten.ReserveringVerlooptBijna));
        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Reservering>().Where(r => r.Id == reservering)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.VerlooptOp, DateTimeOffset.UtcNow.AddMinutes(10)));
        }
        for (var i = 0; i < 2; i++)
        {
            await using var scope = factory.Scope();
            await scope.ServiceProvider.GetRequiredService<OpvangBewaking>().VoerUitAsync(default);
        }
        var herinnering = Assert.Single(await NotificatiesAsync(opvang, NotificatieSoorten.ReserveringVerlooptBijna));
        Assert.Equal(Rollen.Opvangmedewerker, herinnering.Rol);
        Assert.Equal("/opvang/mijn-plekken", herinnering.Link);

        var mails = await VerstuurAsync();
        Assert.Contains(mails, m => m.Aan.Contains("opvangmedewerker@demo.schakel.nl", StringComparison.Ordinal) && m.Url == Basis + "/opvang/mijn-plekken");
    }

    [Fact]
    public async Task Een_verzoek_dat_een_plaatsende_partij_nodig_heeft_waarschuwt_die_partij_en_niet_de_aanvrager()
    {
        var comensha = await OrganisatieAsync(DemoOrganisaties.CoMensha);
        var shopId = await OrganisatieAsync(DemoOrganisaties.Shop);
        var voor = await NotificatiesAsync(comensha, NotificatieSoorten.PlaatsingBevoegdeNodig);

        var shop = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
        await HoudVastAsync(shop, await MaakVerzoekAsync(shop, "ja"), CosmVrouwen, HttpStatusCode.Forbidden);

        var nieuw = (await NotificatiesAsync(comensha, NotificatieSoorten.PlaatsingBevoegdeNodig)).ExceptBy(voor.Select(n => n.Id), n => n.Id).ToList();
        Assert.NotEmpty(nieuw);
        Assert.All(nieuw, n => Assert.Equal("/opvang/bord", n.Link));
        // Only to roles that may open the board the link leads to.
        Assert.All(nieuw, n => Assert.Contains(n.Rol, OpvangToegang.Plaatsers));
        Assert.Empty(await NotificatiesAsync(shopId, NotificatieSoorten.PlaatsingBevoegdeNodig));
    }

    private async Task<Guid> OrganisatieAsync(string naam)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Organisatie>().Where(o => o.Naam == naam).Select(o => o.Id).SingleAsync();
    }

    private async Task<List<Notificatie>> NotificatiesAsync(Guid organisatie, string soort)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Notificatie>().AsNoTracking()
            .Where(n => n.OrganisatieId == organisatie && n.Soort == soort).ToListAsync();
    }

    private async Task<int> WachtendeReserveringenAsync(Guid opvang)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var pools = await (from p in db.Set<Plekkenpool>() join l in db.Set<Opvanglocatie>() on p.OpvanglocatieId equals l.Id
                           where l.OrganisatieId == opvang select p.Id).ToListAsync();
        var actief = await db.Set<Reservering>().Where(r => pools.Contains(r.PlekkenpoolId) && r.Status == ReserveringStatus.Actief).ToListAsync();
        return actief.Count(r => r.VerlooptOp > DateTimeOffset.UtcNow);
    }

    private async Task VrijAsync()
    {
        var opvang = await ClientMetTokenAsync(factory.CreateClient, "demo-opvang-haaglanden");
        var antwoord = await opvang.PutAsJsonAsync(Pad($"/api/v1/opvanglocaties/{CrisisLocatie}/plekkenpools/{CrisisVrouwen}/bezetting"), new { bezet = 0, buitenGebruik = 0 });
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
    }

    private static async Task<Guid> MaakVerzoekAsync(HttpClient http, string b8)
    {
        var antwoord = await http.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new
        {
            geslacht = "vrouw",
            leeftijdscategorie = "van18Tot22",
            uitbuitingsvormen = new[] { "seksueel" },
            talen = new[] { "en" },
            bedenktijdB8 = b8,
            gevondenOp = DateTimeOffset.UtcNow.AddHours(-1),
            gevondenInGemeenteCode = "GM0518",
            urgentie = "acuut",
        });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid?> HoudVastAsync(HttpClient http, Guid verzoek, Guid pool, HttpStatusCode verwacht)
    {
        var bericht = new HttpRequestMessage(HttpMethod.Post, Pad($"/api/v1/plaatsingsverzoeken/{verzoek}/reserveringen"))
        {
            Content = JsonContent.Create(new { plekkenpoolId = pool }),
        };
        bericht.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var antwoord = await http.SendAsync(bericht);
        Assert.True(antwoord.StatusCode == verwacht, await antwoord.Content.ReadAsStringAsync());
        return verwacht == HttpStatusCode.Created ? (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid() : null;
    }

    /// <summary>The count the werkplek shows next to a list's link.</summary>
    internal static int Aantal(string werkplek, string pad)
    {
        var m = Regex.Match(werkplek, $"data-aantal=\"(\\d+)\" data-pad=\"{Regex.Escape(pad)}\"");
        Assert.True(m.Success, $"geen aantal bij {pad}");
        return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record Mail(string Aan, string Tekst, string? Url);

    /// <summary>
    /// Sends what waits and reads every e-mail written so far. Each must be the fixed text with one link into
    /// Schakel and nothing else: that is what makes them content-free.
    /// </summary>
    private async Task<List<Mail>> VerstuurAsync()
    {
        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificatieMail>().VerstuurOpenstaandeAsync();
        }
        var mails = new List<Mail>();
        foreach (var bestand in Directory.Exists(factory.MailMap) ? Directory.GetFiles(factory.MailMap, "*.eml") : [])
        {
            var ruw = await File.ReadAllTextAsync(bestand);
            var kop = ruw[..ruw.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
            var tekst = NotificatieTests.Normaliseer(ruw[(kop.Length + 4)..]);
            var url = Regex.Match(tekst, "https?://\\S+").Value;
            Assert.Equal(NotificatieTests.Normaliseer(NotificatieMail.Tekst(url)), tekst);
            Assert.Contains($"Subject: {NotificatieMail.Onderwerp}", kop, StringComparison.Ordinal);
            mails.Add(new Mail(Regex.Match(kop, "^To: (.*)$", RegexOptions.Multiline).Groups[1].Value, tekst, url));
        }
        return mails;
    }
}

public sealed class WerkplekAlertTestsSqlite(SqliteFactory factory) : WerkplekAlertTests(factory), IClassFixture<SqliteFactory>;

public sealed class WerkplekAlertTestsPostgres(PostgresFactory factory) : WerkplekAlertTests(factory), IClassFixture<PostgresFactory>;
