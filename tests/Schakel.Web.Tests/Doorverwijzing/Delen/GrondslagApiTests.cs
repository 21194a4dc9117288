using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Doorverwijzing.Delen;

/// <summary>
/// The legal basis per receiver through the API, on both databases: the dry run and the route proposal carry the
/// proposed basis with its code and name, the basis fits the receiver, and an unfitting one is refused with an
/// explanation in the reader's language. Consent as a ground for care coordination is off unless the region sets it.
/// </summary>
public abstract class GrondslagApiTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid DenHaag = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("'s-Gravenhage"));
    private static readonly Guid Politie = DemoOrganisaties.IdVan(DemoOrganisaties.Politie);

    protected HttpClient Medewerker => factory.Als(Rsiv, Rollen.Aandachtsfunctionaris);

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    /// <summary>Every default rule (the body that makes it apply in Den Haag) × each receiver it names: basis code and level.</summary>
    public static TheoryData<string, string, string, string?, string> Matrix => new()
    {
        { "acuut-gevaar", """{"acuutGevaar":true}""", DemoOrganisaties.Politie, "OPS-WPG", "volledig" },
        { "minderjarige", """{"minderjarigBetrokken":"ja"}""", DemoOrganisaties.VeiligThuisHaaglanden, "MC-VEILIGTHUIS", "volledig" },
        { "minderjarige", """{"minderjarigBetrokken":"ja"}""", DemoOrganisaties.Shop, null, "geen" },
        { "slachtofferkant", """{"zijde":"slachtofferkant"}""", DemoOrganisaties.Shop, null, "geen" },
        { "daderkant-aanknopingspunt", """{"zijde":"daderkant","aanknopingspunt":["bedrijf"]}""", DemoOrganisaties.Politie, "OPS-WPG", "volledig" },
        { "daderkant-aanknopingspunt", """{"zijde":"daderkant","aanknopingspunt":["bedrijf"]}""", DemoOrganisaties.Riec, "MC-RIEC", "volledig" },
        { "arbeidsuitbuiting", """{"uitbuitingsvormen":["arbeid"]}""", DemoOrganisaties.Nla, "OPS-BOD", "volledig" },
        { "arbeidsuitbuiting", """{"uitbuitingsvormen":["arbeid"]}""", DemoOrganisaties.Politie, "OPS-WPG", "gepseudonimiseerd" },
        { "illegale-prostitutie-malafide-bedrijf", """{"illegaleProstitutieOfMalafideBedrijf":true}""", DemoOrganisaties.Heit, "TZ-AWB", "volledig" },
        { "illegale-prostitutie-malafide-bedrijf", """{"illegaleProstitutieOfMalafideBedrijf":true}""", DemoOrganisaties.GemeenteNaam("'s-Gravenhage"), null, "geen" },
        { "melder-gemeentemedewerker", """{"melderIsGemeentemedewerker":true}""", DemoOrganisaties.GemeenteNaam("'s-Gravenhage"), null, "geen" },
        { "registratie-comensha", """{"zijde":"slachtofferkant"}""", DemoOrganisaties.CoMensha, "MC-COMENSHA", "gepseudonimiseerd" },
        { "gemeente-informeren", """{}""", DemoOrganisaties.GemeenteNaam("'s-Gravenhage"), null, "geen" },
    };

    private async Task<JsonNode> ToetsAsync(string kenmerken, string taal = "nl")
    {
        var body = JsonNode.Parse(kenmerken)!.AsObject();
        body["gemeenteCode"] = "GM0518";
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, Pad("/api/v1/meldroute/_toetsen"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        verzoek.Headers.AcceptLanguage.ParseAdd(taal);
        var antwoord = await Medewerker.SendAsync(verzoek);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        return JsonNode.Parse(tekst)!;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Toetsen_stelt_per_ontvanger_een_passende_grondslag_voor(string regel, string kenmerken, string ontvanger, string? grondslag, string niveau)
    {
        var toets = await ToetsAsync(kenmerken);

        var voorstel = toets["voorstellen"]!.AsArray().Single(v => (string?)v!["organisatie"]!["naam"] == ontvanger)!;
        Assert.Contains(voorstel["redenen"]!.AsArray(), r => (string?)r!["regel"]!["code"] == regel);
        Assert.Equal(niveau, (string?)voorstel["deelniveau"]);
        Assert.Equal(grondslag, (string?)voorstel["grondslag"]?["code"]);
        if (grondslag is not null)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)voorstel["grondslag"]!["naam"]));
        }
    }

    [Fact]
    public async Task Grondslagnaam_volgt_de_taal_van_de_lezer()
    {
        var nl = await ToetsAsync("""{"acuutGevaar":true}""", "nl");
        var en = await ToetsAsync("""{"acuutGevaar":true}""", "en");

        static string Naam(JsonNode t) => (string)t["voorstellen"]![0]!["grondslag"]!["naam"]!;
        Assert.Contains("Wet politiegegevens", Naam(nl), StringComparison.Ordinal);
        Assert.Contains("Police Data Act", Naam(en), StringComparison.Ordinal);
    }

    private Task<Guid> GetrieerdeMeldingAsync(string zijde = "daderkant") => DelenHulp.GetrieerdeMeldingAsync(factory, zijde);

    private Task<HttpResponseMessage> VerstuurAsync(Guid id, object[] ontvangers, string taal = "nl") => DelenHulp.VerstuurAsync(factory, id, ontvangers, taal);

    private static object Ontvanger(Guid organisatie, string niveau, string? grondslag, bool toestemming = false, string rol = "behandelaar") =>
        DelenHulp.Ontvanger(organisatie, niveau, grondslag, toestemming, rol);


    [Fact]
    public async Task Routevoorstel_draagt_de_grondslag_per_ontvanger()
    {
        var id = await GetrieerdeMeldingAsync();

        var voorstel = JsonNode.Parse(await Medewerker.GetStringAsync(Pad($"/api/v1/meldingen/{id}/routevoorstel")))!["routevoorstel"]!;
        var politie = voorstel["voorstellen"]!.AsArray().Single(v => (Guid)v!["organisatie"]!["id"]! == Politie)!;
        var gemeente = voorstel["voorstellen"]!.AsArray().Single(v => (Guid)v!["organisatie"]!["id"]! == DenHaag)!;
        Assert.Equal("OPS-WPG", (string?)politie["grondslag"]!["code"]);
        // No basis for follow-up is recorded for municipalities (national plan, actions 30–32): no personal data, no basis.
        Assert.Null(gemeente["grondslag"]);
        Assert.Equal("geen", (string?)gemeente["deelniveau"]);
    }

    [Theory]
    [InlineData("nl", "niet bedoeld voor de politie")]
    [InlineData("en", "not meant for the police")]
    public async Task Grondslag_die_niet_bij_de_ontvanger_past_wordt_geweigerd_met_uitleg_en_niets_wordt_opgeslagen(string taal, string uitleg)
    {
        var id = await GetrieerdeMeldingAsync();

        var antwoord = await VerstuurAsync(id, [Ontvanger(Politie, "volledig", "OPS-BOD")], taal);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var fout = (string)JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["errors"]!["ontvangers[0]"]![0]!;
        Assert.Contains(uitleg, fout, StringComparison.Ordinal);
        Assert.Contains("OPS-WPG", fout, StringComparison.Ordinal);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.False(await db.Set<Schakel.Web.Features.Doorverwijzing.Model.DoorverwijzingRij>().AnyAsync(d => d.MeldingId == id));
        Assert.True(await db.Set<AuditRegel>().AnyAsync(r => r.Actie == "doorverwijzing.geweigerd"
            && r.ObjectId == $"{id}:{Politie}" && r.Reden == "grondslag-past-niet-bij-ontvanger"));
    }

    [Fact]
    public async Task Gemeente_met_de_Awb_van_toezichthouders_wordt_geweigerd()
    {
        var id = await GetrieerdeMeldingAsync();

        var antwoord = await VerstuurAsync(id, [Ontvanger(DenHaag, "gepseudonimiseerd", "TZ-AWB", rol: "informeren")]);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Contains("TZ-GEMEENTE", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Toestemming_is_zonder_regionale_instelling_geen_grond_voor_zorgcoordinatie()
    {
        var antwoord = await DelenHulp.ZorgcoordinatieMetToestemmingAsync(factory);

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Contains("vitaal belang", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class DelenToestemmingSqliteFactory : SqliteFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => [new(DeelbeleidOpslag.InstellingToestemmingZorgcoordinatie, "true")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(TestAanmelding.Registreer);
    }
}

public sealed class DelenToestemmingPostgresFactory : PostgresFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => [new(DeelbeleidOpslag.InstellingToestemmingZorgcoordinatie, "true")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(TestAanmelding.Registreer);
    }
}

public sealed class GrondslagApiTestsSqlite(DoorverwijzingSqliteFactory f) : GrondslagApiTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class GrondslagApiTestsPostgres(DoorverwijzingPostgresFactory f) : GrondslagApiTests(f), IClassFixture<DoorverwijzingPostgresFactory>;

/// <summary>The consent setting switched on: the same share is then allowed and recorded with the consent basis.</summary>
public abstract class ToestemmingAanTests(SchakelFactory factory)
{
    [Fact]
    public async Task Met_regionale_instelling_mag_zorgcoordinatie_met_toestemming_volledig_ontvangen()
    {
        var antwoord = await DelenHulp.ZorgcoordinatieMetToestemmingAsync(factory);

        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);
        Assert.True(await db.Set<Schakel.Web.Features.Doorverwijzing.Model.DoorverwijzingRij>()
            .AnyAsync(d => d.OntvangerOrganisatieId == shop && d.GrondslagCode == "MC-TOESTEMMING" && d.ToestemmingSlachtoffer));
    }
}

public sealed class ToestemmingAanTestsSqlite(DelenToestemmingSqliteFactory f) : ToestemmingAanTests(f), IClassFixture<DelenToestemmingSqliteFactory>;

public sealed class ToestemmingAanTestsPostgres(DelenToestemmingPostgresFactory f) : ToestemmingAanTests(f), IClassFixture<DelenToestemmingPostgresFactory>;

/// <summary>A triaged report and a route decision through the API, shared by the sharing tests.</summary>
internal static class DelenHulp
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid Shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);

    private static HttpClient Medewerker(SchakelFactory factory) => factory.Als(Rsiv, Rollen.Aandachtsfunctionaris);

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    public static async Task<Guid> GetrieerdeMeldingAsync(SchakelFactory factory, string zijde = "daderkant")
    {
        Guid id;
        await using (var scope = factory.Scope())
        {
            var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
            {
                MelderType = "professional",
                Omschrijving = "Grondslagproef: arbeiders slapen in een loods.",
                GemeenteCode = "GM0518",
                Uitbuitingsvormen = ["arbeid"],
            }, [], Indiener.Publiek());
            Assert.True(u.Gelukt);
            id = u.MeldingId!.Value;
        }
        var triage = await Medewerker(factory).PutAsJsonAsync(Pad($"/api/v1/meldingen/{id}/triage"), new
        {
            uitbuitingsvormen = new[] { "arbeid" }, indicatoren = Array.Empty<string>(), urgentie = "normaal", minderjarigBetrokken = "nee",
            zijde, gemeenteCode = "GM0518", aanknopingspunten = new[] { new { soort = "bedrijf", waarde = "Grondslagproef BV" } },
        });
        Assert.Equal(HttpStatusCode.OK, triage.StatusCode);
        return id;
    }

    public static object Ontvanger(Guid organisatie, string niveau, string? grondslag, bool toestemming = false, string rol = "behandelaar") => new
    {
        organisatieId = organisatie, rol, deelniveau = niveau, doel = "Opsporing bij een signaal van arbeidsuitbuiting.",
        grondslag, toestemmingSlachtoffer = toestemming,
    };

    public static async Task<HttpResponseMessage> VerstuurAsync(SchakelFactory factory, Guid id, object[] ontvangers, string taal = "nl")
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, Pad($"/api/v1/meldingen/{id}/doorverwijzingen"))
        {
            Content = JsonContent.Create(new { ontvangers, reden = "Grondslagproef: andere keuze dan het voorstel." }),
        };
        verzoek.Headers.AcceptLanguage.ParseAdd(taal);
        return await Medewerker(factory).SendAsync(verzoek);
    }


    /// <summary>SHOP with the consent basis and the victim's recorded consent: the region's setting decides.</summary>
    public static async Task<HttpResponseMessage> ZorgcoordinatieMetToestemmingAsync(SchakelFactory factory)
    {
        var id = await GetrieerdeMeldingAsync(factory, "slachtofferkant");
        return await VerstuurAsync(factory, id, [Ontvanger(Shop, "volledig", "MC-TOESTEMMING", toestemming: true)]);
    }
}
