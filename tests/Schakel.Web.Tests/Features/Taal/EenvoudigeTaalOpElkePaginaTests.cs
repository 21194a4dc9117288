using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Features.Taal;

/// <summary>
/// Easy Dutch (B1) beyond the reporting point: the start page, the statements, the partner guide, the knowledge
/// library, the route map, the flow chart, the awareness pages and the public monitor carry the same switch and
/// read their own prose in B1 when it is on; so do a published monitor report and the privacy statement's request section.
/// </summary>
public abstract class EenvoudigeTaalOpElkePaginaTests(SchakelFactory factory)
{
    private const string GepubliceerdRapport = "/monitor/rapport/{gepubliceerd}";

    /// <summary>A published edition's report page (only those are public); one is published when the demo has none.</summary>
    private async Task<string> RapportPadAsync()
    {
        await using var scope = factory.Scope();
        var edities = scope.ServiceProvider.GetRequiredService<MonitorEdities>();
        if ((await edities.LijstAsync(true, default)).FirstOrDefault() is not { } editie)
        {
            var jaar = (await edities.LijstAsync(false, default)).Select(e => e.Jaar).DefaultIfEmpty(2020).Min() - 1;
            editie = (await edities.MaakAsync("DH", jaar, AuditActor.Systeem, "test", default)).Editie!;
            foreach (var stap in new[] { EditieStatus.InReview, EditieStatus.Vastgesteld, EditieStatus.Gepubliceerd })
            {
                Assert.Null((await edities.VolgendeStapAsync(editie.Id, stap, AuditActor.Systeem, "test", default)).Fout);
            }
        }
        return $"/monitor/rapport/{editie.Id}";
    }

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
    [InlineData("/", "Wat wilt u doen?", "Waar wilt u naartoe?")]
    [InlineData("/privacy", "Waarom dit mag", "Op welke grond")]
    [InlineData("/privacy", "Iets vragen over uw gegevens", "Een verzoek doen")]
    [InlineData("/privacy", "Dan kan het twee maanden langer duren.", "die termijn één keer met twee maanden verlengen")]
    [InlineData("/toegankelijkheid", "Hoe wij het testen", "Hoe wij het hebben onderzocht")]
    [InlineData("/colofon", "De website werkt met Schakel.", "De website draait op Schakel")]
    [InlineData("/partnergids", "Zoek hier wie u kan helpen", "Zoek hulp, opvang en meldpunten")]
    [InlineData("/partnergids/meldpunten", "Hier ziet u waar u kunt melden", "Waar u een signaal van mensenhandel kunt melden")]
    [InlineData("/partnergids/opvang", "De adressen zijn geheim.", "Adressen van opvang zijn geheim")]
    [InlineData("/partnergids/zorgcoordinatie", "wie in elke gemeente de hulp voor slachtoffers regelt", "Welke zorgcoördinator slachtoffers")]
    [InlineData("/kennisbank", "Hier staan documenten over mensenhandel.", "Handreikingen, beleid")]
    [InlineData("/meldroutekaart", "Wie helpt bij welke melding", "Wie pakt welk signaal")]
    [InlineData("/stroomschema", "Schema: wie doet wat", "Stroomschema van de keten")]
    [InlineData("/bewustwording", "Trainingen en lessen over mensenhandel", "Menukaart: trainingen en voorlichting")]
    [InlineData("/bewustwording/bijeenkomsten", "Hier ziet u bijeenkomsten", "Komende themabijeenkomsten")]
    [InlineData("/bewustwording/kennispeiling", "Beantwoord een paar korte vragen.", "Deze korte vragenlijst is anoniem")]
    [InlineData("/bewustwording/mijn-aanmelding", "Met de code kunt u afzeggen", "Daarmee kunt u zich afmelden")]
    [InlineData("/monitor/publiek", "Elk jaar laat de regio cijfers zien", "Elk jaar publiceert de regio")]
    [InlineData(GepubliceerdRapport, "Er staan alleen aantallen in.", "Het bevat alleen totalen")]
    [InlineData(GepubliceerdRapport, "Alle rapporten van de monitor", "Alle gepubliceerde edities")]
    public async Task Eenvoudige_taal_vervangt_de_gewone_tekst_en_de_knop_staat_erop(string pad, string eenvoudig, string gewoon)
    {
        if (pad == GepubliceerdRapport)
        {
            pad = await RapportPadAsync();
        }
        var b1 = await PaginaAsync(pad, eenvoudig: true);
        Assert.Contains(eenvoudig, b1, StringComparison.Ordinal);
        Assert.DoesNotContain(gewoon, b1, StringComparison.Ordinal);
        Assert.Contains("aria-pressed=\"true\"", b1, StringComparison.Ordinal);

        var normaal = await PaginaAsync(pad, eenvoudig: false);
        Assert.Contains(gewoon, normaal, StringComparison.Ordinal);
        Assert.DoesNotContain(eenvoudig, normaal, StringComparison.Ordinal);
        Assert.Contains($"action=\"{EenvoudigeTaal.Pad}\"", normaal, StringComparison.Ordinal);
        Assert.Contains($"name=\"terug\" value=\"{pad}\"", normaal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_andere_taal_dan_Nederlands_krijgt_geen_knop_en_geen_eenvoudig_Nederlands()
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Get, new Uri("/privacy", UriKind.Relative));
        verzoek.Headers.Add("Accept-Language", "pl");
        verzoek.Headers.Add("Cookie", $"{EenvoudigeTaal.Cookie}=1");
        var html = await (await factory.CreateClient().SendAsync(verzoek)).Content.ReadAsStringAsync();
        Assert.DoesNotContain($"action=\"{EenvoudigeTaal.Pad}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Waarom dit mag", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }
}

public sealed class EenvoudigeTaalOpElkePaginaTestsSqlite(SqliteFactory f) : EenvoudigeTaalOpElkePaginaTests(f), IClassFixture<SqliteFactory>;

public sealed class EenvoudigeTaalOpElkePaginaTestsPostgres(PostgresFactory f) : EenvoudigeTaalOpElkePaginaTests(f), IClassFixture<PostgresFactory>;
