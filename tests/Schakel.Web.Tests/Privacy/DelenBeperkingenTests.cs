using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Privacy.Rechten;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Privacy;

/// <summary>
/// What limits sharing one report, on both databases: after the reporter withdrew their contact details the referral form no
/// longer offers sending with them and the API refuses it; a restriction of processing (art. 18 AVG) recorded on a request's hit
/// lets the report go only without personal data. The route proposal says both, in Dutch and English.
/// </summary>
public abstract partial class DelenBeperkingenTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid Politie = DemoOrganisaties.IdVan(DemoOrganisaties.Politie);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"intreksleutel\" value=\"([^\"]+)\"")]
    private static partial Regex Intreksleutel();

    private static Uri U(string pad) => new(pad, UriKind.Relative);

    private HttpClient Medewerker => factory.Als(Rsiv, Rollen.Ketenregisseur);

    private static string Formulier(Guid id) => $"/meldpunt/medewerkers/melding/{id}/doorverwijzen";

    private async Task<(Guid Id, string Code)> MeldEnTrieerAsync(string naam, string email)
    {
        Guid id;
        string code;
        await using (var scope = factory.Scope())
        {
            var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
            {
                MelderType = "burger", Omschrijving = "Beperkingsproef.", GemeenteCode = "GM0518", Uitbuitingsvormen = ["arbeid"],
                Contact = new ContactInvoer { Naam = naam, Email = email, Toestemming = true },
                NegeerPersoonsgegevensWaarschuwing = true,
            }, [], Indiener.Publiek());
            Assert.True(u.Gelukt, string.Join("; ", u.Fouten.SelectMany(x => x.Value)));
            (id, code) = (u.MeldingId!.Value, u.Ontvangstcode!);
        }
        var triage = await Medewerker.PutAsJsonAsync(U($"/api/v1/meldingen/{id}/triage"), new
        {
            uitbuitingsvormen = new[] { "arbeid" }, indicatoren = Array.Empty<string>(), urgentie = "hoog", minderjarigBetrokken = "nee",
            zijde = "daderkant", gemeenteCode = "GM0518",
        });
        Assert.Equal(HttpStatusCode.OK, triage.StatusCode);
        return (id, code);
    }

    private Task<HttpResponseMessage> VerstuurAsync(Guid id, string deelniveau, bool metMelder, string? taal = null)
    {
        var bericht = new HttpRequestMessage(HttpMethod.Post, U($"/api/v1/meldingen/{id}/doorverwijzingen"))
        {
            Content = JsonContent.Create(new
            {
                ontvangers = new[]
                {
                    new { organisatieId = Politie, rol = "behandelaar", deelniveau, doel = "Opsporing", grondslag = "OPS-WPG", metMeldergegevens = metMelder, toestemmingMelder = metMelder },
                },
                reden = "Beperkingsproef.",
            }),
        };
        if (taal is not null)
        {
            bericht.Headers.AcceptLanguage.ParseAdd(taal);
        }
        return Medewerker.SendAsync(bericht);
    }

    private async Task<JsonNode> RoutevoorstelAsync(Guid id, string taal)
    {
        using var bericht = new HttpRequestMessage(HttpMethod.Get, U($"/api/v1/meldingen/{id}/routevoorstel"));
        bericht.Headers.AcceptLanguage.ParseAdd(taal);
        var antwoord = await Medewerker.SendAsync(bericht);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
    }

    private async Task<string> PaginaAsync(Guid id, string taal)
    {
        using var bericht = new HttpRequestMessage(HttpMethod.Get, U(Formulier(id)));
        bericht.Headers.AcceptLanguage.ParseAdd(taal);
        var antwoord = await Medewerker.SendAsync(bericht);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return await antwoord.Content.ReadAsStringAsync();
    }

    private async Task<int> VerstuurdAsync(Guid id)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<DoorverwijzingRij>().CountAsync(d => d.MeldingId == id);
    }

    private static async Task<JsonObject> ProbleemAsync(HttpResponseMessage antwoord)
    {
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["errors"]!.AsObject();
    }

    [Fact]
    public async Task Na_intrekken_biedt_het_formulier_geen_meldergegevens_meer_en_weigert_de_api_ze()
    {
        var uniek = Guid.NewGuid().ToString("N")[..6];
        var (id, code) = await MeldEnTrieerAsync("Eva " + uniek, $"eva.{uniek}@example.nl");
        Assert.Contains("name=\"Rijen[0].MetMeldergegevens\"", await PaginaAsync(id, "nl"), StringComparison.Ordinal);
        Assert.Empty((await RoutevoorstelAsync(id, "nl"))["beperkingen"]!.AsArray());

        // The reporter withdraws on /opvolgen, as a reporter does.
        var melder = factory.CreateClient(new() { AllowAutoRedirect = false });
        var html = await melder.GetStringAsync(U("/opvolgen"));
        var pagina = await (await melder.PostAsync(U("/opvolgen"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value, ["code"] = code,
        }))).Content.ReadAsStringAsync();
        var velden = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(pagina).Groups[1].Value, ["code"] = code, ["intreksleutel"] = Intreksleutel().Match(pagina).Groups[1].Value,
        };
        Assert.Equal(HttpStatusCode.Redirect, (await melder.PostAsync(U("/opvolgen?handler=Intrekken"), new FormUrlEncodedContent(velden))).StatusCode);

        // The page: the option is gone, with its reason in the reader's language.
        var nl = await PaginaAsync(id, "nl");
        Assert.DoesNotContain("MetMeldergegevens", nl, StringComparison.Ordinal);
        Assert.Contains("De melder heeft de contactgegevens ingetrokken", nl, StringComparison.Ordinal);
        var en = await PaginaAsync(id, "en");
        Assert.DoesNotContain("MetMeldergegevens", en, StringComparison.Ordinal);
        Assert.Contains("The reporter has withdrawn their contact details", en, StringComparison.Ordinal);
        var voorstel = await RoutevoorstelAsync(id, "en");
        Assert.Equal("melder-contact-ingetrokken", (string)voorstel["beperkingen"]![0]!["code"]!);

        // The API refuses sending with the reporter's details, names the field, and stores nothing.
        var fouten = await ProbleemAsync(await VerstuurAsync(id, "volledig", metMelder: true, taal: "en"));
        Assert.Contains("withdrawn", (string)fouten["ontvangers[0].metMeldergegevens"]![0]!, StringComparison.Ordinal);
        Assert.Equal(0, await VerstuurdAsync(id));

        // The page form refuses it too (a post made up by hand), next to the row.
        // One client for the page and its post: the form token belongs to that client's antiforgery cookie.
        var medewerker = Medewerker;
        var formulier = await medewerker.GetStringAsync(U(Formulier(id)));
        var geweigerd = await medewerker.PostAsync(U(Formulier(id)), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(formulier).Groups[1].Value, ["Voorgesteld"] = "0",
            ["Rijen[0].OrganisatieId"] = Politie.ToString(), ["Rijen[0].Rol"] = "behandelaar", ["Rijen[0].Deelniveau"] = "volledig",
            ["Rijen[0].Doel"] = "", ["Rijen[0].DoelTekst"] = "Opsporing", ["Rijen[0].Grondslag"] = "OPS-WPG",
            ["Rijen[0].MetMeldergegevens"] = "true", ["Rijen[0].ToestemmingMelder"] = "true", ["Reden"] = "Beperkingsproef.",
        }));
        var antwoord = await geweigerd.Content.ReadAsStringAsync();
        Assert.True(geweigerd.StatusCode == HttpStatusCode.OK, $"{geweigerd.StatusCode}: {antwoord[..Math.Min(antwoord.Length, 3000)]}");
        Assert.Contains("Geweigerd: de melder heeft de contactgegevens ingetrokken", antwoord, StringComparison.Ordinal);
        Assert.Equal(0, await VerstuurdAsync(id));

        // Without the reporter's details the referral goes.
        Assert.Equal(HttpStatusCode.Created, (await VerstuurAsync(id, "volledig", metMelder: false)).StatusCode);
    }

    [Fact]
    public async Task Een_beperkte_melding_gaat_alleen_zonder_persoonsgegevens_en_het_voorstel_zegt_het()
    {
        var uniek = Guid.NewGuid().ToString("N")[..6];
        var email = $"fenna.{uniek}@example.nl";
        var (id, _) = await MeldEnTrieerAsync("Fenna " + uniek, email);

        // A request of the person concerned finds the report; its hit is handled as restricted.
        await using (var scope = factory.Scope())
        {
            var verzoeken = scope.ServiceProvider.GetRequiredService<Verzoeken>();
            var wie = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(SchakelClaims.Organisatie, Rsiv.ToString()), new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
                new Claim(SchakelClaims.Rol, Rollen.Ketenregisseur),
            ], "test", ClaimTypes.Name, SchakelClaims.Rol));
            var verzoek = await verzoeken.RegistreerAsync(wie, new VerzoekInvoer(VerzoekSoort.Beperking, DateOnly.FromDateTime(DateTime.UtcNow), null, null, null, email), default);
            Assert.Equal(1, await verzoeken.ZoekAsync(wie, verzoek.Id!.Value, Herkomst.Web, default));
            var treffer = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<VerzoekTreffer>().SingleAsync(t => t.VerzoekId == verzoek.Id);
            Assert.Equal(id, treffer.MeldingId);
            Assert.True((await verzoeken.BehandelAsync(wie, verzoek.Id.Value, treffer.Id, TrefferUitkomst.Beperkt, null, null, Herkomst.Web, default)).Gelukt);
        }

        // The proposal says so, in Dutch and English; the form offers only level none and no reporter details.
        Assert.Equal("verwerking-beperkt", (string)(await RoutevoorstelAsync(id, "nl"))["beperkingen"]![0]!["code"]!);
        Assert.Contains("art. 18 GDPR", (string)(await RoutevoorstelAsync(id, "en"))["beperkingen"]![0]!["tekst"]!, StringComparison.Ordinal);
        var nl = await PaginaAsync(id, "nl");
        Assert.Contains("Verwerking beperkt op verzoek van een betrokkene", nl, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"volledig\"", nl, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"gepseudonimiseerd\"", nl, StringComparison.Ordinal);
        Assert.DoesNotContain("MetMeldergegevens", nl, StringComparison.Ordinal);
        Assert.Contains("Processing restricted at the request of a person concerned", await PaginaAsync(id, "en"), StringComparison.Ordinal);

        // Full and pseudonymised sharing are refused with the reason; nothing stored, and the refusal is audited.
        foreach (var niveau in new[] { "volledig", "gepseudonimiseerd" })
        {
            var fouten = await ProbleemAsync(await VerstuurAsync(id, niveau, metMelder: false));
            Assert.StartsWith("Geweigerd: de verwerking van de persoonsgegevens in deze melding is beperkt", (string)fouten["ontvangers[0].deelniveau"]![0]!, StringComparison.Ordinal);
        }
        Assert.Contains("art. 18 GDPR", (string)(await ProbleemAsync(await VerstuurAsync(id, "geen", metMelder: true, taal: "en")))["ontvangers[0].deelniveau"]![0]!, StringComparison.Ordinal);
        Assert.Equal(0, await VerstuurdAsync(id));
        await using (var scope = factory.Scope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<AuditRegel>()
                .AnyAsync(r => r.Actie == "doorverwijzing.geweigerd" && r.ObjectId == $"{id}:{Politie}" && r.Reden == "verwerking-beperkt"));
        }

        // Level none (the signal without personal data) still goes.
        Assert.Equal(HttpStatusCode.Created, (await VerstuurAsync(id, "geen", metMelder: false)).StatusCode);
    }

    /// <summary>The referral page links to its holds for the sending reporting point, who may set them; the receiver sees no link.</summary>
    [Fact]
    public async Task De_doorverwijzingspagina_linkt_naar_de_blokkades_voor_wie_ze_mag_zetten()
    {
        var id = await Schakel.Web.Tests.Doorverwijzing.Partner.PartnerTestdata.DoorverwezenAsync(factory, "geen");
        var pad = new Uri($"/doorverwijzingen/{id}", UriKind.Relative);
        var link = $"/bewaring/doorverwijzing/{id}";
        Assert.Contains(link, await Schakel.Web.Tests.Doorverwijzing.Partner.PartnerTestdata.Afzender(factory).GetStringAsync(pad), StringComparison.Ordinal);
        Assert.DoesNotContain(link, await Schakel.Web.Tests.Doorverwijzing.Partner.PartnerTestdata.Ontvanger(factory).GetStringAsync(pad), StringComparison.Ordinal);
    }

}

public sealed class DelenBeperkingenTestsSqlite(DoorverwijzingSqliteFactory f) : DelenBeperkingenTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class DelenBeperkingenTestsPostgres(DoorverwijzingPostgresFactory f) : DelenBeperkingenTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
