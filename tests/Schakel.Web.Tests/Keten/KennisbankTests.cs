using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Kennisbank;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Keten;

/// <summary>The knowledge library: seeded from the documents, restricted documents only for professionals and every read audited.</summary>
public abstract class KennisbankTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid DenHaag = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("'s-Gravenhage"));

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    private async Task<KennisDocument> DocumentAsync(string code)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<KennisDocument>().SingleAsync(d => d.Code == code);
    }

    private async Task<int> LeesregelsAsync(string objectId, string resultaat)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<AuditRegel>()
            .CountAsync(a => a.Actie == "kennisbank.document.gelezen" && a.ObjectId == objectId && a.Resultaat == resultaat);
    }

    [Fact]
    public async Task Gezaaid_met_de_documenten_uit_de_beleidsstukken_openbaar_zonder_de_beperkte()
    {
        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync(Pad("/kennisbank")));

        Assert.Contains("Handreiking mensenhandel Hollands Midden (juli 2020)", html, StringComparison.Ordinal);
        Assert.Contains("Barrièremodel arbeidsuitbuiting door malafide uitzendbureaus", html, StringComparison.Ordinal);
        Assert.Contains("Meldroutekaart mensenhandel", html, StringComparison.Ordinal);
        Assert.DoesNotContain("RIEC-onderzoek risico's op arbeidsuitbuiting", html, StringComparison.Ordinal);

        var professional = WebUtility.HtmlDecode(await factory.Als(DenHaag, Rollen.Aandachtsfunctionaris).GetStringAsync(Pad("/kennisbank")));
        Assert.Contains("RIEC-onderzoek risico's op arbeidsuitbuiting", professional, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gezaaid_met_de_regionale_beleidstemplate_alleen_voor_professionals_en_de_regionale_interventies()
    {
        var template = await DocumentAsync("beleidstemplate-regio-den-haag");
        Assert.Equal(KennisSoort.Beleid, template.Soort);
        Assert.False(template.Openbaar);
        Assert.Contains("noot 2", template.Bron, StringComparison.Ordinal);

        string[] interventies = ["field-lab-opvangproblematiek", "werkgroep-arbeidsuitbuiting-district-g", "no-room-for-sextrafficking",
            "bijeenkomst-hotels-noordwijk", "heit", "integrale-controles-midden-delfland"];
        foreach (var code in interventies)
        {
            var d = await DocumentAsync(code);
            Assert.Equal(KennisSoort.Interventie, d.Soort);
            Assert.True(d.Openbaar, code);
            Assert.Matches("§[0-9]", d.Bron);
        }

        var openbaar = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync(Pad("/kennisbank")));
        Assert.Contains("Mensenhandel Field Lab opvangproblematiek", openbaar, StringComparison.Ordinal);
        Assert.Contains("Uitvoeringsagenda werkgroep arbeidsuitbuiting district G", openbaar, StringComparison.Ordinal);
        Assert.DoesNotContain("Beleidstemplate sluitende aanpak mensenhandel", openbaar, StringComparison.Ordinal);
        var professional = WebUtility.HtmlDecode(await factory.Als(DenHaag, Rollen.Aandachtsfunctionaris).GetStringAsync(Pad("/kennisbank")));
        Assert.Contains("Beleidstemplate sluitende aanpak mensenhandel voor gemeenten in de regio Den Haag", professional, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beperkt_document_vraagt_aanmelding_en_elke_lezing_wordt_vastgelegd()
    {
        var beperkt = await DocumentAsync("riec-onderzoek-arbeidsuitbuiting");
        var id = beperkt.Id.ToString();
        var gelukt = await LeesregelsAsync(id, AuditResultaat.Gelukt);
        var geweigerd = await LeesregelsAsync(id, AuditResultaat.Geweigerd);

        var anoniem = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(Pad($"/kennisbank/{beperkt.Id}"));
        Assert.NotEqual(HttpStatusCode.OK, anoniem.StatusCode);
        Assert.Equal(geweigerd + 1, await LeesregelsAsync(id, AuditResultaat.Geweigerd));

        var professional = await factory.Als(DenHaag, Rollen.Aandachtsfunctionaris).GetAsync(Pad($"/kennisbank/{beperkt.Id}"));
        Assert.Equal(HttpStatusCode.OK, professional.StatusCode);
        Assert.Equal(gelukt + 1, await LeesregelsAsync(id, AuditResultaat.Gelukt));

        // A public document is read without an audit entry.
        var openbaar = await DocumentAsync("handreiking-hollands-midden");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(Pad($"/kennisbank/{openbaar.Id}"))).StatusCode);
        Assert.Equal(0, await LeesregelsAsync(openbaar.Id.ToString(), AuditResultaat.Gelukt));
    }

    [Fact]
    public async Task Ketenregisseur_uploadt_een_beperkt_bestand_als_nieuwe_versie_en_alleen_professionals_downloaden_het()
    {
        var document = await DocumentAsync("factsheet-arbeidsuitbuiting-toezicht");
        var regisseur = factory.Als(Rsiv, Rollen.Ketenregisseur);
        var formulier = await regisseur.GetStringAsync(Pad("/keten/kennisbank"));
        var token = System.Text.RegularExpressions.Regex.Match(formulier, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;

        using var inhoud = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(document.Id.ToString()), "Formulier.DocumentId" },
            { new StringContent("Factsheet arbeidsuitbuiting voor toezichthouders"), "Formulier.Titel" },
            { new StringContent("Factsheet"), "Formulier.Soort" },
            { new StringContent("Professionals"), "Formulier.Doelgroep" },
            { new StringContent("Arbeid"), "Formulier.Vorm" },
            { new StringContent("Versie voor toezichthouders"), "Formulier.Toelichting" },
        };
        var bestand = new ByteArrayContent("%PDF-1.4 kennisbanktest"u8.ToArray());
        bestand.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        inhoud.Add(bestand, "Bestand", "factsheet.pdf");
        var post = await regisseur.PostAsync(Pad("/keten/kennisbank"), inhoud);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);

        var na = await DocumentAsync("factsheet-arbeidsuitbuiting-toezicht");
        Assert.False(na.Openbaar);
        var anoniem = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(Pad($"/kennisbank/{na.Id}/bestand/2"));
        Assert.NotEqual(HttpStatusCode.OK, anoniem.StatusCode);
        var download = await factory.Als(DenHaag, Rollen.Aandachtsfunctionaris).GetAsync(Pad($"/kennisbank/{na.Id}/bestand/2"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-1.4 kennisbanktest", await download.Content.ReadAsStringAsync());
        Assert.Equal(1, await LeesregelsAsync($"{na.Id}:2", AuditResultaat.Gelukt));
    }

    [Fact]
    public async Task Een_soort_als_lijst_wordt_bij_het_veld_geweigerd_en_niets_opgeslagen()
    {
        var regisseur = factory.Als(Rsiv, Rollen.Ketenregisseur);
        var formulier = await regisseur.GetStringAsync(Pad("/keten/kennisbank"));
        var token = System.Text.RegularExpressions.Regex.Match(formulier, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        const string titel = "Werkinstructie die nooit mag bestaan";
        using var inhoud = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(titel), "Formulier.Titel" },
            { new StringContent("Factsheet, Handreiking"), "Formulier.Soort" },
            { new StringContent("1"), "Formulier.Vorm" },
            { new StringContent("https://example.org/werkinstructie"), "Formulier.Link" },
        };
        var post = await regisseur.PostAsync(Pad("/keten/kennisbank"), inhoud);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync());
        Assert.Contains("id=\"fout-soort\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"fout-vorm\"", html, StringComparison.Ordinal);
        await using var scope = factory.Scope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<KennisDocument>().AnyAsync(d => d.Titel == titel));
    }

    [Fact]
    public async Task Een_partner_mag_niets_toevoegen()
    {
        var partner = factory.Als(DenHaag, Rollen.Aandachtsfunctionaris);
        var formulier = await partner.GetStringAsync(Pad("/keten/kennisbank"));
        Assert.DoesNotContain("enctype=\"multipart/form-data\"", formulier, StringComparison.Ordinal);
    }
}

public sealed class KennisbankTestsSqlite(DoorverwijzingSqliteFactory f) : KennisbankTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class KennisbankTestsPostgres(DoorverwijzingPostgresFactory f) : KennisbankTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
