using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Meldpunt.Publiek;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt.Publiek;

/// <summary>
/// Post/redirect/get and the one-time form token on the public report form, the follow-up reply and the
/// staff intake: a reload or a double submit never stores twice, and the receipt code never enters a URL.
/// </summary>
public abstract partial class FormulierHerhalingTests(SchakelFactory factory)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPatroon();

    [GeneratedRegex("name=\"verzendsleutel\" value=\"([^\"]+)\"")]
    private static partial Regex VerzendsleutelPatroon();

    [GeneratedRegex(@"\d{4} \d{4} \d{4} \d{4}")]
    private static partial Regex CodePatroon();

    private sealed record Formulier(string Antiforgery, string Verzendsleutel);

    private static async Task<Formulier> LeesFormulierAsync(HttpClient client, string pad, string? html = null)
    {
        html ??= await client.GetStringAsync(new Uri(pad, UriKind.Relative));
        var sleutel = VerzendsleutelPatroon().Match(html).Groups[1].Value;
        Assert.NotEmpty(sleutel);
        return new Formulier(AntiforgeryPatroon().Match(html).Groups[1].Value, sleutel);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string pad, Dictionary<string, string> velden) =>
        client.PostAsync(new Uri(pad, UriKind.Relative), new FormUrlEncodedContent(velden));

    private static Dictionary<string, string> Melding(Formulier f, string omschrijving) => new()
    {
        ["__RequestVerificationToken"] = f.Antiforgery,
        ["verzendsleutel"] = f.Verzendsleutel,
        ["melderType"] = "burger",
        ["omschrijving"] = omschrijving,
        ["gemeenteCode"] = "GM0518",
        ["acuutGevaar"] = "nee",
    };

    private async Task<int> AantalAsync<T>() where T : class
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<T>().CountAsync();
    }

    private static async Task<string> VolgAsync(HttpClient client, HttpResponseMessage antwoord)
    {
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        return await client.GetStringAsync(antwoord.Headers.Location!);
    }

    private static HttpClient Browser(SchakelFactory f) => f.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Melden_stuurt_door_en_toont_de_code_zonder_url_of_leesbare_cookie()
    {
        var client = Browser(factory);
        var voor = await AantalAsync<Melding>();
        var antwoord = await PostAsync(client, "/melden", Melding(await LeesFormulierAsync(client, "/melden"), "PRG-proef " + Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var html = await VolgAsync(client, antwoord);
        var code = CodePatroon().Match(html).Value;
        Assert.NotEmpty(code);
        var cijfers = code.Replace(" ", "", StringComparison.Ordinal);
        Assert.DoesNotContain(cijfers, antwoord.Headers.Location!.ToString(), StringComparison.Ordinal);
        var cookies = string.Join("\n", antwoord.Headers.GetValues("Set-Cookie"));
        Assert.Contains(Ontvangstweergave.CookieNaam, cookies, StringComparison.Ordinal);
        Assert.DoesNotContain(cijfers, cookies, StringComparison.Ordinal);
        Assert.Contains("httponly", cookies, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookies, StringComparison.OrdinalIgnoreCase);

        // Reloading the result page shows the same code and stores nothing.
        Assert.Contains(code, await client.GetStringAsync(antwoord.Headers.Location), StringComparison.Ordinal);
        Assert.Equal(voor + 1, await AantalAsync<Melding>());
    }

    [Fact]
    public async Task Dubbel_verstuurd_formulier_slaat_een_melding_op_en_toont_dezelfde_code()
    {
        var client = Browser(factory);
        var formulier = await LeesFormulierAsync(client, "/melden");
        var velden = Melding(formulier, "Dubbelklikproef " + Guid.NewGuid());
        var voor = await AantalAsync<Melding>();

        var eerste = await PostAsync(client, "/melden", velden);
        var tweede = await PostAsync(client, "/melden", velden);

        var code1 = CodePatroon().Match(await VolgAsync(client, eerste)).Value;
        var code2 = CodePatroon().Match(await VolgAsync(client, tweede)).Value;
        Assert.NotEmpty(code1);
        Assert.Equal(code1, code2);
        Assert.Equal(voor + 1, await AantalAsync<Melding>());
    }

    [Fact]
    public async Task Zelfde_formulier_met_andere_tekst_wordt_niet_stil_samengevoegd()
    {
        var client = Browser(factory);
        var formulier = await LeesFormulierAsync(client, "/melden");
        await VolgAsync(client, await PostAsync(client, "/melden", Melding(formulier, "Eerste tekst " + Guid.NewGuid())));
        var voor = await AantalAsync<Melding>();

        var antwoord = await PostAsync(client, "/melden", Melding(formulier, "Andere tekst " + Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("al eerder verstuurd", html, StringComparison.Ordinal);
        Assert.NotEqual(formulier.Verzendsleutel, (await LeesFormulierAsync(client, "/melden", html)).Verzendsleutel);
        Assert.Equal(voor, await AantalAsync<Melding>());
    }

    [Fact]
    public async Task Een_ongeldig_aantal_slaat_niets_op_en_noemt_alle_fouten()
    {
        var client = Browser(factory);
        var velden = Melding(await LeesFormulierAsync(client, "/melden"), "");
        velden["betrokkenen-aantal"] = "veel";
        var voor = await AantalAsync<Melding>();

        var antwoord = await PostAsync(client, "/melden", velden);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#betrokkenen-aantal\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#omschrijving\"", html, StringComparison.Ordinal);
        Assert.Equal(voor, await AantalAsync<Melding>());

        // With only the number wrong, the report is still not stored.
        velden["omschrijving"] = "Aantalproef " + Guid.NewGuid();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "/melden", velden)).StatusCode);
        Assert.Equal(voor, await AantalAsync<Melding>());
    }

    [Fact]
    public async Task Een_reactie_stuurt_door_en_een_herhaalde_reactie_wordt_niet_dubbel_opgeslagen()
    {
        var code = await factory.CreateClient().MeldEnGeefCodeAsync();
        var client = Browser(factory);
        var html = await (await PostAsync(client, "/opvolgen", new()
        {
            ["__RequestVerificationToken"] = (await LeesAntiforgeryAsync(client, "/opvolgen")),
            ["code"] = code,
        })).Content.ReadAsStringAsync();
        var formulier = await LeesFormulierAsync(client, "/opvolgen", html);
        var velden = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = formulier.Antiforgery,
            ["verzendsleutel"] = formulier.Verzendsleutel,
            ["code"] = code,
            ["tekst"] = "Nog een aanvulling " + Guid.NewGuid(),
        };
        var voor = await AantalAsync<MeldingBericht>();

        var antwoord = await PostAsync(client, "/opvolgen?handler=Reageer", velden);
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.DoesNotContain(code.Replace(" ", "", StringComparison.Ordinal), antwoord.Headers.Location!.ToString(), StringComparison.Ordinal);
        var pagina = await client.GetStringAsync(antwoord.Headers.Location);
        Assert.Contains(velden["tekst"], pagina, StringComparison.Ordinal);
        Assert.Contains("data-status", pagina, StringComparison.Ordinal);

        // A reload of that page shows the code form again: the carrier was read once and deleted.
        Assert.DoesNotContain(velden["tekst"], await client.GetStringAsync(antwoord.Headers.Location), StringComparison.Ordinal);

        // The same post resent (back button, resubmit) is stored once.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, "/opvolgen?handler=Reageer", velden)).StatusCode);
        Assert.Equal(voor + 1, await AantalAsync<MeldingBericht>());
    }

    [Fact]
    public async Task Aannemen_door_een_medewerker_stuurt_door_en_dubbel_versturen_slaat_een_melding_op()
    {
        var client = factory.Als(DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv), Rollen.Ketenregisseur);
        const string pad = "/meldpunt/medewerkers/aannemen";
        var formulier = await LeesFormulierAsync(client, pad);
        var velden = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = formulier.Antiforgery,
            ["verzendsleutel"] = formulier.Verzendsleutel,
            ["Invoer.Kanaal"] = "Telefoon",
            ["Invoer.Soort"] = "melding",
            ["Invoer.MelderType"] = "burger",
            ["Invoer.Omschrijving"] = "Beller vertelt over een kas " + Guid.NewGuid(),
            ["Invoer.GemeenteCode"] = "GM0518",
            ["Invoer.Uitbuitingsvormen"] = "arbeid",
        };
        var voor = await AantalAsync<Melding>();

        var eerste = await PostAsync(client, pad, velden);
        var tweede = await PostAsync(client, pad, velden);

        var code = CodePatroon().Match(await VolgAsync(client, eerste)).Value;
        Assert.NotEmpty(code);
        Assert.DoesNotContain(code.Replace(" ", "", StringComparison.Ordinal), eerste.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, tweede.StatusCode);
        Assert.Equal(voor + 1, await AantalAsync<Melding>());
    }

    private static async Task<string> LeesAntiforgeryAsync(HttpClient client, string pad) =>
        AntiforgeryPatroon().Match(await client.GetStringAsync(new Uri(pad, UriKind.Relative))).Groups[1].Value;
}

public sealed class FormulierHerhalingTestsSqlite(MeldpuntSqliteFactory f) : FormulierHerhalingTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class FormulierHerhalingTestsPostgres(MeldpuntPostgresFactory f) : FormulierHerhalingTests(f), IClassFixture<MeldpuntPostgresFactory>;
