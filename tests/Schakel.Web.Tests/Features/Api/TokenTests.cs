using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Schakel.Web.Data;
using Schakel.Web.Features.ApiClients;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Features.Api;

/// <summary>Client credentials, bearer tokens, roles and client administration.</summary>
public abstract class TokenTests(SchakelFactory factory)
{
    private HttpClient Http() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Goede_gegevens_geven_een_bearer_token_van_een_half_uur()
    {
        var antwoord = await VraagTokenAsync(Http(), Zorgcoordinator, DemoApiClients.Geheim(Zorgcoordinator));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("no-store", antwoord.Headers.CacheControl?.ToString());
        var json = await antwoord.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", json.GetProperty("token_type").GetString());
        Assert.Equal(1800, json.GetProperty("expires_in").GetInt32());
        var token = new JsonWebToken(json.GetProperty("access_token").GetString());
        Assert.Equal("HS256", token.Alg);
        Assert.Equal(Zorgcoordinator, token.Subject);
        Assert.Equal(DemoOrganisaties.IdVan(DemoOrganisaties.Shop).ToString(), token.GetClaim(SchakelClaims.Organisatie).Value);
        Assert.Equal("zorgcoordinator", token.GetClaim("role").Value);
        Assert.InRange(token.ValidTo - token.ValidFrom, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(60));
    }

