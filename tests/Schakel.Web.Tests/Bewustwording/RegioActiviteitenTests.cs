using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Bewustwording;

/// <summary>Events and their count for the monitor, the NPST hotel register, the knowledge survey and the join date; on both databases.</summary>
public abstract partial class RegioActiviteitenTests(SchakelFactory factory)
{
    [Fact]
    public async Task Een_gehouden_bijeenkomst_telt_voor_de_deelnemende_gemeente_en_komende_staan_op_de_openbare_lijst()
    {
        var regie = await factory.AlsAsync(Rollen.Ketenregisseur);
        Assert.Contains("href=\"/bewustwording/bijeenkomsten/beheer\"", await regie.GetStringAsync("/werkplek"));
        var titel = "Hotelbijeenkomst " + Guid.NewGuid().ToString("N")[..8];
        var gehouden = DateTime.Now.AddDays(-3);
        var r = await Aanmelden.PostFormAsync(regie, "/bewustwording/bijeenkomsten/beheer", new()
        {
            ["Invoer.Soort"] = "Themabijeenkomst", ["Invoer.Titel"] = titel, ["Invoer.Begin"] = gehouden.ToString("yyyy-MM-ddTHH:mm"),
            ["Invoer.DuurUren"] = "2", ["Invoer.Plaats"] = "Zoetermeer", ["Invoer.Organisatoren"] = "RIEC", ["Invoer.Gemeenten"] = "GM0637",
        });
        Assert.Equal("/bewustwording/bijeenkomsten/beheer", Aanmelden.Pad(r));
        var komend = "Netwerk " + Guid.NewGuid().ToString("N")[..8];
        await Aanmelden.PostFormAsync(regie, "/bewustwording/bijeenkomsten/beheer", new()
        {
            ["Invoer.Soort"] = "RegionaleWeek", ["Invoer.Titel"] = komend, ["Invoer.Begin"] = DateTime.Now.AddDays(20).ToString("yyyy-MM-ddTHH:mm"),
            ["Invoer.DuurUren"] = "3", ["Invoer.Reeks"] = "Regionale Week tegen mensenhandel", ["Invoer.Gemeenten"] = "GM0637",
        });
        Guid id;
        await using (var scope = factory.Scope())
        {
            id = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Bijeenkomst>().Where(b => b.Titel == titel).Select(b => b.Id).SingleAsync();
        }
        var telling = await TelAsync("GM0637");
        var a = await Aanmelden.PostFormAsync(regie, "/bewustwording/bijeenkomsten/beheer", new() { ["id"] = id.ToString(), ["aanwezigen"] = "17" },
            "/bewustwording/bijeenkomsten/beheer?handler=Aanwezigen");
        Assert.Equal("/bewustwording/bijeenkomsten/beheer", Aanmelden.Pad(a));
        var na = await TelAsync("GM0637");
        Assert.Equal(telling.Aanwezigen + 17, na.Aanwezigen);
        Assert.True(na.Gehouden >= 1);
        // The upcoming one has not been held; another municipality does not count either event.
        Assert.Equal(0, (await TelAsync("GM9999")).Gehouden);

        var foutief = await Aanmelden.PostFormAsync(regie, "/bewustwording/bijeenkomsten/beheer", new() { ["Invoer.Titel"] = "", ["Invoer.DuurUren"] = "99" });
        Assert.Equal(HttpStatusCode.BadRequest, foutief.StatusCode);
        var fouthtml = await foutief.Content.ReadAsStringAsync();
        Assert.Contains("id=\"titel-fout\"", fouthtml);
        Assert.Contains("id=\"begin-fout\"", fouthtml);
        Assert.Contains("id=\"duur-fout\"", fouthtml);

        var publiek = await factory.NieuweClient().GetStringAsync("/bewustwording/bijeenkomsten");
        Assert.Contains(komend, publiek);
        Assert.DoesNotContain(titel, publiek);
    }

