using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Keten;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using Schakel.Web.Features.Keten.Meldroutekaart;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Keten;

/// <summary>The reporting-route map: drawn from the live rules, public without contacts, a new version and a notice on change.</summary>
public abstract class MeldroutekaartTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid DenHaag = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("'s-Gravenhage"));

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    private async Task<JsonNode> KaartAsync()
    {
        var antwoord = await factory.CreateClient().GetAsync(Pad("/api/v1/meldroutekaart"));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
    }

    /// <summary>A focal officer of Midden-Delfland with a recognisable published work contact.</summary>
    private async Task<string> FunctionarisAsync()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var gemeente = await db.Set<Organisatie>().FirstAsync(o => o.Type == OrganisatieType.Gemeente && o.GemeenteCode == "GM1842");
        var merk = "afv-" + Guid.NewGuid().ToString("N")[..8];
        db.Add(new Aandachtsfunctionaris
        {
            Id = Guid.CreateVersion7(), GemeenteCode = "GM1842", OrganisatieId = gemeente.Id, Naam = "Aandachtsfunctionaris OOV " + merk,
            Email = merk + "@midden-delfland.example", Telefoon = "015 380 4111", Afdeling = Aandachtsfunctionarisafdeling.OOV,
            Zijde = Aandachtsfunctionariszijde.Dader, AangesteldOp = new DateOnly(2024, 1, 1),
        });
        await db.SaveChangesAsync();
        return merk;
    }

    [Theory]
    [InlineData(Rollen.Ketenregisseur)]
    [InlineData(Rollen.Aandachtsfunctionaris)]
    [InlineData(Rollen.Zorgcoordinator)]
    [InlineData(Rollen.Opsporing)]
    [InlineData(Rollen.Opvangmedewerker)]
    [InlineData(Rollen.Beheerder)]
    public async Task Elke_professional_in_de_keten_ziet_de_aandachtsfunctionarissen_van_een_gemeente_met_werkcontact(string rol)
    {
        var merk = await FunctionarisAsync();
        var html = WebUtility.HtmlDecode(await factory.Als(Rsiv, rol).GetStringAsync(Pad("/keten/meldroutekaart")));

        Assert.Contains("id=\"gemeente-GM1842\"", html, StringComparison.Ordinal);
        Assert.Contains("Aandachtsfunctionaris OOV " + merk, html, StringComparison.Ordinal);
        Assert.Contains($"mailto:{merk}@midden-delfland.example", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#aandachtsfunctionarissen\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_aandachtsfunctionarissen_staan_niet_op_de_openbare_kaart_en_niet_voor_rollen_buiten_de_keten()
    {
        var merk = await FunctionarisAsync();

        foreach (var pad in new[] { "/meldroutekaart", "/api/v1/meldroutekaart", "/stroomschema" })
        {
            Assert.DoesNotContain(merk, await factory.CreateClient().GetStringAsync(Pad(pad)), StringComparison.Ordinal);
        }
        foreach (var rol in new[] { Rollen.Aanbieder, Rollen.FunctionarisGegevensbescherming })
        {
            var antwoord = await factory.Als(Rsiv, rol).GetAsync(Pad("/keten/meldroutekaart"));
            Assert.NotEqual(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.DoesNotContain(merk, await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var anoniem = await factory.CreateClient().GetAsync(Pad("/keten/meldroutekaart"));
        Assert.DoesNotContain(merk, await anoniem.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kaart_zegt_per_regel_de_aanleiding_in_woorden_en_wie_ontvangt_zonder_token()
    {
        var kaart = await KaartAsync();

        Assert.True((int)kaart["versie"]! >= 1);
        Assert.NotNull(kaart["gewijzigdOp"]);
        var minderjarige = kaart["regels"]!.AsArray().Single(r => (string)r!["code"]! == "minderjarige")!;
        Assert.Equal("er is een minderjarige betrokken", (string)minderjarige["aanleiding"]!);
        var ontvangers = minderjarige["ontvangers"]!.AsArray();
        Assert.Contains(ontvangers, o => (string)o!["type"]! == "veiligThuis" && (string)o!["rol"]! == "behandelaar");
        Assert.Contains(ontvangers, o => (string)o!["type"]! == "zorgcoordinatie" && (string)o!["rol"]! == "informeren");
        Assert.Contains("Veilig Thuis", (string)minderjarige["uitleg"]!["burger"]!, StringComparison.Ordinal);
        Assert.NotNull(minderjarige["uitleg"]!["gemeentemedewerker"]);
    }

    [Fact]
    public async Task Openbare_kaart_toont_geen_interne_contactgegevens_de_kaart_voor_professionals_wel()
    {
        var api = await factory.CreateClient().GetStringAsync(Pad("/api/v1/meldroutekaart"));
        var publiek = await factory.CreateClient().GetStringAsync(Pad("/meldroutekaart"));
        var intern = await factory.Als(DenHaag, Rollen.Aandachtsfunctionaris).GetStringAsync(Pad("/keten/meldroutekaart"));

        foreach (var tekst in new[] { api, publiek })
        {
            Assert.DoesNotContain("070-0000001", tekst, StringComparison.Ordinal);
            Assert.DoesNotContain("zorgcoordinatie@shop", tekst, StringComparison.Ordinal);
            Assert.DoesNotContain("afdeling openbare orde en veiligheid", tekst, StringComparison.Ordinal);
        }
        Assert.Contains("070-0000001", intern, StringComparison.Ordinal);
        Assert.Contains("afdeling openbare orde en veiligheid", intern, StringComparison.Ordinal);
    }

    private Task<List<Schakel.Web.Security.Audit.AuditRegel>> InzagesAsync(string lijst) => DbAsync(db => db.Set<Schakel.Web.Security.Audit.AuditRegel>()
        .Where(r => r.Actie == AandachtsfunctionarisInzage.Actie && r.ObjectId == lijst).OrderBy(r => r.Volgnummer).ToListAsync());

    private async Task<T> DbAsync<T>(Func<SchakelDbContext, Task<T>> doe)
    {
        await using var scope = factory.Scope();
        return await doe(scope.ServiceProvider.GetRequiredService<SchakelDbContext>());
    }

    [Fact]
    public async Task Elke_lezing_van_de_aandachtsfunctionarissen_wordt_vastgelegd_zonder_inhoud()
    {
        var merk = await FunctionarisAsync();
        var actief = await DbAsync(db => db.Set<Aandachtsfunctionaris>().CountAsync(a => a.Actief));
        var voor = (await InzagesAsync(AandachtsfunctionarisInzage.Meldroutekaart)).Count;
        Assert.Contains(merk, await factory.Als(Rsiv, Rollen.Zorgcoordinator).GetStringAsync(Pad("/keten/meldroutekaart")), StringComparison.Ordinal);
        var kaart = await InzagesAsync(AandachtsfunctionarisInzage.Meldroutekaart);
        Assert.Equal(voor + 1, kaart.Count);
        var regel = kaart[^1];
        // Who, when, which list and how many rows; never a name or a contact.
        Assert.Equal((Rsiv, "web", $"rijen {actief}", "gelukt"), (regel.OrganisatieId, regel.Herkomst, regel.Reden, regel.Resultaat));
        Assert.NotNull(regel.ActorId);
        Assert.DoesNotContain(merk, regel.Reden!, StringComparison.Ordinal);

        // The register, on its page and through the API (the list and one officer).
        var alle = await DbAsync(db => db.Set<Aandachtsfunctionaris>().CountAsync());
        var registerVoor = (await InzagesAsync(AandachtsfunctionarisInzage.Register)).Count;
        Assert.Contains(merk, await factory.Als(Rsiv, Rollen.Ketenregisseur).GetStringAsync(Pad("/keten/aandachtsfunctionarissen")), StringComparison.Ordinal);
        var api = factory.AlsApiClient(Rsiv, Rollen.Ketenregisseur);
        var lijst = JsonNode.Parse(await api.GetStringAsync(Pad("/api/v1/aandachtsfunctionarissen")))!.AsArray();
        var register = await InzagesAsync(AandachtsfunctionarisInzage.Register);
        Assert.Equal(registerVoor + 2, register.Count);
        Assert.Equal(["web", "api"], register[^2..].Select(r => r.Herkomst));
        Assert.All(register[^2..], r => Assert.Equal($"rijen {alle}", r.Reden));
        Assert.Equal(alle, lijst.Count);
        var id = lijst.Select(a => (string)a!["id"]!).First();
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(Pad($"/api/v1/aandachtsfunctionarissen/{id}"))).StatusCode);
        Assert.Equal("rijen 1", Assert.Single(await InzagesAsync(id)).Reden);
    }

    [Fact]
    public async Task Kaart_voor_professionals_vraagt_aanmelding()
    {
        var antwoord = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(Pad("/keten/meldroutekaart"));
        Assert.NotEqual(HttpStatusCode.OK, antwoord.StatusCode);
    }

    [Fact]
    public async Task Routewijziging_geeft_een_nieuwe_kaartversie_en_een_notificatie_aan_de_aandachtsfunctionarissen()
    {
        var voor = await KaartAsync();
        int NotificatiesVoor(SchakelDbContext db) => db.Set<Notificatie>()
            .Count(n => n.Soort == NotificatieSoorten.MeldroutekaartGewijzigd && n.OrganisatieId == DenHaag && n.Rol == Rollen.Aandachtsfunctionaris);
        int aantalVoor;
        await using (var scope = factory.Scope())
        {
            aantalVoor = NotificatiesVoor(scope.ServiceProvider.GetRequiredService<SchakelDbContext>());
        }

        var body = new JsonObject
        {
            ["nummer"] = 45,
            ["naam"] = "Orgaanverwijdering",
            ["actief"] = true,
            ["voorwaarden"] = new JsonObject { ["uitbuitingsvormen"] = new JsonArray("orgaanverwijdering") },
            ["uitkomsten"] = new JsonArray(new JsonObject
            {
                ["doeltype"] = "politie", ["bereik"] = "regionaal", ["rol"] = "behandelaar", ["deelniveau"] = "volledig",
                ["uitleg"] = "orgaanverwijdering → {organisatie}",
            }),
            ["reden"] = "Kaarttest: orgaanverwijdering naar de politie",
        }.ToJsonString();
        var wijziging = await factory.Als(Rsiv, Rollen.Beheerder)
            .PutAsync(Pad("/api/v1/meldroute/regels/kaarttest-orgaan"), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, wijziging.StatusCode);

        var na = await KaartAsync();
        Assert.True((int)na["versie"]! > (int)voor["versie"]!);
        Assert.True((DateTimeOffset)na["gewijzigdOp"]! >= (DateTimeOffset)voor["gewijzigdOp"]!);
        var nieuw = na["regels"]!.AsArray().Single(r => (string)r!["code"]! == "kaarttest-orgaan")!;
        Assert.Equal("het gaat om orgaanverwijdering", (string)nieuw["aanleiding"]!);

        await using var na2 = factory.Scope();
        var db = na2.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.Equal(aantalVoor + 1, NotificatiesVoor(db));
        var notificatie = await db.Set<Notificatie>().Where(n => n.Soort == NotificatieSoorten.MeldroutekaartGewijzigd).FirstAsync();
        Assert.Equal(MeldroutekaartNotificaties.KaartPad, notificatie.Link);
        // Only organisations with a focal officer's account hear of it; the shelter has none.
        Assert.False(await db.Set<Notificatie>().AnyAsync(n => n.Soort == NotificatieSoorten.MeldroutekaartGewijzigd
            && n.OrganisatieId == DemoOrganisaties.IdVan(DemoOrganisaties.OpvangHaaglanden)));
    }

    [Theory]
    [InlineData("en", "a minor is involved")]
    [InlineData("pl", "dotyczy to osoby niepełnoletniej")]
    public async Task Openbare_kaart_spreekt_de_taal_van_de_lezer(string taal, string verwacht)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(taal);
        var html = await client.GetStringAsync(Pad("/meldroutekaart"));
        Assert.Contains(verwacht, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }
}

public sealed class MeldroutekaartTestsSqlite(DoorverwijzingSqliteFactory f) : MeldroutekaartTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class MeldroutekaartTestsPostgres(DoorverwijzingPostgresFactory f) : MeldroutekaartTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
