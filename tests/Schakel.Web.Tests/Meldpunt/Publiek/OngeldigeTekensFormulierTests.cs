using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt.Publiek;

/// <summary>
/// A refused character (a NUL, a control character) in a public form is shown next to its field and nothing is
/// stored; the rest of the typed text comes back in the field. Earlier the characters were stripped and the report
/// was stored without the sender ever knowing (issue 13).
/// </summary>
public abstract partial class OngeldigeTekensFormulierTests(SchakelFactory factory)
{
    private const string TekenMelding = "Deze tekst bevat tekens die niet zijn toegestaan";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPatroon();

    [GeneratedRegex("name=\"verzendsleutel\" value=\"([^\"]+)\"")]
    private static partial Regex VerzendsleutelPatroon();

    private HttpClient Browser() => factory.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<int> AantalAsync<T>() where T : class
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<T>().CountAsync();
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string pad, Dictionary<string, string> velden) =>
        client.PostAsync(new Uri(pad, UriKind.Relative), new FormUrlEncodedContent(velden));

    [Theory]
    [InlineData("/melden", "omschrijving", "omschrijving")]
    [InlineData("/melden", "plaats", "plaats")]
    [InlineData("/melden", "contact-naam", "contact-naam")]
    [InlineData("/advies", "omschrijving", "omschrijving")]
    public async Task Stuurteken_in_een_veld_slaat_niets_op_en_staat_bij_het_veld(string pad, string veld, string id)
    {
        var client = Browser();
        var html = await client.GetStringAsync(new Uri(pad, UriKind.Relative));
        var kenmerk = Guid.NewGuid().ToString("N");
        var velden = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryPatroon().Match(html).Groups[1].Value,
            ["verzendsleutel"] = VerzendsleutelPatroon().Match(html).Groups[1].Value,
            ["melderType"] = "burger",
            ["omschrijving"] = "Een gewone beschrijving van wat ik zag " + kenmerk,
            ["gemeenteCode"] = "GM0518",
            ["acuutGevaar"] = "nee",
        };
        velden[veld] = "Tekst met een\u0000NUL en een\u0007bel " + kenmerk;
        if (veld == "contact-naam")
        {
            velden["contact-toestemming"] = "true";
        }
        var voor = await AantalAsync<Melding>();

        var antwoord = await PostAsync(client, pad, velden);

        var pagina = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{(int)antwoord.StatusCode}: {pagina[..Math.Min(pagina.Length, 3000)]}");
        Assert.Matches($"id=\"{id}-fout\"[^>]*>.*{TekenMelding}", pagina);
        Assert.Contains($"aria-invalid=\"true\"", pagina, StringComparison.Ordinal);
        // The text as typed, less the refused characters, is still in the form.
        Assert.Contains("Tekst met eenNUL en eenbel " + kenmerk, pagina, StringComparison.Ordinal);
        Assert.Equal(voor, await AantalAsync<Melding>());
    }

    [Fact]
    public async Task Stuurteken_in_een_reactie_slaat_niets_op_en_staat_bij_het_veld()
    {
        var code = await factory.CreateClient().MeldEnGeefCodeAsync();
        var client = Browser();
        var html = await (await PostAsync(client, "/opvolgen", new()
        {
            ["__RequestVerificationToken"] = AntiforgeryPatroon().Match(await client.GetStringAsync(new Uri("/opvolgen", UriKind.Relative))).Groups[1].Value,
            ["code"] = code,
        })).Content.ReadAsStringAsync();
        var kenmerk = Guid.NewGuid().ToString("N");
        var voor = await AantalAsync<MeldingBericht>();

        var antwoord = await PostAsync(client, "/opvolgen?handler=Reageer", new()
        {
            ["__RequestVerificationToken"] = AntiforgeryPatroon().Match(html).Groups[1].Value,
            ["verzendsleutel"] = VerzendsleutelPatroon().Match(html).Groups[1].Value,
            ["code"] = code,
            ["tekst"] = "Aanvulling\u0000 " + kenmerk,
        });

        var pagina = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{(int)antwoord.StatusCode}: {pagina[..Math.Min(pagina.Length, 3000)]}");
        Assert.Matches($"id=\"tekst-fout\"[^>]*>.*{TekenMelding}", pagina);
        Assert.Contains("Aanvulling " + kenmerk, pagina, StringComparison.Ordinal);
        Assert.Equal(voor, await AantalAsync<MeldingBericht>());
    }
}

public sealed class OngeldigeTekensFormulierTestsSqlite(MeldpuntSqliteFactory f) : OngeldigeTekensFormulierTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class OngeldigeTekensFormulierTestsPostgres(MeldpuntPostgresFactory f) : OngeldigeTekensFormulierTests(f), IClassFixture<MeldpuntPostgresFactory>;
