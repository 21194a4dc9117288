using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;

namespace Schakel.Web.Tests.Doorverwijzing;

/// <summary>
/// A referral's explanation and purpose are stored as codes and said in the reader's language, in the API and on the
/// pages; old rows (Dutch text) are converted where they match and kept as marked text where they do not.
/// </summary>
public abstract class DoorverwijzingCodesTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);

    private HttpClient Medewerker => factory.Als(Rsiv, Rollen.Aandachtsfunctionaris);

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    /// <summary>A report about a minor, triaged, and referred to the receiver the "minderjarige" rule proposes, with that rule's code as purpose.</summary>
    private async Task<(Guid Melding, JsonNode Voorstel)> VerwijsDoorAsync()
    {
        Guid id;
        await using (var scope = factory.Scope())
        {
            var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
            {
                MelderType = "burger", Omschrijving = "Codeproef: een meisje werkt 's nachts in de keuken.", GemeenteCode = "GM0518",
                Uitbuitingsvormen = ["arbeid"], MinderjarigBetrokken = "ja",
            }, [], Indiener.Publiek());
            Assert.True(u.Gelukt);
            id = u.MeldingId!.Value;
        }
        var triage = await Medewerker.PutAsJsonAsync(Pad($"/api/v1/meldingen/{id}/triage"), new
        {
            uitbuitingsvormen = new[] { "arbeid" }, indicatoren = Array.Empty<string>(), urgentie = "normaal", minderjarigBetrokken = "ja",
            zijde = "slachtofferkant", gemeenteCode = "GM0518", aanknopingspunten = Array.Empty<object>(),
        });
        Assert.True(triage.IsSuccessStatusCode, await triage.Content.ReadAsStringAsync());
        var voorstel = JsonNode.Parse(await Medewerker.GetStringAsync(Pad($"/api/v1/meldingen/{id}/routevoorstel")))!["routevoorstel"]!["voorstellen"]!.AsArray()
            .First(v => (string)v!["regel"]!["code"]! == "minderjarige")!;
        var antwoord = await Medewerker.PostAsJsonAsync(Pad($"/api/v1/meldingen/{id}/doorverwijzingen"), new
        {
            ontvangers = new[]
            {
                new
                {
                    organisatieId = (Guid)voorstel["organisatie"]!["id"]!, rol = (string)voorstel["rol"]!, deelniveau = (string)voorstel["deelniveau"]!,
                    doel = "minderjarige", grondslag = (string?)voorstel["grondslag"]?["code"],
                },
            },
            reden = "Alleen deze ontvanger in de proef.",
        });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        return (id, voorstel);
    }

    private async Task<JsonNode> VerstuurdAsync(Guid melding, string? taal = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, Pad($"/api/v1/meldingen/{melding}/doorverwijzingen"));
        if (taal is not null)
        {
            verzoek.Headers.AcceptLanguage.ParseAdd(taal);
        }
        var antwoord = await Medewerker.SendAsync(verzoek);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        return Assert.Single(JsonNode.Parse(tekst)!.AsArray())!;
    }

    private async Task<T> DbAsync<T>(Func<SchakelDbContext, Task<T>> doe)
    {
        await using var scope = factory.Scope();
        return await doe(scope.ServiceProvider.GetRequiredService<SchakelDbContext>());
    }

    [Fact]
    public async Task Uitleg_en_doel_worden_als_codes_bewaard_en_in_de_taal_van_de_lezer_getoond()
    {
        var (melding, voorstel) = await VerwijsDoorAsync();

        var rij = await DbAsync(db => db.Set<DoorverwijzingRij>().AsNoTracking().SingleAsync(d => d.MeldingId == melding));
        Assert.Equal("minderjarige", rij.DoelCode);
        Assert.Equal("", rij.Doel);
        Assert.Equal("", rij.Uitleg);
        Assert.Contains("route.uitleg.minderjarige.1", rij.UitlegBerichten, StringComparison.Ordinal);

        var nl = await VerstuurdAsync(melding);
        Assert.Equal((string)voorstel["uitleg"]!, (string)nl["uitleg"]!);
        Assert.Equal("route.uitleg.minderjarige.1", (string)nl["uitlegDelen"]![0]!["code"]!);
        Assert.Equal("minderjarige", (string)nl["doel"]!["code"]!);
        Assert.Equal("Minderjarige betrokken", (string)nl["doel"]!["tekst"]!);

        var en = await VerstuurdAsync(melding, "en");
        Assert.StartsWith("minor involved → Veilig Thuis under the reporting code", (string)en["uitleg"]!, StringComparison.Ordinal);
        Assert.Equal("route.uitleg.minderjarige.1", (string)en["uitlegDelen"]![0]!["code"]!);
        Assert.Equal("Minor involved", (string)en["doel"]!["tekst"]!);

        using var pagina = new HttpRequestMessage(HttpMethod.Get, Pad($"/meldpunt/medewerkers/melding/{melding}"));
        pagina.Headers.AcceptLanguage.ParseAdd("en");
        var html = await (await Medewerker.SendAsync(pagina)).Content.ReadAsStringAsync();
        Assert.Contains("Purpose: Minor involved", html, StringComparison.Ordinal);
        Assert.Contains("minor involved → Veilig Thuis under the reporting code", html, StringComparison.Ordinal);
        Assert.DoesNotContain("volgens de meldcode", html, StringComparison.Ordinal);
    }

    private async Task<JsonNode> LeesAsync(HttpMethod methode, string pad, string taal, string? json = null)
    {
        using var verzoek = new HttpRequestMessage(methode, Pad(pad));
        verzoek.Headers.AcceptLanguage.ParseAdd(taal);
        if (json is not null)
        {
            verzoek.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }
        var antwoord = await Medewerker.SendAsync(verzoek);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        return JsonNode.Parse(tekst)!;
    }

    private static JsonNode Minderjarige(JsonNode toets) =>
        toets["voorstellen"]!.AsArray().First(v => (string)v!["regel"]!["code"]! == "minderjarige")!;

    [Fact]
    public async Task Routevoorstel_en_toetsen_geven_de_uitleg_als_codes_in_de_taal_van_de_lezer()
    {
        var (melding, _) = await VerwijsDoorAsync();
        const string kenmerken = """
            {"melderType":"burger","zijde":"slachtofferkant","gemeenteCode":"GM0518","uitbuitingsvormen":["arbeid"],
             "indicatoren":[],"acuutGevaar":false,"minderjarigBetrokken":"ja","urgentie":"normaal"}
            """;

        foreach (var (taal, uitleg, toegepast, weg) in new[]
        {
            ("nl", "minderjarige betrokken → Veilig Thuis volgens de meldcode", "is van toepassing", "under the reporting code"),
            ("en", "minor involved → Veilig Thuis under the reporting code", "applies", "volgens de meldcode"),
        })
        {
            var routevoorstel = (await LeesAsync(HttpMethod.Get, $"/api/v1/meldingen/{melding}/routevoorstel", taal))["routevoorstel"]!;
            var getoetst = await LeesAsync(HttpMethod.Post, "/api/v1/meldroute/_toetsen", taal, kenmerken);
            foreach (var toets in new[] { routevoorstel, getoetst })
            {
                var voorstel = Minderjarige(toets);
                Assert.StartsWith(uitleg, (string)voorstel["uitleg"]!, StringComparison.Ordinal);
                Assert.DoesNotContain(weg, voorstel.ToJsonString(), StringComparison.Ordinal);
                var deel = voorstel["uitlegDelen"]![0]!;
                Assert.Equal("route.uitleg.minderjarige.1", (string)deel["code"]!);
                Assert.StartsWith(uitleg, (string)deel["tekst"]!, StringComparison.Ordinal);
                var reden = voorstel["redenen"]![0]!;
                Assert.Equal("route.uitleg.minderjarige.1", (string)reden["code"]!);
                Assert.Equal((string)deel["tekst"]!, (string)reden["uitleg"]!);

                var toelichting = toets["toelichtingDelen"]!.AsArray();
                Assert.NotEmpty(toelichting);
                Assert.All(toelichting, t => Assert.Equal("route.toegepast", (string)t!["code"]!));
                Assert.Contains(toegepast, (string)toets["toelichting"]![0]!, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Een_oude_rij_met_nederlandse_tekst_wordt_omgezet_waar_die_past_en_blijft_gemarkeerde_tekst_waar_niet()
    {
        var (melding, _) = await VerwijsDoorAsync();
        await DbAsync(db => db.Set<DoorverwijzingRij>().Where(d => d.MeldingId == melding).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.UitlegBerichten, (string?)null)
            .SetProperty(d => d.Uitleg, "minderjarige betrokken → Veilig Thuis volgens de meldcode; met de hand aangevuld door het meldpunt")
            .SetProperty(d => d.DoelCode, (string?)null)
            .SetProperty(d => d.Doel, "Minderjarige betrokken")));

        await using (var scope = factory.Scope())
        {
            // What the migration and the start do to such a row: the purpose by name in SQL, the explanation in code.
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            foreach (var opdracht in DoelcodeMigratie.Opdrachten)
            {
                await db.Database.ExecuteSqlRawAsync(opdracht);
            }
            await new UitlegOmzetting(db).ZaaiAsync(CancellationToken.None);
        }

        var rij = await DbAsync(db => db.Set<DoorverwijzingRij>().AsNoTracking().SingleAsync(d => d.MeldingId == melding));
        Assert.Equal("", rij.Uitleg);
        Assert.NotNull(rij.UitlegBerichten);
        Assert.Equal("minderjarige", rij.DoelCode);
        var en = await VerstuurdAsync(melding, "en");
        var delen = en["uitlegDelen"]!.AsArray();
        Assert.Equal(2, delen.Count);
        Assert.Equal("route.uitleg.minderjarige.1", (string)delen[0]!["code"]!);
        Assert.Equal("minor involved → Veilig Thuis under the reporting code", (string)delen[0]!["tekst"]!);
        Assert.Null(delen[1]!["code"]);
        Assert.Equal("met de hand aangevuld door het meldpunt", (string)delen[1]!["tekst"]!);
        Assert.Equal("Minor involved", (string)en["doel"]!["tekst"]!);
    }

    [Fact]
    public async Task Het_verzendformulier_vult_de_code_van_de_regel_voor_en_toont_de_naam_in_de_taal_van_de_pagina()
    {
        Guid id;
        await using (var scope = factory.Scope())
        {
            var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
            {
                MelderType = "burger", Omschrijving = "Formulierproef: een jongen werkt in een kas.", GemeenteCode = "GM0518",
                Uitbuitingsvormen = ["arbeid"], MinderjarigBetrokken = "ja",
            }, [], Indiener.Publiek());
            id = u.MeldingId!.Value;
        }
        var triage = await Medewerker.PutAsJsonAsync(Pad($"/api/v1/meldingen/{id}/triage"), new
        {
            uitbuitingsvormen = new[] { "arbeid" }, indicatoren = Array.Empty<string>(), urgentie = "normaal", minderjarigBetrokken = "ja",
            zijde = "slachtofferkant", gemeenteCode = "GM0518", aanknopingspunten = Array.Empty<object>(),
        });
        Assert.True(triage.IsSuccessStatusCode);

        using var verzoek = new HttpRequestMessage(HttpMethod.Get, Pad($"/meldpunt/medewerkers/melding/{id}/doorverwijzen"));
        verzoek.Headers.AcceptLanguage.ParseAdd("en");
        var html = await (await Medewerker.SendAsync(verzoek)).Content.ReadAsStringAsync();

        Assert.Contains("<option value=\"minderjarige\" selected=\"selected\">Minor involved</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Minderjarige betrokken\"", html, StringComparison.Ordinal);
    }
}

public sealed class DoorverwijzingCodesTestsSqlite(MeldpuntSqliteFactory factory) : DoorverwijzingCodesTests(factory), IClassFixture<MeldpuntSqliteFactory>;

public sealed class DoorverwijzingCodesTestsPostgres(MeldpuntPostgresFactory factory) : DoorverwijzingCodesTests(factory), IClassFixture<MeldpuntPostgresFactory>;
