using System.Net;
using System.Text.RegularExpressions;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;

namespace Schakel.Web.Tests.Features.Installatie;

/// <summary>
/// The pages a public service must have (privacy statement, accessibility statement, colofon) are linked from
/// the footer of every public page in every language, and the defaults of the demo installation apply.
/// </summary>
public abstract class VerklaringenTests(SchakelFactory factory)
{
    public static readonly string[] PubliekePaginas =
        ["/", "/informatie", "/informatie/signalen", "/wegwijzer", "/melden", "/advies", "/opvolgen", "/privacy", "/toegankelijkheid", "/colofon"];

    /// <summary>Per language the words of the three footer links.</summary>
    private static readonly Dictionary<string, string[]> Voetlinks = new()
    {
        ["nl"] = ["Privacy", "Toegankelijkheid", "Colofon"],
        ["en"] = ["Privacy", "Accessibility", "Colophon"],
        ["pl"] = ["Prywatność", "Dostępność", "Stopka redakcyjna"],
        ["bg"] = ["Поверителност", "Достъпност", "Издател"],
        ["ro"] = ["Confidențialitate", "Accesibilitate", "Colofon"],
    };

    public static TheoryData<string, string> PaginasInElkeTaal()
    {
        var data = new TheoryData<string, string>();
        foreach (var pad in PubliekePaginas)
        {
            foreach (var taal in Voetlinks.Keys)
            {
                data.Add(pad, taal);
            }
        }
        return data;
    }

    private async Task<(HttpStatusCode Status, string Html)> HaalAsync(string pad, string taal)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c%3D{taal}%7Cuic%3D{taal}");
        var antwoord = await client.GetAsync(new Uri(pad, UriKind.Relative));
        return (antwoord.StatusCode, await antwoord.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(PaginasInElkeTaal))]
    public async Task Elke_publieke_pagina_linkt_in_de_voet_naar_de_verklaringen(string pad, string taal)
    {
        var (status, html) = await HaalAsync(pad, taal);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<html lang=\"{taal}\"", html, StringComparison.Ordinal);
        var voet = html[html.IndexOf("<footer", StringComparison.Ordinal)..];
        var woorden = Voetlinks[taal];
        Assert.Matches($"<a [^>]*href=\"/privacy\">{Regex.Escape(woorden[0])}</a>", voet);
        Assert.Matches($"<a [^>]*href=\"/toegankelijkheid\">{Regex.Escape(woorden[1])}</a>", voet);
        Assert.Matches($"<a [^>]*href=\"/colofon\">{Regex.Escape(woorden[2])}</a>", voet);
        Assert.Contains("Schakel (voorbeeldinstallatie)", voet, StringComparison.Ordinal);
        Assert.Matches("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg(\\+|&#x2B;)xml\"", html);
    }

    [Theory]
    [InlineData("/meldpunt/medewerkers/aannemen")]
    [InlineData("/meldpunt/medewerkers")]
    public async Task Ook_de_paginas_voor_medewerkers_linken_naar_de_verklaringen(string pad)
    {
        var client = factory.Als(DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv), Rollen.Ketenregisseur);

        var html = await client.GetStringAsync(new Uri(pad, UriKind.Relative));

        Assert.Contains("schakel-werkplek", html, StringComparison.Ordinal);
        var voet = html[html.IndexOf("<footer", StringComparison.Ordinal)..];
        Assert.Matches("<a [^>]*href=\"/privacy\">Privacy</a>", voet);
        Assert.Matches("<a [^>]*href=\"/toegankelijkheid\">Toegankelijkheid</a>", voet);
        Assert.Matches("<a [^>]*href=\"/colofon\">Colofon</a>", voet);
        Assert.Contains("class=\"utrecht-root schakel-neutraal-theme schakel-theme\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Privacyverklaring", "Autoriteit Persoonsgegevens")]
    [InlineData("en", "Privacy statement", "Autoriteit Persoonsgegevens")]
    [InlineData("pl", "Oświadczenie o prywatności", "Autoriteit Persoonsgegevens")]
    [InlineData("bg", "Декларация за поверителност", "Autoriteit Persoonsgegevens")]
    [InlineData("ro", "Declarație de confidențialitate", "Autoriteit Persoonsgegevens")]
    public async Task De_privacyverklaring_noemt_grondslag_termijn_rechten_en_de_functionaris(string taal, string titel, string toezichthouder)
    {
        var (status, html) = await HaalAsync("/privacy", taal);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<h1 class=\"utrecht-heading-1\">{titel}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("6", html, StringComparison.Ordinal);
        Assert.Contains(toezichthouder, html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:fg@schakel.example\"", html, StringComparison.Ordinal);
        // No retention term was configured, and Schakel deletes nothing by itself yet: the statement says so.
        Assert.Contains("14", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Toegankelijkheidsverklaring", "Nationale ombudsman", "5 december 2026")]
    [InlineData("en", "Accessibility statement", "Nationale ombudsman", "5 December 2026")]
    [InlineData("pl", "Deklaracja dostępności", "Nationale ombudsman", "5 grudnia 2026")]
    [InlineData("bg", "Декларация за достъпност", "Nationale ombudsman", "5 декември 2026")]
    [InlineData("ro", "Declarație de accesibilitate", "Nationale ombudsman", "5 decembrie 2026")]
    public async Task De_toegankelijkheidsverklaring_volgt_het_model(string taal, string titel, string handhaving, string datum)
    {
        var (status, html) = await HaalAsync("/toegankelijkheid", taal);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<h1 class=\"utrecht-heading-1\">{titel}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-status=\"C\"", html, StringComparison.Ordinal);
        Assert.Contains(datum, html, StringComparison.Ordinal);
        Assert.Contains(handhaving, html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:toegankelijkheid@schakel.example\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("~/favicon.svg", "image/svg+xml")]
    [InlineData("~/icoon.png", "image/png")]
    [InlineData("~/favicon.ico", "image/x-icon")]
    [InlineData("https://cdn.gemeente.example/logo.webp?v=2", "image/webp")]
    [InlineData("~/icoon", null)]
    public void Het_type_van_het_icoon_volgt_het_bestand(string favicon, string? type)
    {
        Assert.Equal(type, new Schakel.Web.Features.Installatie.InstallatieOpties { Favicon = favicon }.FaviconType);
    }

    [Theory]
    [InlineData("/favicon.svg", "image/svg+xml")]
    [InlineData("/favicon.ico", "image/x-icon")]
    public async Task Het_icoon_wordt_geserveerd(string pad, string type)
    {
        var antwoord = await factory.CreateClient().GetAsync(new Uri(pad, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal(type, antwoord.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class VerklaringenTestsSqlite(MeldpuntSqliteFactory f) : VerklaringenTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class VerklaringenTestsPostgres(MeldpuntPostgresFactory f) : VerklaringenTests(f), IClassFixture<MeldpuntPostgresFactory>;
