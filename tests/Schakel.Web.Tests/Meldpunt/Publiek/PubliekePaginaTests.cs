using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Features.Meldpunt.Publiek.Beheer;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;

namespace Schakel.Web.Tests.Meldpunt.Publiek;

/// <summary>The public pages over HTTP and the signals card's beheer, on both databases.</summary>
public abstract partial class PubliekePaginaTests(SchakelFactory factory)
{
    private static ClaimsPrincipal Beheerder() => new(new ClaimsIdentity(
    [
        new Claim(SchakelClaims.Organisatie, DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv).ToString()),
        new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
        new Claim(SchakelClaims.Rol, Rollen.Beheerder),
    ], "test"));

    [Theory]
    [InlineData("/informatie")]
    [InlineData("/informatie/arbeid")]
    [InlineData("/informatie/signalen")]
    [InlineData("/wegwijzer")]
    [InlineData("/melden")]
    [InlineData("/advies")]
    [InlineData("/opvolgen")]
    public async Task Publieke_paginas_zijn_open_zonder_account(string pad)
    {
        var antwoord = await factory.CreateClient().GetAsync(new Uri(pad, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("data-snelweg", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Melding doen")]
    [InlineData("en", "Make a report")]
    [InlineData("pl", "Złóż zgłoszenie")]
    [InlineData("bg", "Подайте сигнал")]
    [InlineData("ro", "Faceți o sesizare")]
    public async Task Het_meldformulier_volgt_de_taal_van_de_browser(string taal, string titel)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(taal);
        var html = await client.GetStringAsync(new Uri("/melden", UriKind.Relative));
        Assert.Contains($"<html lang=\"{taal}\"", html, StringComparison.Ordinal);
        Assert.Contains(titel, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbekende_vorm_bestaat_niet()
    {
        var antwoord = await factory.CreateClient().GetAsync(new Uri("/informatie/toerisme", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
    }

    [Fact]
    public async Task De_beheerpagina_is_dicht_zonder_beheerder()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var antwoord = await client.GetAsync(new Uri("/beheer/indicatoren", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, antwoord.StatusCode);
    }

    [Fact]
    public async Task Een_gewijzigd_signaal_staat_direct_op_de_vormpagina_en_de_wijziging_is_gelogd()
    {
        string code;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            code = await db.Set<Indicator>().Where(i => i.Actief).OrderBy(i => i.Code).Select(i => i.Code).FirstAsync();
            var fouten = await scope.ServiceProvider.GetRequiredService<IndicatorBeheer>().WijzigAsync(code,
                new IndicatorWijziging("Slaapt op de werkplek (gewijzigd)", "Sleeps at the workplace (edited)", "Werk en wonen", ["arbeid"], true), Beheerder(), default);
            Assert.NotNull(fouten);
            Assert.Empty(fouten);
        }

        var html = await factory.CreateClient().GetStringAsync(new Uri("/informatie/arbeid", UriKind.Relative));
        Assert.Contains("Slaapt op de werkplek (gewijzigd)", html, StringComparison.Ordinal);
        var seksueel = await factory.CreateClient().GetStringAsync(new Uri("/informatie/seksueel", UriKind.Relative));
        Assert.DoesNotContain("Slaapt op de werkplek (gewijzigd)", seksueel, StringComparison.Ordinal);

        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            Assert.NotNull((await db.Set<Indicator>().SingleAsync(i => i.Code == code)).GewijzigdOp);
            Assert.True(await db.Set<AuditRegel>().AnyAsync(r => r.Actie == "indicator.gewijzigd" && r.ObjectId == code));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPatroon();

    private static async Task<string> TokenAsync(HttpClient client, string pad) =>
        TokenPatroon().Match(await client.GetStringAsync(new Uri(pad, UriKind.Relative))).Groups[1].Value;

    private static async Task<HttpResponseMessage> MeldAsync(HttpClient client, string omschrijving)
    {
        var token = await TokenAsync(client, "/melden");
        return await client.PostAsync(new Uri("/melden", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["melderType"] = "professional",
            ["sector"] = "Zorg",
            ["omschrijving"] = omschrijving,
            ["gemeenteCode"] = "GM0518",
            ["acuutGevaar"] = "nee",
        }));
    }

    [Fact]
    public async Task Publiek_melden_toont_de_code_na_de_doorverwijzing_en_nergens_in_headers()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var post = await MeldAsync(client, "HTTP-proef publiek melden.");
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var antwoord = await client.GetAsync(post.Headers.Location);
        var html = await antwoord.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var code = Regex.Match(html, "data-ontvangstcode>(\\d{4} \\d{4} \\d{4} \\d{4})<").Groups[1].Value;
        Assert.NotEmpty(code);
        Assert.Contains("no-store", antwoord.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var headers = string.Join("\n", antwoord.Headers.Concat(antwoord.Content.Headers).SelectMany(h => h.Value)).Replace(" ", "", StringComparison.Ordinal);
        Assert.DoesNotContain(code.Replace(" ", "", StringComparison.Ordinal), headers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_ingelogde_professional_meldt_zonder_code_en_de_organisatie_is_bekend()
    {
        var shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);
        // The test sign-in derives the person's id from its header; the report refers to that account.
        var id = new Guid(MD5.HashData(Encoding.UTF8.GetBytes($"{shop};{Rollen.Zorgcoordinator};")));
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            db.Add(new Medewerker { Id = id, UserName = $"p{id:N}", NormalizedUserName = $"P{id:N}", OrganisatieId = shop, SecurityStamp = id.ToString() });
            await db.SaveChangesAsync();
        }
        var client = factory.Als(shop, Rollen.Zorgcoordinator);
        var post = await MeldAsync(client, "HTTP-proef professional vanuit het account.");
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var antwoord = await client.GetAsync(post.Headers.Location);
        var html = await antwoord.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.DoesNotContain("data-ontvangstcode", html, StringComparison.Ordinal);
        await using var lees = factory.Scope();
        Assert.True(await lees.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Schakel.Web.Features.Meldpunt.Model.Melding>()
            .AnyAsync(m => m.IndienerMedewerkerId == id && m.IndienerOrganisatieId == shop && m.OntvangstcodeHash == null));
    }

    [Fact]
    public async Task Een_beheerder_wijzigt_een_signaal_via_het_formulier()
    {
        var client = factory.Als(DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv), Rollen.Beheerder);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/beheer/indicatoren", UriKind.Relative))).StatusCode);
        string code;
        await using (var scope = factory.Scope())
        {
            code = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Indicator>().OrderByDescending(i => i.Code).Select(i => i.Code).FirstAsync();
        }
        var pad = "/beheer/indicatoren/" + code;
        var token = await TokenAsync(client, pad);
        var leeg = await client.PostAsync(new Uri(pad, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["labelNl"] = "", ["labelEn"] = "x", ["groep"] = "g", ["uitbuitingsvormen"] = "arbeid",
        }));
        Assert.Contains("aria-invalid=\"true\"", await leeg.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var goed = await client.PostAsync(new Uri(pad, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["labelNl"] = "Via het beheerformulier", ["labelEn"] = "Through the form", ["groep"] = "Beheer", ["uitbuitingsvormen"] = "alle", ["actief"] = "true",
        }));
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        Assert.Contains("Via het beheerformulier", await factory.CreateClient().GetStringAsync(new Uri("/informatie/signalen", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public void Ongeldige_wijzigingen_worden_per_veld_gemeld()
    {
        var fouten = IndicatorBeheer.Valideer(new IndicatorWijziging("", new string('x', 301), "Groep", ["toerisme"], true));
        Assert.Equal(["labelEn", "labelNl", "uitbuitingsvormen"], fouten.Keys.Order(StringComparer.Ordinal));
    }
}

public sealed class PubliekePaginaTestsSqlite(MeldpuntSqliteFactory f) : PubliekePaginaTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class PubliekePaginaTestsPostgres(MeldpuntPostgresFactory f) : PubliekePaginaTests(f), IClassFixture<MeldpuntPostgresFactory>;
