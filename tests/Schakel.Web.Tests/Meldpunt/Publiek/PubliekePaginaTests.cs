using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Features.Meldpunt.Publiek.Beheer;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt.Publiek;

/// <summary>The public pages over HTTP and the signals card's beheer, on both databases.</summary>
public abstract class PubliekePaginaTests(SchakelFactory factory)
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

    [Fact]
    public void Ongeldige_wijzigingen_worden_per_veld_gemeld()
    {
        var fouten = IndicatorBeheer.Valideer(new IndicatorWijziging("", new string('x', 301), "Groep", ["toerisme"], true));
        Assert.Equal(["labelEn", "labelNl", "uitbuitingsvormen"], fouten.Keys.Order(StringComparer.Ordinal));
    }
}

public sealed class PubliekePaginaTestsSqlite(SqliteFactory f) : PubliekePaginaTests(f), IClassFixture<SqliteFactory>;

public sealed class PubliekePaginaTestsPostgres(PostgresFactory f) : PubliekePaginaTests(f), IClassFixture<PostgresFactory>;
