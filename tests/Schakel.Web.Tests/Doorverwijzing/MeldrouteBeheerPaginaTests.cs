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

    private static Dictionary<string, string> Velden(string token, string reden, string nummer = "8", string gemeenten = "", string uitleg =
        "vermoedelijk slachtoffer → registratie bij {organisatie} (landelijk registratie- en coördinatiepunt)") => new()
    {
        ["__RequestVerificationToken"] = token,
        ["Formulier.Nummer"] = nummer,
        ["Formulier.Naam"] = "Registratie vermoedelijk slachtoffer",
        ["Formulier.Actief"] = "true",
        ["Formulier.Zijden"] = "slachtofferkant",
        ["Formulier.GemeenteCodes"] = gemeenten,
        ["Formulier.Uitkomsten[0].Doeltype"] = "coMensha",
        ["Formulier.Uitkomsten[0].Bereik"] = "landelijk",
        ["Formulier.Uitkomsten[0].Rol"] = "informeren",
        ["Formulier.Uitkomsten[0].Deelniveau"] = "gepseudonimiseerd",
        ["Formulier.Uitkomsten[0].Uitleg"] = uitleg,
        ["Formulier.Uitkomsten[1].Doeltype"] = "",
        ["Formulier.Uitkomsten[1].Uitleg"] = "",
        ["Formulier.Reden"] = reden,
    };

    [Fact]
    public async Task Formulier_heeft_een_veld_per_voorwaarde_en_uitkomst_en_geen_JSON()
    {
        var formulier = await factory.Als(Rsiv, Rollen.Beheerder).GetStringAsync(new Uri("/beheer/meldroute/regel/registratie-comensha", UriKind.Relative));

        Assert.DoesNotContain("<textarea class=\"utrecht-textarea utrecht-textarea--html-textarea\" id=\"voorwaarden\"", formulier, StringComparison.Ordinal);
        Assert.Matches("id=\"zijde-slachtofferkant\"[^>]*checked", formulier);
        Assert.Matches("<option value=\"coMensha\" selected", formulier);
        Assert.Contains("id=\"uitkomst-1-doeltype\"", formulier, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Formulier_zonder_reden_toont_de_fout_bij_het_veld_en_met_reden_wordt_een_nieuwe_versie_opgeslagen()
    {
        var beheerder = factory.Als(Rsiv, Rollen.Beheerder);
        const string pad = "/beheer/meldroute/regel/registratie-comensha";
        var token = Token().Match(await beheerder.GetStringAsync(new Uri(pad, UriKind.Relative))).Groups[1].Value;

        var zonderReden = await beheerder.PostAsync(new Uri(pad, UriKind.Relative), new FormUrlEncodedContent(Velden(token, "")));
        Assert.Equal(HttpStatusCode.OK, zonderReden.StatusCode);
        var foutHtml = await zonderReden.Content.ReadAsStringAsync();
        Assert.Contains("id=\"reden-fout\"", foutHtml, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"reden-uitleg reden-fout\"", foutHtml, StringComparison.Ordinal);

        var metReden = await beheerder.PostAsync(new Uri(pad, UriKind.Relative), new FormUrlEncodedContent(Velden(token, "Naam CoMensha volledig")));
        Assert.Equal(HttpStatusCode.Redirect, metReden.StatusCode);

        var versies = JsonNode.Parse(await beheerder.GetStringAsync(new Uri("/api/v1/meldroute/regels/registratie-comensha", UriKind.Relative)))!.AsArray();
        Assert.Equal(2, (int)versies[0]!["versie"]!);
        Assert.Contains("coördinatiepunt", (string)versies[0]!["uitkomsten"]![0]!["uitleg"]!, StringComparison.Ordinal);
        Assert.Equal("landelijk", (string)versies[0]!["uitkomsten"]![0]!["bereik"]!);
        Assert.Equal("slachtofferkant", (string)versies[0]!["voorwaarden"]!["zijden"]![0]!);
        Assert.Equal("Naam CoMensha volledig", (string)versies[0]!["reden"]!);
    }

    [Theory]
    [InlineData("nl", "Vul een heel getal in", "is geen CBS-gemeentecode", "Geef een uitleg")]
    [InlineData("en", "Enter a whole number", "is not a CBS municipality code", "Give an explanation")]
    public async Task Ongeldige_velden_tonen_elk_hun_eigen_fout_in_de_taal_van_de_lezer_en_niets_wordt_opgeslagen(
        string taal, string nummerFout, string gemeenteFout, string uitlegFout)
    {
        var beheerder = factory.Als(Rsiv, Rollen.Beheerder);
        beheerder.DefaultRequestHeaders.AcceptLanguage.ParseAdd(taal);
        const string pad = "/beheer/meldroute/regel/minderjarige";
        var token = Token().Match(await beheerder.GetStringAsync(new Uri(pad, UriKind.Relative))).Groups[1].Value;
        var voor = await beheerder.GetStringAsync(new Uri("/api/v1/meldroute/regels/minderjarige", UriKind.Relative));

        var antwoord = await beheerder.PostAsync(new Uri(pad, UriKind.Relative),
            new FormUrlEncodedContent(Velden(token, "Proef van de foutmeldingen.", nummer: "twee", gemeenten: "Den Haag", uitleg: "")));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync());
        Assert.Contains(nummerFout, Foutblok(html, "nummer-fout"), StringComparison.Ordinal);
        Assert.Contains(gemeenteFout, Foutblok(html, "gemeenten-fout"), StringComparison.Ordinal);
        Assert.Contains(uitlegFout, Foutblok(html, "uitkomst-0-uitleg-fout"), StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        // Never the framework's own text about the value.
        Assert.DoesNotContain("is not valid", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.Equal(voor, await beheerder.GetStringAsync(new Uri("/api/v1/meldroute/regels/minderjarige", UriKind.Relative)));
    }

    private static string Foutblok(string html, string id)
    {
        var blok = Regex.Match(html, $"<div class=\"utrecht-form-field-error-message\" id=\"{id}\">(.*?)</div>", RegexOptions.Singleline);
        Assert.True(blok.Success, $"geen foutblok {id}");
        return blok.Groups[1].Value;
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
}

public sealed class MeldrouteBeheerPaginaTestsSqlite(DoorverwijzingSqliteFactory f) : MeldrouteBeheerPaginaTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class MeldrouteBeheerPaginaTestsPostgres(DoorverwijzingPostgresFactory f) : MeldrouteBeheerPaginaTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