    private async Task<Bijeenkomstentelling> TelAsync(string gemeente)
    {
        await using var scope = factory.Scope();
        var jaarBegin = DateTimeOffset.UtcNow.AddMonths(-1);
        return await scope.ServiceProvider.GetRequiredService<IBijeenkomstenTelling>().TelAsync(gemeente, jaarBegin, DateTimeOffset.UtcNow.AddYears(1), default);
    }

    [Fact]
    public async Task Het_hotelregister_toont_wanneer_het_certificaat_aan_de_beurt_is_en_telt_per_gemeente()
    {
        var regie = await factory.AlsAsync(Rollen.Ketenregisseur);
        Assert.Contains("href=\"/bewustwording/hotels\"", await regie.GetStringAsync("/werkplek"));
        var naam = "Hotel " + Guid.NewGuid().ToString("N")[..8];
        Dictionary<string, string> Hotel(string n, int personeel, int getraind) => new()
        {
            ["Invoer.Naam"] = n, ["Invoer.GemeenteCode"] = "GM0637", ["Invoer.Soort"] = "Hotel", ["Invoer.Geregistreerd"] = "2026-03-01",
            ["Invoer.Personeel"] = personeel.ToString(), ["Invoer.Getraind"] = getraind.ToString(), ["Invoer.Status"] = "InTraining",
        };
        var voor = await regie.GetStringAsync("/bewustwording/hotels");
        var eerder = Regex.Match(voor, "data-telling=\"gemeente:GM0637\" data-geregistreerd=\"(\\d+)\"") is { Success: true } m ? int.Parse(m.Groups[1].Value) : 0;

        Assert.Equal("/bewustwording/hotels", Aanmelden.Pad(await Aanmelden.PostFormAsync(regie, "/bewustwording/hotels", Hotel(naam, 10, 6))));
        Assert.Equal("/bewustwording/hotels", Aanmelden.Pad(await Aanmelden.PostFormAsync(regie, "/bewustwording/hotels", Hotel(naam + " B", 10, 5))));
        var fout = await Aanmelden.PostFormAsync(regie, "/bewustwording/hotels", Hotel("Te veel", 3, 4));
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Contains("id=\"getraind-fout\"", await fout.Content.ReadAsStringAsync());

        var landelijk = await Aanmelden.PostFormAsync(regie, "/bewustwording/hotels", new()
        {
            ["Cijfer.Jaar"] = "2025", ["Cijfer.Omschrijving"] = "Gecertificeerde hotels in Nederland", ["Cijfer.Aantal"] = "123", ["Cijfer.Bron"] = "Testbron NPST 2025",
        }, "/bewustwording/hotels?handler=Landelijk");
        Assert.Equal("/bewustwording/hotels", Aanmelden.Pad(landelijk));

        var html = await regie.GetStringAsync("/bewustwording/hotels");
        await using var scope = factory.Scope();
        var hotels = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Hotel>().Where(h => h.Naam.StartsWith(naam)).ToListAsync();
        Assert.Equal(2, hotels.Count);
        // 6 of 10 trained is most; 5 of 10 is not.
        Assert.Contains($"data-hotel=\"{hotels.Single(h => h.Naam == naam).Id}\" data-aan-de-beurt=\"ja\"", html);
        Assert.Contains($"data-hotel=\"{hotels.Single(h => h.Naam == naam + " B").Id}\" data-aan-de-beurt=\"nee\"", html);
        Assert.Contains($"data-telling=\"gemeente:GM0637\" data-geregistreerd=\"{eerder + 2}\"", html);
        Assert.Contains("Testbron NPST 2025", html);
        Assert.DoesNotContain("Te veel", html);
    }

