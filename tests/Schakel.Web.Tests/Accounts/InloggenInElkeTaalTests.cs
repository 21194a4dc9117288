using System.Net;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Accounts;

/// <summary>The sign-in pages in every public language: the page, its validation and its errors, no Dutch left.</summary>
public abstract class InloggenInElkeTaalTests(SchakelFactory factory)
{
    private HttpClient In(string taal)
    {
        var client = factory.NieuweClient();
        client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c%3D{taal}%7Cuic%3D{taal}");
        return client;
    }

    [Theory]
    [InlineData("pl", "Logowanie dla profesjonalistów", "Wpisz adres e-mail.", "Adres e-mail lub hasło są nieprawidłowe")]
    [InlineData("bg", "Вход за професионалисти", "Въведете имейл адреса си.", "Имейл адресът или паролата не са верни")]
    [InlineData("ro", "Autentificare pentru profesioniști", "Introduceți adresa de e-mail.", "Adresa de e-mail sau parola nu sunt corecte")]
    [InlineData("en", "Sign in for professionals", "Enter your e-mail address.", "The e-mail address or password is wrong")]
    public async Task Inloggen_staat_in_de_gekozen_taal(string taal, string kop, string verplicht, string mislukt)
    {
        var client = In(taal);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/inloggen"));
        Assert.Contains($"<html lang=\"{taal}\"", html, StringComparison.Ordinal);
        Assert.Contains(kop, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Inloggen voor professionals", html, StringComparison.Ordinal);

        var leeg = WebUtility.HtmlDecode(await (await Aanmelden.PostFormAsync(client, "/inloggen", new() { ["Email"] = "", ["Wachtwoord"] = "" })).Content.ReadAsStringAsync());
        Assert.Contains(verplicht, leeg, StringComparison.Ordinal);
        Assert.DoesNotContain("Vul uw e-mailadres in.", leeg, StringComparison.Ordinal);

        var fout = WebUtility.HtmlDecode(await (await Aanmelden.PostFormAsync(client, "/inloggen",
            new() { ["Email"] = "niemand@demo.schakel.nl", ["Wachtwoord"] = "Fout-wachtwoord-1" })).Content.ReadAsStringAsync());
        Assert.Contains(mislukt, fout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pl", "Wybierz hasło")]
    [InlineData("bg", "Изберете парола")]
    [InlineData("ro", "Alegeți o parolă")]
    public async Task De_uitnodiging_staat_in_de_gekozen_taal(string taal, string titel)
    {
        var html = WebUtility.HtmlDecode(await In(taal).GetStringAsync("/uitnodiging"));
        Assert.Contains(titel, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Wachtwoord kiezen", html, StringComparison.Ordinal);
    }
}

public sealed class InloggenInElkeTaalTestsSqlite(SqliteFactory factory) : InloggenInElkeTaalTests(factory), IClassFixture<SqliteFactory>;

public sealed class InloggenInElkeTaalTestsPostgres(PostgresFactory factory) : InloggenInElkeTaalTests(factory), IClassFixture<PostgresFactory>;
