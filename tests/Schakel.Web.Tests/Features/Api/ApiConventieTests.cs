using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Features.Api;

/// <summary>The NL API Design Rules as a client sees them: headers, problem+json, media types, OpenAPI.</summary>
public abstract class ApiConventieTests(SchakelFactory factory)
{
    private HttpClient Http() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task OpenApi_document_is_openbaar_met_contact_en_bearer_schema()
    {
        var antwoord = await Http().GetAsync(Pad("/api/v1/openapi.json"));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("1.0.0", Assert.Single(antwoord.Headers.GetValues("API-Version")));
        var doc = await antwoord.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var info = doc.GetProperty("info");
        Assert.Equal("1.0.0", info.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(info.GetProperty("description").GetString()));
        var contact = info.GetProperty("contact");
        Assert.False(string.IsNullOrWhiteSpace(contact.GetProperty("name").GetString()));
        Assert.Contains('@', contact.GetProperty("email").GetString()!);
        Assert.StartsWith("https://", contact.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("bearer", doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal("/api/v1", Assert.Single(doc.GetProperty("servers").EnumerateArray()).GetProperty("url").GetString());
        Assert.True(doc.GetProperty("paths").TryGetProperty("/oauth/token", out _));
        var verificatie = doc.GetProperty("paths").GetProperty("/audit/verificatie").GetProperty("get");
        Assert.True(verificatie.GetProperty("security")[0].TryGetProperty("bearer", out _));
        Assert.False(doc.GetProperty("paths").GetProperty("/oauth/token").GetProperty("post").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task Onbekend_pad_is_404_problem_json()
    {
        var antwoord = await Http().GetAsync(Pad("/api/v1/bestaat-niet"));

        await ProbleemAsync(antwoord, 404);
        Assert.Equal("no-store", antwoord.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/api/v1/openapi.json/")]
    [InlineData("/api/v1/api-clients/")]
    public async Task Schuine_streep_aan_het_eind_is_404_geen_redirect(string pad)
    {
        var antwoord = await Http().GetAsync(Pad(pad));

        await ProbleemAsync(antwoord, 404);
        Assert.Null(antwoord.Headers.Location);
    }

    [Fact]
    public async Task Accept_zonder_json_is_406()
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Get, Pad("/api/v1/openapi.json"));
        verzoek.Headers.Accept.ParseAdd("text/html");

        await ProbleemAsync(await Http().SendAsync(verzoek), 406);
    }

    [Fact]
    public async Task Accept_met_json_of_wildcard_wordt_bediend()
    {
        foreach (var accept in new[] { "application/json", "*/*", "text/html, application/*;q=0.5" })
        {
            var verzoek = new HttpRequestMessage(HttpMethod.Get, Pad("/api/v1/openapi.json"));
            verzoek.Headers.Accept.ParseAdd(accept);
            Assert.Equal(HttpStatusCode.OK, (await Http().SendAsync(verzoek)).StatusCode);
        }
    }

    [Fact]
    public async Task Verkeerd_content_type_is_415()
    {
        var http = await ClientMetTokenAsync(Http, Beheerder);
        var antwoord = await http.PostAsync(Pad("/api/v1/api-clients"), new StringContent("clientId=x", Encoding.UTF8, "text/plain"));

        await ProbleemAsync(antwoord, 415);
    }

    [Fact]
    public async Task Ongeldige_json_is_400_problem_json()
    {
        var http = await ClientMetTokenAsync(Http, Beheerder);
        var antwoord = await http.PostAsync(Pad("/api/v1/api-clients"), new StringContent("{ \"clientId\": ", Encoding.UTF8, "application/json"));

        await ProbleemAsync(antwoord, 400);
    }

    [Fact]
    public async Task Ongeldige_invoer_noemt_alle_velden_tegelijk_in_camelCase()
    {
        var http = await ClientMetTokenAsync(Http, Beheerder);
        var antwoord = await http.PostAsJsonAsync(Pad("/api/v1/api-clients"), new { clientId = "Geen Geldige Id", rollen = new[] { "koning" } });

        var fouten = (await ProbleemAsync(antwoord, 400)).GetProperty("errors");
        Assert.Equal(["clientId", "naam", "organisatieId", "rollen"], fouten.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains("koning", fouten.GetProperty("rollen")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beveiligingsheaders_op_api_en_op_paginas()
    {
        foreach (var pad in new[] { "/api/v1/openapi.json", "/api/v1/bestaat-niet", "/", "/health/live" })
        {
            var antwoord = await Http().GetAsync(Pad(pad));
            string Kop(string naam) => string.Join(",", antwoord.Headers.TryGetValues(naam, out var w) ? w : antwoord.Content.Headers.TryGetValues(naam, out var c) ? c : []);

            Assert.Equal("nosniff", Kop("X-Content-Type-Options"));
            Assert.Equal("DENY", Kop("X-Frame-Options"));
            Assert.Contains("frame-ancestors 'none'", Kop("Content-Security-Policy"), StringComparison.Ordinal);
            Assert.Contains("default-src 'self'", Kop("Content-Security-Policy"), StringComparison.Ordinal);
            Assert.StartsWith("max-age=", Kop("Strict-Transport-Security"), StringComparison.Ordinal);
            Assert.Equal("no-referrer", Kop("Referrer-Policy"));
        }
    }

    [Fact]
    public async Task Paginas_krijgen_geen_api_versie_en_geen_problem_json()
    {
        var antwoord = await Http().GetAsync(Pad("/health/live"));

        Assert.False(antwoord.Headers.Contains("API-Version"));
    }

    [Fact]
    public async Task Datums_in_utc_met_Z_en_rollen_als_tekst()
    {
        var http = await ClientMetTokenAsync(Http, Beheerder);
        var json = await http.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/api-clients/{Zorgcoordinator}"));

        Assert.EndsWith("Z", json.GetProperty("aangemaakt").GetString(), StringComparison.Ordinal);
        Assert.Equal("zorgcoordinator", json.GetProperty("rollen")[0].GetString());
    }

    [Fact]
    public async Task Een_veldfout_in_leesbare_JSON_zegt_niet_dat_de_JSON_onleesbaar_was()
    {
        // Readable JSON without the receipt code: the field is named, and the detail does not blame the JSON.
        var leeg = await Http().PostAsync(Pad("/api/v1/meldingen/_status"), new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, leeg.StatusCode);
        var probleem = await leeg.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(probleem.GetProperty("errors").TryGetProperty("ontvangstcode", out _), probleem.ToString());
        var detail = probleem.GetProperty("detail").GetString()!;
        Assert.DoesNotContain("JSON", detail, StringComparison.Ordinal);
        Assert.Contains("errors", detail, StringComparison.Ordinal);

        // Broken JSON still says so.
        var kapot = await Http().PostAsync(Pad("/api/v1/meldingen"), new StringContent("{kapot", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, kapot.StatusCode);
        Assert.Contains("JSON", (await kapot.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }
}

public sealed class ApiConventieTestsSqlite(SqliteFactory f) : ApiConventieTests(f), IClassFixture<SqliteFactory>;

public sealed class ApiConventieTestsPostgres(PostgresFactory f) : ApiConventieTests(f), IClassFixture<PostgresFactory>;
