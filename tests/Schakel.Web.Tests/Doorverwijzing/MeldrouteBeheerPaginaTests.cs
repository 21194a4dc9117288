using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Doorverwijzing;

/// <summary>The beheer pages of the reporting route: who may see them, and editing a rule through the form.</summary>
public abstract partial class MeldrouteBeheerPaginaTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid DenHaag = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("'s-Gravenhage"));

    [Fact]
    public async Task Beheerder_ziet_de_regels_en_grondslagen()
    {
        var html = await factory.Als(Rsiv, Rollen.Beheerder).GetStringAsync(new Uri("/beheer/meldroute", UriKind.Relative));
        Assert.Contains("Minderjarige betrokken", html, StringComparison.Ordinal);
        Assert.Contains("/beheer/meldroute/regel/acuut-gevaar", html, StringComparison.Ordinal);
        Assert.Contains("MC-VEILIGTHUIS", html, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> GeenBeheerder => new()
    {
        { "/beheer/meldroute", Rollen.Aandachtsfunctionaris },
        { "/beheer/meldroute", Rollen.Ketenregisseur },
        { "/beheer/meldroute/regel/acuut-gevaar", Rollen.Aandachtsfunctionaris },
        { "/beheer/meldroute/regel", Rollen.Zorgcoordinator },
    };

    [Theory]
    [MemberData(nameof(GeenBeheerder))]
    public async Task Andere_rollen_krijgen_403(string pad, string rol)
    {
        var antwoord = await factory.Als(DenHaag, rol).GetAsync(new Uri(pad, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, antwoord.StatusCode);
    }

    [Fact]
    public async Task Anoniem_wordt_niet_binnengelaten()
    {
        var antwoord = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(new Uri("/beheer/meldroute", UriKind.Relative));
        Assert.Contains(antwoord.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Redirect, HttpStatusCode.Found });
        Assert.DoesNotContain("Minderjarige betrokken", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Onbekende_regel_is_404()
    {
        var antwoord = await factory.Als(Rsiv, Rollen.Beheerder).GetAsync(new Uri("/beheer/meldroute/regel/bestaat-niet", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
    }

    [Fact]
    public async Task Formulier_zonder_reden_toont_de_fout_bij_het_veld_en_met_reden_wordt_een_nieuwe_versie_opgeslagen()
    {
        var beheerder = factory.Als(Rsiv, Rollen.Beheerder);
        const string pad = "/beheer/meldroute/regel/registratie-comensha";
        var formulier = await beheerder.GetStringAsync(new Uri(pad, UriKind.Relative));
        var token = Token().Match(formulier).Groups[1].Value;
        var uitkomsten = WebUtility.HtmlDecode(Textarea("uitkomsten").Match(formulier).Groups[1].Value);
        var voorwaarden = WebUtility.HtmlDecode(Textarea("voorwaarden").Match(formulier).Groups[1].Value);
        Assert.Contains("comensha", uitkomsten, StringComparison.OrdinalIgnoreCase);

        Dictionary<string, string> Velden(string reden) => new()
        {
            ["__RequestVerificationToken"] = token,
            ["Formulier.Nummer"] = "8",
            ["Formulier.Naam"] = "Registratie vermoedelijk slachtoffer",
            ["Formulier.Actief"] = "true",
            ["Formulier.Voorwaarden"] = voorwaarden,
            ["Formulier.Uitkomsten"] = uitkomsten.Replace("landelijk registratiepunt", "landelijk registratie- en coördinatiepunt", StringComparison.Ordinal),
            ["Formulier.Reden"] = reden,
        };

        var zonderReden = await beheerder.PostAsync(new Uri(pad, UriKind.Relative), new FormUrlEncodedContent(Velden("")));
        Assert.Equal(HttpStatusCode.OK, zonderReden.StatusCode);
        var foutHtml = await zonderReden.Content.ReadAsStringAsync();
        Assert.Contains("id=\"reden-fout\"", foutHtml, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"reden-uitleg reden-fout\"", foutHtml, StringComparison.Ordinal);

        var metReden = await beheerder.PostAsync(new Uri(pad, UriKind.Relative), new FormUrlEncodedContent(Velden("Naam CoMensha volledig")));
        Assert.Equal(HttpStatusCode.Redirect, metReden.StatusCode);

        var versies = JsonNode.Parse(await beheerder.GetStringAsync(new Uri("/api/v1/meldroute/regels/registratie-comensha", UriKind.Relative)))!.AsArray();
        Assert.Equal(2, (int)versies[0]!["versie"]!);
        Assert.Contains("coördinatiepunt", (string)versies[0]!["uitkomsten"]![0]!["uitleg"]!, StringComparison.Ordinal);
        Assert.Equal("Naam CoMensha volledig", (string)versies[0]!["reden"]!);
    }

    [Fact]
    public async Task Formulier_zonder_antiforgery_token_wordt_geweigerd()
    {
        var antwoord = await factory.Als(Rsiv, Rollen.Beheerder).PostAsync(new Uri("/beheer/meldroute/regel/acuut-gevaar", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Formulier.Reden"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static Regex Textarea(string id) => new($"<textarea[^>]*id=\"{id}\"[^>]*>([^<]*)</textarea>", RegexOptions.Singleline);
}

public sealed class MeldrouteBeheerPaginaTestsSqlite(DoorverwijzingSqliteFactory f) : MeldrouteBeheerPaginaTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class MeldrouteBeheerPaginaTestsPostgres(DoorverwijzingPostgresFactory f) : MeldrouteBeheerPaginaTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
