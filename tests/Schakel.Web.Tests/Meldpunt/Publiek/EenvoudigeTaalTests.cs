using System.Net;
using System.Xml.Linq;
using Schakel.Web.Features.Taal;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt.Publiek;

/// <summary>Easy Dutch (B1) on the report form and the wegwijzer, switched on by its cookie.</summary>
public abstract class EenvoudigeTaalTests(SchakelFactory factory)
{
    private async Task<string> PaginaAsync(string pad, bool eenvoudig)
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Get, new Uri(pad, UriKind.Relative));
        verzoek.Headers.Add("Accept-Language", "nl");
        if (eenvoudig)
        {
            verzoek.Headers.Add("Cookie", $"{EenvoudigeTaal.Cookie}=1");
        }
        var antwoord = await factory.CreateClient().SendAsync(verzoek);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/melden", "Verstuur de melding", "Melding versturen")]
    [InlineData("/melden", "Wanneer was het? (hoeft niet)", "Wanneer ongeveer? (niet verplicht)")]
    [InlineData("/melden", "Is er een kind bij? (jonger dan 18 jaar)", "Is er iemand jonger dan 18?")]
    [InlineData("/wegwijzer", "Wat voor werk doet u?", "In welke sector werkt u?")]
    [InlineData("/wegwijzer", "Laat zien wie mij kan helpen", "Laat zien waar ik terecht kan")]
    [InlineData("/informatie", "Soorten uitbuiting", "Vormen van uitbuiting")]
    [InlineData("/informatie", "Bekijk de lijst met signalen", "Bekijk de signalenkaart")]
    [InlineData("/informatie/arbeid", "Iemand moet hard werken, voor weinig of geen geld.", "Iemand werkt onder zware omstandigheden")]
    [InlineData("/informatie/signalen", "Lijst met signalen", "Signalenkaart")]
    [InlineData("/informatie/signalen", "Eén signaal is nog geen bewijs.", "Eén signaal zegt niet alles.")]
    [InlineData("/opvolgen", "Vul de code in die u kreeg toen u de melding deed.", "Vul uw ontvangstcode in.")]
    [InlineData("/advies", "Stel dan hier uw vraag.", "Stel uw vraag zonder persoonsgegevens")]
    public async Task Eenvoudige_taal_vervangt_de_gewone_tekst(string pad, string eenvoudig, string gewoon)
    {
        var b1 = await PaginaAsync(pad, eenvoudig: true);
        Assert.Contains(eenvoudig, b1, StringComparison.Ordinal);
        Assert.DoesNotContain(gewoon, b1, StringComparison.Ordinal);

        var normaal = await PaginaAsync(pad, eenvoudig: false);
        Assert.Contains(gewoon, normaal, StringComparison.Ordinal);
        Assert.DoesNotContain(eenvoudig, normaal, StringComparison.Ordinal);
    }

    /// <summary>The switch itself is on every public page that has easy-Dutch texts.</summary>
    [Theory]
    [InlineData("/informatie")]
    [InlineData("/informatie/seksueel")]
    [InlineData("/informatie/signalen")]
    [InlineData("/wegwijzer")]
    [InlineData("/melden")]
    [InlineData("/melden/bedankt")]
    [InlineData("/advies")]
    [InlineData("/opvolgen")]
    public async Task De_knop_voor_eenvoudige_taal_staat_op_elke_publieke_pagina(string pad)
    {
        var html = await PaginaAsync(pad, eenvoudig: false);
        Assert.Contains($"action=\"{EenvoudigeTaal.Pad}\"", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"terug\" value=\"{pad}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Elke_eenvoudige_tekst_hoort_bij_een_gewone_tekst()
    {
        var bestand = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Schakel.Web", "Features", "Meldpunt", "Publiek", "PubliekTeksten.resx");
        var namen = XDocument.Load(bestand).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var b1 = namen.Where(n => n.EndsWith(EenvoudigeTaal.Achtervoegsel, StringComparison.Ordinal)).ToList();
        Assert.True(b1.Count >= 60, $"maar {b1.Count} teksten in eenvoudige taal");
        Assert.All(b1, n => Assert.Contains(n[..^EenvoudigeTaal.Achtervoegsel.Length], namen));
    }
}

public sealed class EenvoudigeTaalTestsSqlite(SqliteFactory f) : EenvoudigeTaalTests(f), IClassFixture<SqliteFactory>;

public sealed class EenvoudigeTaalTestsPostgres(PostgresFactory f) : EenvoudigeTaalTests(f), IClassFixture<PostgresFactory>;