    [Fact]
    public async Task De_kennispeiling_is_anoniem_een_dubbele_post_telt_een_keer_en_kleine_aantallen_blijven_verborgen()
    {
        var doelgroep = "extern.sport";
        async Task<HttpResponseMessage> AntwoordAsync(HttpClient client, string sleutel) =>
            await client.PostAsync("/bewustwording/kennispeiling", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Aanmelden.Token(await client.GetStringAsync("/bewustwording/kennispeiling")),
                ["sleutel"] = sleutel, ["doelgroep"] = doelgroep, ["meting"] = "Nulmeting",
                ["scores[signalen]"] = "4", ["scores[melden]"] = "2", ["scores[aandachtsfunctionaris]"] = "3", ["scores[handelen]"] = "5",
            }));
        async Task<string> SleutelAsync(HttpClient client) =>
            Regex.Match(await client.GetStringAsync("/bewustwording/kennispeiling"), "name=\"sleutel\" value=\"([^\"]+)\"").Groups[1].Value;

        var eerste = factory.NieuweClient();
        var sleutel = await SleutelAsync(eerste);
        Assert.Equal(HttpStatusCode.Redirect, (await AntwoordAsync(eerste, sleutel)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AntwoordAsync(eerste, sleutel)).StatusCode);
        var regie = await factory.AlsAsync(Rollen.Ketenregisseur);
        var jaar = DateTime.Now.Year;
        var html = await regie.GetStringAsync("/bewustwording/kennispeiling/resultaten");
        Assert.Contains($"data-peiling=\"{doelgroep}:Nulmeting:{jaar}\" data-aantal=\"1\" data-verborgen=\"ja\"", html);

        for (var i = 0; i < 4; i++)
        {
            var c = factory.NieuweClient();
            Assert.Equal(HttpStatusCode.Redirect, (await AntwoordAsync(c, await SleutelAsync(c))).StatusCode);
        }
        html = await regie.GetStringAsync("/bewustwording/kennispeiling/resultaten");
        Assert.Contains($"data-peiling=\"{doelgroep}:Nulmeting:{jaar}\" data-aantal=\"5\" data-verborgen=\"nee\"", html);

        var fouten = await eerste.PostAsync("/bewustwording/kennispeiling", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Aanmelden.Token(await eerste.GetStringAsync("/bewustwording/kennispeiling")), ["sleutel"] = await SleutelAsync(eerste),
        }));
        Assert.Equal(HttpStatusCode.BadRequest, fouten.StatusCode);
        var foutHtml = await fouten.Content.ReadAsStringAsync();
        Assert.Contains("id=\"doelgroep-fout\"", foutHtml);
        Assert.Contains("id=\"meting-fout\"", foutHtml);
        Assert.Contains("id=\"signalen-fout\"", foutHtml);
    }

    [Fact]
    public async Task De_lijst_van_nieuwe_partners_gebruikt_de_datum_van_toetreden()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var nieuw = new Organisatie { Id = Guid.NewGuid(), Naam = "Nieuwe partner " + Guid.NewGuid().ToString("N")[..6], Type = OrganisatieType.Gemeente, Toegetreden = DateTimeOffset.UtcNow.AddMonths(-2) };
        var oud = new Organisatie { Id = Guid.NewGuid(), Naam = "Oude partner " + Guid.NewGuid().ToString("N")[..6], Type = OrganisatieType.Gemeente, Toegetreden = DateTimeOffset.UtcNow.AddYears(-3) };
        db.AddRange(nieuw, oud);
        await db.SaveChangesAsync();
        var lijst = await scope.ServiceProvider.GetRequiredService<NieuwePartners>().LijstAsync(default);
        // Neither has an account: the join date alone decides.
        Assert.Contains(lijst, p => p.Organisatie.Id == nieuw.Id);
        Assert.DoesNotContain(lijst, p => p.Organisatie.Id == oud.Id);
    }
}

public sealed class RegioActiviteitenTestsSqlite(SqliteFactory factory) : RegioActiviteitenTests(factory), IClassFixture<SqliteFactory>;

public sealed class RegioActiviteitenTestsPostgres(PostgresFactory factory) : RegioActiviteitenTests(factory), IClassFixture<PostgresFactory>;
