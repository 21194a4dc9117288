using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Tests.Doorverwijzing;

/// <summary>A set inside a set ("één van" inside "één van") goes through the rule form and back, and errors in it stand next to its field.</summary>
public abstract partial class MeldrouteBeheerPaginaTests
{
    private static Dictionary<string, string> GenesteRegel(string token, string code, string gemeenteBinnen) => new()
    {
        ["__RequestVerificationToken"] = token,
        ["Formulier.NieuweCode"] = code,
        ["Formulier.Nummer"] = "96",
        ["Formulier.Naam"] = "Proef met een set in een set",
        ["Formulier.Actief"] = "true",
        ["Formulier.Alternatieven[0].Zijden"] = "daderkant",
        ["Formulier.Alternatieven[0].Alternatieven[0].IllegaleProstitutieOfMalafideBedrijf"] = "ja",
        ["Formulier.Alternatieven[0].Alternatieven[1].GemeenteCodes"] = gemeenteBinnen,
        ["Formulier.Alternatieven[0].Alternatieven[2].Indicatoren"] = "",
        ["Formulier.Alternatieven[1].MinderjarigBetrokken"] = "ja",
        ["Formulier.Uitkomsten[0].Doeltype"] = "heit",
        ["Formulier.Uitkomsten[0].Bereik"] = "regionaal",
        ["Formulier.Uitkomsten[0].Rol"] = "informeren",
        ["Formulier.Uitkomsten[0].Deelniveau"] = "geen",
        ["Formulier.Uitkomsten[0].Uitleg"] = "proef → {organisatie}",
        ["Formulier.Reden"] = "Proef van een set in een set.",
    };

    [Fact]
    public async Task Een_set_binnen_een_set_gaat_heen_en_terug_door_het_formulier()
    {
        var beheerder = factory.Als(Rsiv, Rollen.Beheerder);
        var token = Token().Match(await beheerder.GetStringAsync(new Uri("/beheer/meldroute/regel", UriKind.Relative))).Groups[1].Value;

        var antwoord = await beheerder.PostAsync(new Uri("/beheer/meldroute/regel", UriKind.Relative),
            new FormUrlEncodedContent(GenesteRegel(token, "proef-genest", "GM0518")));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);

        var regel = JsonNode.Parse(await beheerder.GetStringAsync(new Uri("/api/v1/meldroute/regels/proef-genest", UriKind.Relative)))!.AsArray()[0]!;
        var eenVan = regel["voorwaarden"]!["eenVan"]!.AsArray();
        Assert.Equal(2, eenVan.Count);
        Assert.Equal("daderkant", (string)eenVan[0]!["zijden"]![0]!);
        var binnen = eenVan[0]!["eenVan"]!.AsArray();
        // The empty third set inside is the row for adding one, not a condition.
        Assert.Equal(2, binnen.Count);
        Assert.True((bool)binnen[0]!["illegaleProstitutieOfMalafideBedrijf"]!);
        Assert.Equal("GM0518", (string)binnen[1]!["gemeenteCodes"]![0]!);
        Assert.Null(eenVan[1]!["eenVan"]);

        // Shown again as nested sets, and saving the form unchanged keeps them (nothing is dropped on the way).
        var html = WebUtility.HtmlDecode(await beheerder.GetStringAsync(new Uri("/beheer/meldroute/regel/proef-genest", UriKind.Relative)));
        Assert.Matches("id=\"eenvan-0-0-malafide\"[\\s\\S]*?<option value=\"ja\" selected", html);
        Assert.Matches("id=\"eenvan-0-1-gemeenten\"[^>]*value=\"GM0518\"", html);
        Assert.Contains("id=\"eenvan-0-2-malafide\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"eenvan-1-0-malafide\"", html, StringComparison.Ordinal);

