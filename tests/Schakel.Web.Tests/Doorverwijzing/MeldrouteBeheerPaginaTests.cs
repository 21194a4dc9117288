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
    public async Task Een_van_voorwaarden_staan_in_het_formulier_als_eigen_velden()
    {
        var html = WebUtility.HtmlDecode(await factory.Als(Rsiv, Rollen.Beheerder)
            .GetStringAsync(new Uri("/beheer/meldroute/regel/illegale-prostitutie-malafide-bedrijf", UriKind.Relative)));

        // Default rule 6: a flag in the first set, indicator codes in the second, and an empty set for adding one.
        Assert.Matches("id=\"eenvan-0-malafide\"[\\s\\S]*?<option value=\"ja\" selected", html);
        Assert.Matches("id=\"eenvan-1-indicatoren\"[^>]*value=\"[A-Z]{3}-\\d{2}", html);
        Assert.Contains("id=\"eenvan-2-malafide\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"eenvan-2-verwijderen\"", html, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> NieuweRegel(string token, string code, string gemeentenInSet) => new()
    {
        ["__RequestVerificationToken"] = token,
        ["Formulier.NieuweCode"] = code,
        ["Formulier.Nummer"] = "97",
        ["Formulier.Naam"] = "Proef met één van",
        ["Formulier.Actief"] = "true",
        ["Formulier.Zijden"] = "daderkant",
        ["Formulier.Alternatieven[0].IllegaleProstitutieOfMalafideBedrijf"] = "ja",
        ["Formulier.Alternatieven[1].Indicatoren"] = "sek-04, ARB-01",
        ["Formulier.Alternatieven[1].GemeenteCodes"] = gemeentenInSet,
        ["Formulier.Alternatieven[2].Uitbuitingsvormen"] = "arbeid",
        ["Formulier.Alternatieven[2].Verwijderen"] = "true",
        ["Formulier.Alternatieven[3].MinderjarigBetrokken"] = "",
        ["Formulier.Uitkomsten[0].Doeltype"] = "heit",
        ["Formulier.Uitkomsten[0].Bereik"] = "regionaal",
        ["Formulier.Uitkomsten[0].Rol"] = "informeren",
        ["Formulier.Uitkomsten[0].Deelniveau"] = "geen",
        ["Formulier.Uitkomsten[0].Uitleg"] = "proef → {organisatie}",
        ["Formulier.Reden"] = "Proef van de één-van-voorwaarden.",
    };

    [Fact]
    public async Task Een_van_voorwaarden_gaan_heen_en_terug_door_het_formulier()
    {
        var beheerder = factory.Als(Rsiv, Rollen.Beheerder);
        var token = Token().Match(await beheerder.GetStringAsync(new Uri("/beheer/meldroute/regel", UriKind.Relative))).Groups[1].Value;

        var antwoord = await beheerder.PostAsync(new Uri("/beheer/meldroute/regel", UriKind.Relative),
            new FormUrlEncodedContent(NieuweRegel(token, "proef-een-van", "GM0518")));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);

        var regel = JsonNode.Parse(await beheerder.GetStringAsync(new Uri("/api/v1/meldroute/regels/proef-een-van", UriKind.Relative)))!.AsArray()[0]!;
        var eenVan = regel["voorwaarden"]!["eenVan"]!.AsArray();
        // The ticked set is removed and the empty one is the row for adding: two sets remain.
        Assert.Equal(2, eenVan.Count);
        Assert.True((bool)eenVan[0]!["illegaleProstitutieOfMalafideBedrijf"]!);
        Assert.Equal(["SEK-04", "ARB-01"], eenVan[1]!["indicatoren"]!.AsArray().Select(c => (string)c!));
        Assert.Equal("GM0518", (string)eenVan[1]!["gemeenteCodes"]![0]!);
        Assert.Equal("daderkant", (string)regel["voorwaarden"]!["zijden"]![0]!);

        var html = WebUtility.HtmlDecode(await beheerder.GetStringAsync(new Uri("/beheer/meldroute/regel/proef-een-van", UriKind.Relative)));
        Assert.Matches("id=\"eenvan-1-indicatoren\"[^>]*value=\"SEK-04, ARB-01\"", html);
        Assert.Matches("id=\"eenvan-1-gemeenten\"[^>]*value=\"GM0518\"", html);
    }

    [Theory]
    [InlineData("nl", "is geen CBS-gemeentecode")]
    [InlineData("en", "is not a CBS municipality code")]
    public async Task Een_fout_in_een_set_staat_bij_dat_veld_en_niets_wordt_opgeslagen(string taal, string gemeenteFout)
    {
        var beheerder = factory.Als(Rsiv, Rollen.Beheerder);
        beheerder.DefaultRequestHeaders.AcceptLanguage.ParseAdd(taal);
        var token = Token().Match(await beheerder.GetStringAsync(new Uri("/beheer/meldroute/regel", UriKind.Relative))).Groups[1].Value;

        var antwoord = await beheerder.PostAsync(new Uri("/beheer/meldroute/regel", UriKind.Relative),
            new FormUrlEncodedContent(NieuweRegel(token, "proef-een-van-fout-" + taal, "Den Haag")));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync());
        Assert.Contains(gemeenteFout, Foutblok(html, "eenvan-1-gemeenten-fout"), StringComparison.Ordinal);
        Assert.Matches("id=\"eenvan-1-gemeenten\"[^>]*aria-invalid=\"true\"", html);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        var opgeslagen = await beheerder.GetAsync(new Uri("/api/v1/meldroute/regels/proef-een-van-fout-" + taal, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, opgeslagen.StatusCode);
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
