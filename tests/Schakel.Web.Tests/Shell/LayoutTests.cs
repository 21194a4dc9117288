using System.Net;
using System.Text.RegularExpressions;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Shell;

/// <summary>The landmarks and the keyboard order every page inherits from the layout.</summary>
public sealed partial class LayoutTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task De_skiplink_is_het_eerste_focusbare_element_en_wijst_naar_main()
    {
        var html = await factory.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative));
        var body = html[html.IndexOf("<body", StringComparison.Ordinal)..];

        var eerste = FocusbaarElement().Match(body);
        Assert.True(eerste.Success);
        Assert.Contains("href=\"#inhoud\"", eerste.Value, StringComparison.Ordinal);
        Assert.Contains("<main id=\"inhoud\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Het_hoofdmenu_heeft_een_naam_en_markeert_de_huidige_pagina()
    {
        var html = await factory.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Matches("<nav [^>]*aria-label=\"Hoofdmenu\"", html);
        Assert.Matches("<a [^>]*href=\"/\" aria-current=\"page\">Start</a>", html);
    }

    [Fact]
    public async Task De_taalkeuze_werkt_zonder_JavaScript_en_noemt_elke_taal_in_die_taal()
    {
        var html = await factory.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Matches("<form [^>]*method=\"post\" action=\"/taal\"", html);
        Assert.Contains("value=\"pl\" lang=\"pl\"", html, StringComparison.Ordinal);
        Assert.Contains(">Български</button>", html, StringComparison.Ordinal);
        // The switch is a plain form; the only script on public pages is the quick-exit enhancement,
        // loaded from a file (never inline) and not needed for the switch.
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html);
        Assert.Matches("<button type=\"submit\" name=\"[^\"]+\" value=\"pl\"", html);
    }

    [Theory]
    [InlineData("/lib/utrecht/component-library.css")]
    [InlineData("/lib/voorbeeld-design-tokens/theme.css")]
    [InlineData("/lib/schakel-neutraal-thema/theme.css")]
    [InlineData("/css/schakel.css")]
    public async Task De_stijlbladen_worden_geserveerd(string pad)
    {
        var antwoord = await factory.CreateClient().GetAsync(new Uri(pad, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/css", antwoord.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task De_foutpagina_toont_geen_details()
    {
        var antwoord = await factory.CreateClient().GetAsync(new Uri("/Error", UriKind.Relative));
        var html = await antwoord.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Er ging iets mis", html, StringComparison.Ordinal);
        Assert.Contains("no-store", antwoord.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbekende_pagina_geeft_404_met_de_eigen_foutpagina()
    {
        var antwoord = await factory.CreateClient().GetAsync(new Uri("/bestaat-niet", UriKind.Relative));
        var html = await antwoord.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.Contains("Pagina niet gevonden", html, StringComparison.Ordinal);
        Assert.Contains("Naar de inhoud", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<(a|button|input(?![^>]*type=\"hidden\")|select|textarea)[\\s>][^>]*>")]
    private static partial Regex FocusbaarElement();
}
