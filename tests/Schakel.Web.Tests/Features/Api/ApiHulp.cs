using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Schakel.Web.Features.ApiClients;

namespace Schakel.Web.Tests.Features.Api;

/// <summary>Tokens for the demo clients, and reading problem+json answers.</summary>
internal static class ApiHulp
{
    public const string Beheerder = "demo-rsiv-den-haag";
    public const string Zorgcoordinator = "demo-shop-den-haag";

    public static async Task<HttpResponseMessage> VraagTokenAsync(HttpClient http, string clientId, string geheim, string grant = "client_credentials") =>
        await http.PostAsync(new Uri("/api/v1/oauth/token", UriKind.Relative), new FormUrlEncodedContent(
            [new("grant_type", grant), new("client_id", clientId), new("client_secret", geheim)]));

    public static async Task<string> TokenAsync(HttpClient http, string clientId, string? geheim = null)
    {
        var antwoord = await VraagTokenAsync(http, clientId, geheim ?? DemoApiClients.Geheim(clientId));
        antwoord.EnsureSuccessStatusCode();
        var json = await antwoord.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("access_token").GetString()!;
    }

    public static async Task<HttpClient> ClientMetTokenAsync(Func<HttpClient> maak, string clientId)
    {
        var http = maak();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(maak(), clientId));
        return http;
    }

    /// <summary>Asserts a problem+json answer with status, title and detail, and returns its body.</summary>
    public static async Task<JsonElement> ProbleemAsync(HttpResponseMessage antwoord, int status)
    {
        Assert.Equal(status, (int)antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var json = await antwoord.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("detail").GetString()));
        Assert.Equal("1.0.0", Assert.Single(antwoord.Headers.GetValues("API-Version")));
        return json;
    }

    public static Uri Pad(string pad) => new(pad, UriKind.Relative);
}