    [Fact]
    public async Task Http_basic_werkt_ook()
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Post, Pad("/api/v1/oauth/token"))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Beheerder}:{DemoApiClients.Geheim(Beheerder)}")));

        Assert.Equal(HttpStatusCode.OK, (await Http().SendAsync(verzoek)).StatusCode);
    }

    [Fact]
    public async Task Fout_geheim_is_401_invalid_client_en_wordt_geaudit()
    {
        var antwoord = await VraagTokenAsync(Http(), Zorgcoordinator, "fout-geheim-fout-geheim-fout-geheim");

        var json = await ProbleemAsync(antwoord, 401);
        Assert.Equal("invalid_client", json.GetProperty("error").GetString());
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.True(await db.Set<AuditRegel>().AnyAsync(r => r.Actie == TokenEndpoint.Actie && r.ObjectId == Zorgcoordinator && r.Resultaat == AuditResultaat.Geweigerd));
    }

    [Fact]
    public async Task Onbekende_client_is_401_invalid_client()
    {
        var json = await ProbleemAsync(await VraagTokenAsync(Http(), "bestaat-niet", "iets"), 401);
        Assert.Equal("invalid_client", json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Andere_grant_is_400_unsupported_grant_type()
    {
        var json = await ProbleemAsync(await VraagTokenAsync(Http(), Zorgcoordinator, DemoApiClients.Geheim(Zorgcoordinator), "password"), 400);
        Assert.Equal("unsupported_grant_type", json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Zonder_grant_is_400_invalid_request()
    {
        var antwoord = await Http().PostAsync(Pad("/api/v1/oauth/token"), new FormUrlEncodedContent([new("client_id", Zorgcoordinator)]));
        var json = await ProbleemAsync(antwoord, 400);
        Assert.Equal("invalid_request", json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Json_in_plaats_van_formulier_is_415()
    {
        var antwoord = await Http().PostAsJsonAsync(Pad("/api/v1/oauth/token"), new { grant_type = "client_credentials" });
        await ProbleemAsync(antwoord, 415);
        var leeg = await ProbleemAsync(await Http().PostAsync(Pad("/api/v1/oauth/token"), null), 415);
        Assert.Equal("invalid_request", leeg.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Basic_en_formuliervelden_samen_is_400()
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Post, Pad("/api/v1/oauth/token"))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("client_id", Beheerder)]),
        };
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Beheerder}:{DemoApiClients.Geheim(Beheerder)}")));

        var json = await ProbleemAsync(await Http().SendAsync(verzoek), 400);
        Assert.Equal("invalid_request", json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Zonder_token_is_401_problem_json_zonder_redirect()
    {
        var antwoord = await Http().GetAsync(Pad("/api/v1/api-clients"));

        await ProbleemAsync(antwoord, 401);
        Assert.Null(antwoord.Headers.Location);
    }

    [Fact]
    public async Task Vals_token_is_401()
    {
        var http = Http();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.x");
        await ProbleemAsync(await http.GetAsync(Pad("/api/v1/api-clients")), 401);
    }

    [Fact]
    public async Task Met_beheerderstoken_200()
    {
        var http = await ClientMetTokenAsync(Http, Beheerder);
        var antwoord = await http.GetAsync(Pad("/api/v1/api-clients"));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("1.0.0", Assert.Single(antwoord.Headers.GetValues("API-Version")));
        var lijst = await antwoord.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(lijst.EnumerateArray(), c => c.GetProperty("clientId").GetString() == Zorgcoordinator);
        Assert.DoesNotContain("geheim", await antwoord.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Verkeerde_rol_is_403_problem_json()
    {
        var http = await ClientMetTokenAsync(Http, Zorgcoordinator);
        await ProbleemAsync(await http.GetAsync(Pad("/api/v1/api-clients")), 403);
    }

    [Fact]
    public async Task Nieuwe_client_krijgt_eenmalig_geheim_en_gedeactiveerd_werkt_het_token_niet_meer()
    {
        var beheer = await ClientMetTokenAsync(Http, Beheerder);
        var organisatie = DemoOrganisaties.IdVan(DemoOrganisaties.CoMensha);
        var id = $"test-{Guid.NewGuid():N}"[..20];

        var aangemaakt = await beheer.PostAsJsonAsync(Pad("/api/v1/api-clients"), new { clientId = id, naam = "Testkoppeling", organisatieId = organisatie, rollen = new[] { "ketenregisseur", "beheerder" } });
        Assert.Equal(HttpStatusCode.Created, aangemaakt.StatusCode);
        Assert.Equal($"/api/v1/api-clients/{id}", aangemaakt.Headers.Location?.ToString());
        var geheim = (await aangemaakt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientSecret").GetString()!;
        Assert.True(geheim.Length >= 43);

        var eigen = Http();
        eigen.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(Http(), id, geheim));
        Assert.Equal(HttpStatusCode.OK, (await eigen.GetAsync(Pad("/api/v1/api-clients"))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await beheer.PostAsync(Pad($"/api/v1/api-clients/{id}/deactivering"), null)).StatusCode);

        await ProbleemAsync(await eigen.GetAsync(Pad("/api/v1/api-clients")), 401);
        await ProbleemAsync(await VraagTokenAsync(Http(), id, geheim), 401);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var opgeslagen = await db.Set<ApiClient>().SingleAsync(c => c.ClientId == id);
        Assert.NotEqual(geheim, opgeslagen.GeheimHash);
        Assert.Equal(["apiclient.aangemaakt", "apiclient.gedeactiveerd"],
            await db.Set<AuditRegel>().Where(r => r.ObjectId == id && r.Actie.StartsWith("apiclient.") && r.Actie != TokenEndpoint.Actie)
                .OrderBy(r => r.Volgnummer).Select(r => r.Actie).ToListAsync());
    }

    [Fact]
    public async Task Tokens_van_een_inactieve_organisatie_werken_niet_meer()
    {
        var organisatie = new Organisatie { Id = Guid.NewGuid(), Naam = $"Testorganisatie {Guid.NewGuid():N}", Type = Core.Organisaties.OrganisatieType.Ngo };
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            db.Add(organisatie);
            await db.SaveChangesAsync();
        }
        var beheer = await ClientMetTokenAsync(Http, Beheerder);
        var id = $"org-{Guid.NewGuid():N}"[..20];
        var aangemaakt = await beheer.PostAsJsonAsync(Pad("/api/v1/api-clients"), new { clientId = id, naam = "x", organisatieId = organisatie.Id, rollen = new[] { "beheerder" } });
        var geheim = (await aangemaakt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientSecret").GetString()!;
        var eigen = Http();
        eigen.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(Http(), id, geheim));
        Assert.Equal(HttpStatusCode.OK, (await eigen.GetAsync(Pad("/api/v1/api-clients"))).StatusCode);

        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            (await db.Set<Organisatie>().SingleAsync(o => o.Id == organisatie.Id)).Actief = false;
            await db.SaveChangesAsync();
        }

        await ProbleemAsync(await eigen.GetAsync(Pad("/api/v1/api-clients")), 401);
        await ProbleemAsync(await VraagTokenAsync(Http(), id, geheim), 401);
    }

    [Fact]
    public async Task Dubbele_client_id_is_400()
    {
        var beheer = await ClientMetTokenAsync(Http, Beheerder);
        var antwoord = await beheer.PostAsJsonAsync(Pad("/api/v1/api-clients"), new { clientId = Zorgcoordinator, naam = "x", organisatieId = DemoOrganisaties.IdVan(DemoOrganisaties.Shop), rollen = new[] { "zorgcoordinator" } });

        var json = await ProbleemAsync(antwoord, 400);
        Assert.Equal(["clientId"], json.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }
}

public sealed class TokenTestsSqlite(SqliteFactory f) : TokenTests(f), IClassFixture<SqliteFactory>;

public sealed class TokenTestsPostgres(PostgresFactory f) : TokenTests(f), IClassFixture<PostgresFactory>;
