using System.Net.Http.Json;
using System.Text.Json;

namespace Schakel.Web.Tests.Meldpunt;

/// <summary>Small helpers for calling the reporting API in tests.</summary>
public static class MeldpuntApi
{
    public static readonly object MinimaleMelding = new
    {
        melderType = "burger",
        omschrijving = "Bij de loods aan de haven slapen elke nacht arbeiders in busjes.",
        gemeenteCode = "GM0518",
        uitbuitingsvormen = new[] { "arbeid" },
        minderjarigBetrokken = "onbekend",
        acuutGevaar = false,
        taal = "nl",
    };

    public static Task<HttpResponseMessage> MeldAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync(new Uri("/api/v1/meldingen", UriKind.Relative), body);

    public static async Task<string> MeldEnGeefCodeAsync(this HttpClient client, object? body = null)
    {
        var antwoord = await client.MeldAsync(body ?? MinimaleMelding);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == System.Net.HttpStatusCode.Created, tekst);
        return JsonDocument.Parse(tekst).RootElement.GetProperty("ontvangstcode").GetString()!;
    }

    public static Task<HttpResponseMessage> StatusAsync(this HttpClient client, string code) =>
        client.PostAsJsonAsync(new Uri("/api/v1/meldingen/_status", UriKind.Relative), new { ontvangstcode = code });

    public static Task<HttpResponseMessage> ReactieAsync(this HttpClient client, string code, string tekst) =>
        client.PostAsJsonAsync(new Uri("/api/v1/meldingen/_reactie", UriKind.Relative), new { ontvangstcode = code, tekst });

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage antwoord) =>
        JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync()).RootElement;

    public static async Task<IReadOnlySet<string>> FoutveldenAsync(this HttpResponseMessage antwoord)
    {
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var json = await antwoord.JsonAsync();
        return json.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }
}
