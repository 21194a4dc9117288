using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Opvolging;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Doorverwijzing.Delen;

/// <summary>
/// A partner's outcome passed on to the reporter as a fixed text the reporting point chooses: only after a partner
/// reported an outcome, shown in the reporter's language, never with the partner's name. On both databases.
/// </summary>
public abstract class UitkomstTerugkoppelingTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid Politie = DemoOrganisaties.IdVan(DemoOrganisaties.Politie);

    private HttpClient Meldpunt => factory.Als(Rsiv, Rollen.Aandachtsfunctionaris);

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    private Task<HttpResponseMessage> KoppelTerugAsync(Guid id, string sjabloon) =>
        Meldpunt.PostAsJsonAsync(Pad($"/api/v1/meldingen/{id}/terugkoppeling"), new { sjabloon });

    private async Task<string> LaatsteBerichtAsync(string code, string taal)
    {
        var vorige = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(taal);
        try
        {
            await using var scope = factory.Scope();
            var opvolging = await scope.ServiceProvider.GetRequiredService<MeldpuntOpvolging>().ZoekAsync(code);
            return opvolging!.Berichten[^1].Tekst;
        }
        finally
        {
            CultureInfo.CurrentUICulture = vorige;
        }
    }

    /// <summary>The page: without a choice the message stands next to the choice, in Dutch or English; nothing is stored.</summary>
    private async Task PaginaAsync(Guid id)
    {
        var pad = Pad($"/meldpunt/medewerkers/melding/{id}/terugkoppelen");
        foreach (var (taal, fout) in new[] { ("nl", "Kies een van de teksten."), ("en", "Choose one of the texts.") })
        {
            var client = factory.Als(Rsiv, Rollen.Aandachtsfunctionaris);
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(taal);
            var html = await client.GetStringAsync(pad);
            Assert.Contains("id=\"sjabloon-0\"", html, StringComparison.Ordinal);
            var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            var antwoord = await client.PostAsync(pad, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            var foutHtml = await antwoord.Content.ReadAsStringAsync();
            Assert.Contains("id=\"sjabloon-fout\"", foutHtml, StringComparison.Ordinal);
            Assert.Contains(fout, foutHtml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Uitkomst_van_de_partner_gaat_als_gekozen_tekst_in_de_taal_van_de_melder_en_zonder_partnernaam()
    {
        string code;
        Guid id;
        await using (var scope = factory.Scope())
        {
            var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
            {
                MelderType = "burger", Omschrijving = "Terugkoppelproef: mannen slapen in een loods.", GemeenteCode = "GM0518",
                Uitbuitingsvormen = ["arbeid"], Taal = "pl",
            }, [], Indiener.Publiek());
            Assert.True(u.Gelukt);
            (id, code) = (u.MeldingId!.Value, u.Ontvangstcode!);
        }
        var triage = await Meldpunt.PutAsJsonAsync(Pad($"/api/v1/meldingen/{id}/triage"), new
        {
            uitbuitingsvormen = new[] { "arbeid" }, indicatoren = Array.Empty<string>(), urgentie = "normaal", minderjarigBetrokken = "nee",
            zijde = "daderkant", gemeenteCode = "GM0518", aanknopingspunten = new[] { new { soort = "bedrijf", waarde = "Terugkoppelproef BV" } },
        });
        Assert.Equal(HttpStatusCode.OK, triage.StatusCode);
        var verstuurd = await Meldpunt.PostAsJsonAsync(Pad($"/api/v1/meldingen/{id}/doorverwijzingen"), new
        {
            ontvangers = new[] { new { organisatieId = Politie, rol = "behandelaar", deelniveau = "volledig", doel = "Opsporing.", grondslag = "OPS-WPG" } },
            reden = "Alleen de politie in deze proef.",
        });
        Assert.True(verstuurd.StatusCode == HttpStatusCode.Created, await verstuurd.Content.ReadAsStringAsync());
        var referral = JsonNode.Parse(await verstuurd.Content.ReadAsStringAsync())!["doorverwijzingen"]![0]!.GetValue<Guid>();

        // Before the partner reported an outcome there is nothing to pass on.
        var teVroeg = await KoppelTerugAsync(id, "terugkoppeling.uitkomst-onderzoek-gestart");
        Assert.Equal(HttpStatusCode.BadRequest, teVroeg.StatusCode);
        Assert.Contains("doorverwijzingen", await teVroeg.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var politie = factory.Als(Politie, Rollen.Opsporing);
        Assert.Equal(HttpStatusCode.OK, (await politie.PostAsJsonAsync(Pad($"/api/v1/doorverwijzingen/{referral}/_accepteren"), new { })).StatusCode);
        var uitkomst = await politie.PostAsJsonAsync(Pad($"/api/v1/doorverwijzingen/{referral}/_uitkomst"),
            new { tekst = "Onderzoek gestart door de politie; verdachte bekend.", soort = "opsporing" });
        Assert.True(uitkomst.StatusCode == HttpStatusCode.OK, await uitkomst.Content.ReadAsStringAsync());

        await PaginaAsync(id);

        var vrijeTekst = await KoppelTerugAsync(id, "De politie heeft iemand aangehouden.");
        Assert.Equal(HttpStatusCode.BadRequest, vrijeTekst.StatusCode);

        var gelukt = await KoppelTerugAsync(id, "terugkoppeling.uitkomst-onderzoek-gestart");
        Assert.Equal(HttpStatusCode.NoContent, gelukt.StatusCode);

        var pools = await LaatsteBerichtAsync(code, "pl");
        var engels = await LaatsteBerichtAsync(code, "en");
        Assert.Equal("Twoje zgłoszenie doprowadziło do dalszego dochodzenia.", pools);
        Assert.Equal("Your report has led to further investigation.", engels);
        foreach (var tekst in new[] { pools, engels })
        {
            Assert.DoesNotContain("olitie", tekst, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("police", tekst, StringComparison.OrdinalIgnoreCase);
        }
    }
}

public sealed class UitkomstTerugkoppelingTestsSqlite(DoorverwijzingSqliteFactory f) : UitkomstTerugkoppelingTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class UitkomstTerugkoppelingTestsPostgres(DoorverwijzingPostgresFactory f) : UitkomstTerugkoppelingTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
