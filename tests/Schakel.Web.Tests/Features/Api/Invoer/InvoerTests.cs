using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Features.Api.Invoer;

/// <summary>
/// Every input issue 13 found producing a 500, each now a 400 (or 415) problem that names the field, on both
/// databases: PostgreSQL refuses a NUL where SQLite stored it, so the check must come before the database.
/// </summary>
public abstract class InvoerTests(SchakelFactory factory)
{
    public const string Gemeente = "demo-gemeente-gravenhage";
    public const string Opvang = "demo-opvang-haaglanden";

    private HttpClient Anoniem() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> Client(string? clientId) =>
        clientId is null ? Anoniem() : await ClientMetTokenAsync(Anoniem, clientId);

    private static HttpRequestMessage Verzoek(string methode, string pad, string? json, string contentType = "application/json")
    {
        var verzoek = new HttpRequestMessage(new HttpMethod(methode), Pad(pad));
        if (json is not null)
        {
            verzoek.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
            verzoek.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        return verzoek;
    }

    private static async Task<JsonElement> VeldFoutAsync(HttpResponseMessage antwoord, string veld, int status = 400)
    {
        var probleem = await ProbleemAsync(antwoord, status);
        Assert.True(probleem.TryGetProperty("errors", out var fouten), probleem.ToString());
        Assert.True(fouten.TryGetProperty(veld, out _), $"geen fout voor '{veld}' in {fouten}");
        return probleem;
    }

    // The JSON text is sent as written: \ud800 stays an escaped lone surrogate, \u0000 an escaped NUL.
    [Theory]
    [InlineData(null, "POST", "/api/v1/meldingen", """{"soort":"melding","omschrijving":"a\ud800b"}""", "omschrijving")]
    [InlineData(null, "POST", "/api/v1/meldingen/_status", """{"ontvangstcode":"\ud800"}""", "ontvangstcode")]
    [InlineData(null, "POST", "/api/v1/meldingen/_reactie", """{"ontvangstcode":"1234567890123456","tekst":"\udc00"}""", "tekst")]
    [InlineData(null, "POST", "/api/v1/meldingen/_omzetten", """{"ontvangstcode":"\ud800\ud800"}""", "ontvangstcode")]
    [InlineData(Gemeente, "POST", "/api/v1/meldroute/_toetsen", """{"zijde":"\ud800"}""", "zijde")]
    [InlineData(Beheerder, "PUT", "/api/v1/meldroute/regels/acuut-gevaar", """{"omschrijving":"\ud800"}""", "omschrijving")]
    [InlineData(null, "POST", "/api/v1/meldingen", """{"soort":"melding","indicatoren":["a\u0000b"]}""", "indicatoren[0]")]
    [InlineData(null, "POST", "/api/v1/meldingen", """{"soort":"melding","gemeenteCode":"GM\u00000518"}""", "gemeenteCode")]
    [InlineData(null, "POST", "/api/v1/meldingen", """{"soort":"melding","betrokkenen":{"taal":"\u0007"}}""", "betrokkenen.taal")]
    [InlineData(Zorgcoordinator, "POST", "/api/v1/plaatsingsverzoeken", """{"geslacht":"vrouw","gevondenInGemeenteCode":"GM\u00000518"}""", "gevondenInGemeenteCode")]
    [InlineData(Beheerder, "POST", "/api/v1/api-clients", """{"clientId":"x\u0000"}""", "clientId")]
    public async Task Losse_surrogaat_of_stuurteken_in_json_is_400_met_het_veld(string? client, string methode, string pad, string json, string veld)
    {
        var http = await Client(client);

        var antwoord = await http.SendAsync(Verzoek(methode, pad, json));

        await VeldFoutAsync(antwoord, veld);
    }

    [Theory]
    [InlineData(Gemeente, "/api/v1/meldroute/regels/a%01b", "pad")]
    [InlineData(Zorgcoordinator, "/api/v1/opvangcijfers?regio=%00", "regio")]
    [InlineData(Zorgcoordinator, "/api/v1/doorverwijzingen?status=%01", "status")]
    [InlineData(Beheerder, "/api/v1/api-clients/a%1B", "pad")]
    public async Task Stuurteken_in_pad_of_query_is_400_met_de_naam(string client, string pad, string veld)
    {
        var http = await Client(client);

        await VeldFoutAsync(await http.GetAsync(Pad(pad)), veld);
    }

    [Theory]
    [InlineData(Beheerder, "PUT", "/api/v1/plaatsingsbevoegdheid", """{"regels":[null]}""", "regels[0]")]
    [InlineData(Gemeente, "POST", "/api/v1/meldingen/8d7f6e5a-0000-4000-8000-000000000001/doorverwijzingen", """{"ontvangers":[null],"reden":"x"}""", "ontvangers[0]")]
    [InlineData(Gemeente, "PUT", "/api/v1/meldingen/8d7f6e5a-0000-4000-8000-000000000001/triage", """{"aanknopingspunten":[{"soort":"telefoon","waarde":"1"},null]}""", "aanknopingspunten[1]")]
    [InlineData(Zorgcoordinator, "POST", "/api/v1/plaatsingsverzoeken", """{"geslacht":"vrouw","talen":["nl",null]}""", "talen[1]")]
    [InlineData(Zorgcoordinator, "POST", "/api/v1/plaatsingsverzoeken", """{"geslacht":"vrouw","uitgeslotenGemeenten":[null]}""", "uitgeslotenGemeenten[0]")]
    public async Task Null_in_een_lijst_is_400_per_element(string client, string methode, string pad, string json, string veld)
    {
        var http = await Client(client);

        await VeldFoutAsync(await http.SendAsync(Verzoek(methode, pad, json)), veld);
    }

    [Theory]
    [InlineData("""{"geslacht":-1}""", "geslacht")]
    [InlineData("""{"geslacht":"-1"}""", "geslacht")]
    [InlineData("""{"geslacht":1}""", "geslacht")]
    [InlineData("""{"geslacht":"onzin"}""", "geslacht")]
    [InlineData("""{"geslacht":"vrouw","urgentie":7}""", "urgentie")]
    public async Task Enum_alleen_bij_naam_en_de_fout_zegt_niet_dat_de_json_onleesbaar_was(string json, string veld)
    {
        var http = await Client(Zorgcoordinator);

        var probleem = await VeldFoutAsync(await http.SendAsync(Verzoek("POST", "/api/v1/plaatsingsverzoeken", json)), veld);

        Assert.DoesNotContain("JSON", probleem.GetProperty("detail").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    // Vrouw | Man is Man (0 | 1): the sum is a real member, so only the comma itself can give it away.
    [Theory]
    [InlineData("""{"geslacht":"vrouw, man"}""", "geslacht")]
    [InlineData("""{"geslacht":"vrouw,man"}""", "geslacht")]
    [InlineData("""{"geslacht":"man, man"}""", "geslacht")]
    [InlineData("""{"geslacht":"vrouw","urgentie":"normaal, normaal"}""", "urgentie")]
    public async Task Enum_met_meerdere_namen_is_400_ook_als_de_som_een_lid_is(string json, string veld)
    {
        var http = await Client(Zorgcoordinator);
        var voor = await AantalAsync<Schakel.Web.Features.Opvang.Plaatsingsverzoek>();

        await VeldFoutAsync(await http.SendAsync(Verzoek("POST", "/api/v1/plaatsingsverzoeken", json)), veld);
        Assert.Equal(voor, await AantalAsync<Schakel.Web.Features.Opvang.Plaatsingsverzoek>());
    }

    private async Task<int> AantalAsync<T>() where T : class
    {
        await using var scope = factory.Scope();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Schakel.Web.Data.SchakelDbContext>(scope.ServiceProvider).Set<T>());
    }

    [Theory]
    [InlineData("""{"verblijf":-1,"nacht":"2026-01-01"}""", "verblijf")]
    [InlineData("""{"verblijf":"nietBestaand","nacht":"2026-01-01"}""", "verblijf")]
    [InlineData("""{"verblijf":"0","nacht":"2026-01-01"}""", "verblijf")]
    [InlineData("""{"nacht":"0001-01-01"}""", "nacht")]
    public async Task Nacht_zonder_plek_neemt_geen_getal_als_verblijf_en_geen_datum_buiten_de_kalender(string json, string veld)
    {
        var http = await Client(Zorgcoordinator);

        await VeldFoutAsync(await http.SendAsync(Verzoek("POST", "/api/v1/plaatsingsverzoeken/8d7f6e5a-0000-4000-8000-000000000001/nachten-zonder-plek", json)), veld);
        // The overview every coordinator reads still works afterwards.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(Pad("/api/v1/opvangcijfers"))).StatusCode);
    }

    [Theory]
    [InlineData("?van=0001-01-01")]
    [InlineData("?tot=0001-01-01")]
    [InlineData("?van=0001-01-01&tot=0001-01-02")]
    [InlineData("?tot=9999-12-31")]
    [InlineData("?van=2026-01-01&tot=9999-12-31")]
    public async Task Datum_aan_de_rand_van_de_kalender_is_400(string query)
    {
        var http = await Client(Zorgcoordinator);

        await VeldFoutAsync(await http.GetAsync(Pad("/api/v1/opvangcijfers" + query)), "periode");
    }

    [Theory]
    [InlineData("application/json; charset=bogus")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("geen mediatype")]
    public async Task Body_die_geen_utf8_json_is_krijgt_415(string contentType)
    {
        var antwoord = await Anoniem().SendAsync(Verzoek("POST", "/api/v1/meldingen", """{"soort":"melding","omschrijving":"Tekst als platte tekst"}""", contentType));

        await ProbleemAsync(antwoord, 415);
    }

    [Fact]
    public async Task Json_met_utf8_charset_of_zonder_charset_wordt_gelezen()
    {
        foreach (var type in new[] { "application/json; charset=utf-8", "application/json;charset=\"UTF-8\"", "application/json" })
        {
            var antwoord = await Anoniem().SendAsync(Verzoek("POST", "/api/v1/meldingen/_status", """{"ontvangstcode":"0000000000000000"}""", type));
            Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        }
    }

    [Fact]
    public async Task Onleesbare_json_zegt_dat_de_json_onleesbaar_is()
    {
        var http = await Client(Zorgcoordinator);

        var probleem = await ProbleemAsync(await http.SendAsync(Verzoek("POST", "/api/v1/plaatsingsverzoeken", """{"geslacht":""")), 400);

        Assert.Contains("JSON", probleem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_endpoint_formuliersleutel_langer_dan_2048_tekens_is_400()
    {
        var body = $"grant_type=client_credentials&{new string('k', 3000)}=1";
        var antwoord = await Anoniem().SendAsync(Verzoek("POST", "/api/v1/oauth/token", body, "application/x-www-form-urlencoded"));

        await ProbleemAsync(antwoord, 400);
    }

    [Theory]
    [InlineData("client_id")]
    [InlineData("client_secret")]
    [InlineData("grant_type")]
    public async Task Token_endpoint_nul_in_een_formulierwaarde_is_400(string veld)
    {
        var velden = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = Zorgcoordinator,
            ["client_secret"] = "geheim",
        };
        velden[veld] += "%00";
        var body = string.Join('&', velden.Select(v => $"{v.Key}={v.Value}"));

        var antwoord = await Anoniem().SendAsync(Verzoek("POST", "/api/v1/oauth/token", body, "application/x-www-form-urlencoded"));

        // The form is read as text first, so the field is named (the form reader would refuse the whole body).
        await VeldFoutAsync(antwoord, veld);
    }

    [Theory]
    [InlineData("taal=en&terug=/melden%00")]
    [InlineData("taal=e%00n&terug=/melden")]
    public async Task Taalkeuze_met_stuurteken_is_400(string body)
    {
        var antwoord = await Anoniem().SendAsync(Verzoek("POST", "/taal", body, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
    }

    [Fact]
    public async Task Taalkeuze_met_te_lange_formuliersleutel_is_400()
    {
        var antwoord = await Anoniem().SendAsync(Verzoek("POST", "/taal", $"taal=en&{new string('k', 3000)}=1", "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
    }

    [Fact]
    public async Task Elke_post_en_put_van_de_api_weigert_platte_tekst_met_415()
    {
        var http = await Client(Beheerder);
        var document = await http.GetFromJsonAsync<JsonElement>(Pad("/api/v1/openapi.json"));
        var gecontroleerd = 0;
        var basis = OpenApiFuzzTests.Basis(document);
        foreach (var pad in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operatie in pad.Value.EnumerateObject().Where(o => o.Name is "post" or "put" or "patch"))
            {
                if (basis + pad.Name == "/api/v1/oauth/token")
                {
                    continue;
                }
                var url = OpenApiFuzzTests.VulPad(basis + pad.Name, _ => Guid.NewGuid().ToString());
                var antwoord = await http.SendAsync(Verzoek(operatie.Name.ToUpperInvariant(), url, "{}", "text/plain"));
                Assert.True(antwoord.StatusCode == HttpStatusCode.UnsupportedMediaType, $"{operatie.Name} {pad.Name}: {(int)antwoord.StatusCode}");
                Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
                gecontroleerd++;
            }
        }
        Assert.True(gecontroleerd >= 15, $"maar {gecontroleerd} operaties gevonden");
    }

    [Fact]
    public async Task Token_endpoint_neemt_json_niet_als_formulier()
    {
        var antwoord = await Anoniem().SendAsync(Verzoek("POST", "/api/v1/oauth/token", """{"grant_type":"client_credentials"}"""));

        await ProbleemAsync(antwoord, 415);
    }

    [Fact]
    public async Task Post_zonder_body_wordt_niet_om_het_mediatype_geweigerd()
    {
        var http = await Client(Opvang);

        var antwoord = await http.SendAsync(Verzoek("POST", $"/api/v1/reserveringen/{Guid.NewGuid()}/_bevestigen", null));

        Assert.NotEqual(HttpStatusCode.UnsupportedMediaType, antwoord.StatusCode);
        Assert.True((int)antwoord.StatusCode < 500);
    }
}

public sealed class InvoerTestsSqlite(SqliteFactory f) : InvoerTests(f), IClassFixture<SqliteFactory>;

public sealed class InvoerTestsPostgres(PostgresFactory f) : InvoerTests(f), IClassFixture<PostgresFactory>;
