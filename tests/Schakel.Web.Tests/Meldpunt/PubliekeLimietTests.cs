using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt;

/// <summary>
/// The public report form shares the per-source limit with the API, and only accepted reports count: refused
/// input never locks a reporter out. Past the limit the form comes back as a 429 page in the reporter's
/// language, filled in as typed, with other ways to report, and nothing is stored.
/// </summary>
public abstract partial class PubliekeLimietTests(SchakelFactory factory)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPatroon();

    private const string Getypt = "Op de camping aan de Duinweg wonen arbeiders in caravans zonder water.";

    private static async Task<Func<Dictionary<string, string>, Task<HttpResponseMessage>>> FormulierAsync(HttpClient client)
    {
        var html = await client.GetStringAsync(new Uri("/melden", UriKind.Relative));
        var token = TokenPatroon().Match(html).Groups[1].Value;
        Assert.NotEmpty(token);
        return velden =>
        {
            velden["__RequestVerificationToken"] = token;
            return client.PostAsync(new Uri("/melden", UriKind.Relative), new FormUrlEncodedContent(velden));
        };
    }

    private static Dictionary<string, string> Geldig(string omschrijving) => new()
    {
        ["acuutGevaar"] = "nee",
        ["melderType"] = "burger",
        ["omschrijving"] = omschrijving,
        ["minderjarigBetrokken"] = "onbekend",
    };

    private async Task<int> AantalMeldingenAsync()
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Melding>().CountAsync();
    }

    [Fact]
    public async Task Alleen_aangenomen_meldingen_tellen_en_de_429_pagina_bewaart_de_tekst_in_de_taal_van_de_melder()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dpl%7Cuic%3Dpl");
        var post = await FormulierAsync(client);

        // Refused input (more often than the limit of 3) costs nothing.
        for (var i = 0; i < 5; i++)
        {
            var fout = await post(new Dictionary<string, string> { ["omschrijving"] = "" });
            Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
            Assert.Contains("id=\"fouten\"", await fout.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        for (var i = 0; i < 3; i++)
        {
            var goed = await post(Geldig($"Melding {i}: arbeiders slapen in busjes bij de loods."));
            Assert.Equal(HttpStatusCode.OK, goed.StatusCode);
            Assert.DoesNotContain("id=\"te-veel\"", await goed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var voor = await AantalMeldingenAsync();

        var teVeel = await post(Geldig(Getypt));

        Assert.Equal(HttpStatusCode.TooManyRequests, teVeel.StatusCode);
        Assert.NotNull(teVeel.Headers.RetryAfter);
        var html = await teVeel.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"pl\"", html, StringComparison.Ordinal);
        Assert.Contains("Chwilowo nie możesz nic wysłać", html, StringComparison.Ordinal);
        Assert.Contains("112", html, StringComparison.Ordinal);
        Assert.Contains("0800-7000", html, StringComparison.Ordinal);
        Assert.Contains("0900-8844", html, StringComparison.Ordinal);
        // The typed report is in the form again, ready to send later; nothing was stored.
        Assert.Matches("<textarea[^>]*name=\"omschrijving\"[^>]*>" + Regex.Escape(Getypt) + "</textarea>", html);
        Assert.Matches("<input[^>]*value=\"burger\"[^>]*checked=\"checked\"", html);
        Assert.Equal(voor, await AantalMeldingenAsync());
        // The form and the API draw from one budget per source.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.MeldAsync(MeldpuntApi.MinimaleMelding)).StatusCode);
    }

    [Fact]
    public async Task Te_vaak_een_code_invullen_geeft_een_echte_429_pagina_in_de_taal_van_de_melder()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dro%7Cuic%3Dro");
        var html = await client.GetStringAsync(new Uri("/opvolgen", UriKind.Relative));
        var token = TokenPatroon().Match(html).Groups[1].Value;
        HttpResponseMessage antwoord;
        var pogingen = 0;
        do
        {
            antwoord = await client.PostAsync(new Uri("/opvolgen", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["code"] = "1234-5678-9012",
            }));
        }
        while (antwoord.StatusCode != HttpStatusCode.TooManyRequests && ++pogingen < 10);

        Assert.Equal(HttpStatusCode.TooManyRequests, antwoord.StatusCode);
        Assert.NotNull(antwoord.Headers.RetryAfter);
        Assert.StartsWith("text/html", antwoord.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var pagina = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ro\"", pagina, StringComparison.Ordinal);
        Assert.Contains("Momentan nu puteți introduce un cod", pagina, StringComparison.Ordinal);
        Assert.Contains("tel:112", pagina, StringComparison.Ordinal);
        Assert.Contains("name=\"code\"", pagina, StringComparison.Ordinal);
    }
}

public sealed class PubliekeLimietTestsSqlite(BegrensdeSqliteFactory f) : PubliekeLimietTests(f), IClassFixture<BegrensdeSqliteFactory>;

public sealed class PubliekeLimietTestsPostgres(BegrensdePostgresFactory f) : PubliekeLimietTests(f), IClassFixture<BegrensdePostgresFactory>;
