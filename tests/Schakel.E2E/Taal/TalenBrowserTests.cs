using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Taal;

/// <summary>Languages in a real browser: a professional in English, easy Dutch on the signals, sign-in in Polish.</summary>
public sealed class TalenBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Een_beheerder_die_Engels_koos_ziet_geen_Nederlandse_domeintekst()
    {
        var pagina = await app.AangemeldAlsAsync(Rollen.Beheerder);
        await pagina.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = app.Adres.ToString() }]);

        await pagina.GotoAsync("/beheer/organisaties");
        var organisaties = await pagina.Locator("main").InnerTextAsync();
        Assert.Equal("en", await pagina.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("care coordination", organisaties, StringComparison.Ordinal);
        Assert.Contains("investigative authority", organisaties, StringComparison.Ordinal);
        foreach (var nederlands in new[] { "zorgcoördinatie", "opsporingsinstantie", "partij met een meld- of coördinatiefunctie", "PartijMetMeldOfCoordinatiefunctie", "Zorgcoordinatie" })
        {
            Assert.DoesNotContain(nederlands, organisaties, StringComparison.Ordinal);
        }

        await pagina.GotoAsync("/beheer/indicatoren/KWB-04");
        var signaal = await pagina.Locator("main").InnerTextAsync();
        Assert.Contains("Text in other languages", signaal, StringComparison.Ordinal);
        Assert.Contains("Polish", signaal, StringComparison.Ordinal);
        Assert.DoesNotContain("Tekst in andere talen", signaal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eenvoudige_taal_aanzetten_op_de_signalenkaart()
    {
        var pagina = await app.NieuwePaginaAsync();
        await pagina.GotoAsync("/informatie/signalen");
        Assert.Equal(1, await pagina.GetByText("Geen toegang tot medische zorg", new() { Exact = true }).CountAsync());

        await pagina.GetByRole(AriaRole.Button, new() { Name = "Eenvoudige taal" }).ClickAsync();
        await pagina.WaitForURLAsync("**/informatie/signalen");

        Assert.Equal(1, await pagina.GetByText("Mag niet naar een dokter", new() { Exact = true }).CountAsync());
        Assert.Equal("true", await pagina.GetByRole(AriaRole.Button, new() { Name = "Eenvoudige taal" }).GetAttributeAsync("aria-pressed"));
    }

    [Theory]
    [InlineData("pl", "Logowanie dla profesjonalistów")]
    [InlineData("bg", "Вход за професионалисти")]
    [InlineData("ro", "Autentificare pentru profesioniști")]
    public async Task Inloggen_in_een_publieke_taal(string taal, string kop)
    {
        var pagina = await app.NieuwePaginaAsync(taal);
        await pagina.GotoAsync("/inloggen");

        Assert.Equal(kop, (await pagina.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(taal, await pagina.Locator("html").GetAttributeAsync("lang"));
    }
}