        var velden = GenesteRegel(Token().Match(html).Groups[1].Value, "", "GM0518");
        velden.Remove("Formulier.NieuweCode");
        velden["Formulier.Reden"] = "Ongewijzigd opgeslagen.";
        antwoord = await beheerder.PostAsync(new Uri("/beheer/meldroute/regel/proef-genest", UriKind.Relative), new FormUrlEncodedContent(velden));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        regel = JsonNode.Parse(await beheerder.GetStringAsync(new Uri("/api/v1/meldroute/regels/proef-genest", UriKind.Relative)))!.AsArray()[0]!;
        Assert.Equal(2, (int)regel["versie"]!);
        Assert.Equal(2, regel["voorwaarden"]!["eenVan"]![0]!["eenVan"]!.AsArray().Count);
    }

    [Fact]
    public async Task Een_nieuwe_set_biedt_meteen_een_set_binnen_zich_aan_ook_in_een_nieuwe_regel()
    {
        var beheerder = factory.Als(Rsiv, Rollen.Beheerder);
        // A brand-new rule: the empty set for adding one holds an empty set of its own, so nesting needs no first save.
        var nieuw = WebUtility.HtmlDecode(await beheerder.GetStringAsync(new Uri("/beheer/meldroute/regel", UriKind.Relative)));
        Assert.Contains("id=\"eenvan-0-malafide\"", nieuw, StringComparison.Ordinal);
        Assert.Contains("name=\"Formulier.Alternatieven[0].Alternatieven[0].IllegaleProstitutieOfMalafideBedrijf\"", nieuw, StringComparison.Ordinal);
        Assert.Contains("Set toevoegen binnen de nieuwe set", nieuw, StringComparison.Ordinal);
        // Two levels are offered, as for stored sets; not a third.
        Assert.DoesNotContain("id=\"eenvan-0-0-0-malafide\"", nieuw, StringComparison.Ordinal);

        // A stored rule: its empty set at the end holds one too.
        var bestaand = WebUtility.HtmlDecode(await beheerder.GetStringAsync(new Uri("/beheer/meldroute/regel/arbeidsuitbuiting", UriKind.Relative)));
        var laatste = Regex.Matches(bestaand, "id=\"eenvan-(\\d+)-malafide\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Max();
        Assert.Contains($"id=\"eenvan-{laatste}-0-malafide\"", bestaand, StringComparison.Ordinal);

        // Filled in before any save, the set inside the new set is stored inside it.
        var velden = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(nieuw).Groups[1].Value,
            ["Formulier.NieuweCode"] = "proef-meteen-genest",
            ["Formulier.Nummer"] = "95",
            ["Formulier.Naam"] = "Proef: meteen genest",
            ["Formulier.Actief"] = "true",
            ["Formulier.Alternatieven[0].Zijden"] = "slachtofferkant",
            ["Formulier.Alternatieven[0].Alternatieven[0].MinderjarigBetrokken"] = "ja",
            ["Formulier.Uitkomsten[0].Doeltype"] = "heit",
            ["Formulier.Uitkomsten[0].Bereik"] = "regionaal",
            ["Formulier.Uitkomsten[0].Rol"] = "informeren",
            ["Formulier.Uitkomsten[0].Deelniveau"] = "geen",
            ["Formulier.Uitkomsten[0].Uitleg"] = "proef → {organisatie}",
            ["Formulier.Reden"] = "Proef van meteen nesten.",
        };
        var antwoord = await beheerder.PostAsync(new Uri("/beheer/meldroute/regel", UriKind.Relative), new FormUrlEncodedContent(velden));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var eenVan = JsonNode.Parse(await beheerder.GetStringAsync(new Uri("/api/v1/meldroute/regels/proef-meteen-genest", UriKind.Relative)))!
            .AsArray()[0]!["voorwaarden"]!["eenVan"]!.AsArray();
        var set = Assert.Single(eenVan)!;
        Assert.Equal("slachtofferkant", (string)set["zijden"]![0]!);
        Assert.Equal("ja", (string)Assert.Single(set["eenVan"]!.AsArray())!["minderjarigBetrokken"]!);
    }

    [Theory]
    [InlineData("nl", "is geen CBS-gemeentecode")]
    [InlineData("en", "is not a CBS municipality code")]
    public async Task Een_fout_in_een_set_binnen_een_set_staat_bij_dat_veld(string taal, string fout)
    {
        var beheerder = factory.Als(Rsiv, Rollen.Beheerder);
        beheerder.DefaultRequestHeaders.AcceptLanguage.ParseAdd(taal);
        var token = Token().Match(await beheerder.GetStringAsync(new Uri("/beheer/meldroute/regel", UriKind.Relative))).Groups[1].Value;

        var antwoord = await beheerder.PostAsync(new Uri("/beheer/meldroute/regel", UriKind.Relative),
            new FormUrlEncodedContent(GenesteRegel(token, "proef-genest-fout-" + taal, "Den Haag")));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync());
        Assert.Contains(fout, Foutblok(html, "eenvan-0-1-gemeenten-fout"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound,
            (await beheerder.GetAsync(new Uri("/api/v1/meldroute/regels/proef-genest-fout-" + taal, UriKind.Relative))).StatusCode);
    }
}
