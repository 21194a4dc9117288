using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Features.Taal;

/// <summary>The language comes from the switch's cookie, else from Accept-Language, else Dutch.</summary>
public sealed class TaalkeuzeTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private HttpClient Client() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private async Task<(HttpResponseMessage Antwoord, string Html)> HaalStartAsync(string? acceptLanguage = null, string? cookie = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage is not null)
        {
            verzoek.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }
        if (cookie is not null)
        {
            verzoek.Headers.Add("Cookie", cookie);
        }
        var antwoord = await Client().SendAsync(verzoek);
        return (antwoord, await antwoord.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Zonder_voorkeur_is_de_pagina_Nederlands()
    {
        var (antwoord, html) = await HaalStartAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains(">Naar de inhoud</a>", html, StringComparison.Ordinal);
        Assert.Equal(["nl"], antwoord.Content.Headers.ContentLanguage);
    }

    [Theory]
    [InlineData("pl", "pl", "Przejdź do treści")]
    [InlineData("en-GB,en;q=0.8", "en", "Skip to content")]
    [InlineData("bg", "bg", "Към съдържанието")]
    [InlineData("ro-RO", "ro", "Salt la conținut")]
    [InlineData("fr-FR,de;q=0.7", "nl", "Naar de inhoud")]
    public async Task Accept_Language_kiest_een_ondersteunde_taal(string acceptLanguage, string taal, string skiplink)
    {
        var (_, html) = await HaalStartAsync(acceptLanguage);

        Assert.Contains($"<html lang=\"{taal}\"", html, StringComparison.Ordinal);
        Assert.Contains($">{skiplink}</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_cookie_van_de_taalkeuze_gaat_voor_Accept_Language()
    {
        var (_, html) = await HaalStartAsync("en", ".AspNetCore.Culture=c%3Dbg%7Cuic%3Dbg");

        Assert.Contains("<html lang=\"bg\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kiezen_zet_de_cookie_en_stuurt_terug_naar_de_pagina()
    {
        var antwoord = await Client().PostAsync("/taal", Formulier("ro", "/?pagina=2"));

        Assert.Equal(HttpStatusCode.SeeOther, antwoord.StatusCode);
        Assert.Equal("/?pagina=2", antwoord.Headers.Location?.OriginalString);
        var cookie = Assert.Single(antwoord.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Dro%7Cuic%3Dro;", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        var (_, html) = await HaalStartAsync("en", cookie.Split(';')[0]);
        Assert.Contains("<html lang=\"ro\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//elders.example/pad")]
    [InlineData("/\\elders.example")]
    [InlineData("https://elders.example/")]
    [InlineData("")]
    public async Task Terugsturen_gaat_nooit_naar_een_andere_site(string terug)
    {
        var antwoord = await Client().PostAsync("/taal", Formulier("en", terug));

        Assert.Equal(HttpStatusCode.SeeOther, antwoord.StatusCode);
        Assert.Equal("/", antwoord.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Een_onbekende_taal_wordt_geweigerd()
    {
        var antwoord = await Client().PostAsync("/taal", Formulier("fr", "/"));

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.False(antwoord.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Alleen_een_formulier_wordt_aangenomen()
    {
        using var json = new StringContent("{\"taal\":\"en\"}", Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

        var antwoord = await Client().PostAsync("/taal", json);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, antwoord.StatusCode);
    }

    private static FormUrlEncodedContent Formulier(string taal, string terug) =>
        new([new("taal", taal), new("terug", terug)]);
}
