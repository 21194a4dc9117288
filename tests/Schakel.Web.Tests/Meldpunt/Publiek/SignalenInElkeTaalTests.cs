using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Features.Meldpunt.Publiek;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Taal;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt.Publiek;

/// <summary>
/// The signals card in every public language and in easy Dutch: no English stand-ins in Polish, Bulgarian or
/// Romanian, and a beheerder's translation shows at once. On both databases.
/// </summary>
public abstract partial class SignalenInElkeTaalTests(SchakelFactory factory)
{
    private async Task<string> PaginaAsync(string pad, string taal, bool eenvoudig = false)
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Get, new Uri(pad, UriKind.Relative));
        verzoek.Headers.Add("Accept-Language", taal);
        if (eenvoudig)
        {
            verzoek.Headers.Add("Cookie", $"{EenvoudigeTaal.Cookie}=1");
        }
        var antwoord = await factory.CreateClient().SendAsync(verzoek);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<(h3|li)[^>]*lang=\"(en|nl)\"[^>]*>([^<]*)<")]
    private static partial Regex AnderstaligPatroon();

    [Theory]
    [InlineData("pl", "/informatie/signalen", "Przymusowe pobranie narządu")]
    [InlineData("bg", "/informatie/signalen", "Трудова експлоатация")]
    [InlineData("ro", "/informatie/signalen", "Exploatare sexuală")]
    [InlineData("pl", "/informatie/arbeid", "Przeludnione mieszkanie i wysoki czynsz")]
    [InlineData("bg", "/informatie/seksueel", "Обява в сайт за секс обяви")]
    [InlineData("ro", "/informatie/crimineel", "Constrângere la traficul de droguri sau la transportul lor")]
    [InlineData("pl", "/melden", "Brak dostępu do opieki medycznej")]
    public async Task Signalen_en_groepen_staan_in_de_taal_van_de_lezer(string taal, string pad, string verwacht)
    {
        var html = await PaginaAsync(pad, taal);

        Assert.Contains(verwacht, html, StringComparison.Ordinal);
        var anderstalig = AnderstaligPatroon().Matches(html).Select(m => m.Groups[3].Value).ToList();
        Assert.True(anderstalig.Count == 0, $"in een andere taal: {string.Join(" | ", anderstalig)}");
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var engels = await db.Set<Indicator>().Where(i => i.Actief).Select(i => i.LabelEn).ToListAsync();
        Assert.DoesNotContain(engels, e => html.Contains('>' + e + '<', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/informatie/signalen")]
    [InlineData("/informatie/arbeid")]
    public async Task In_het_Engels_hebben_ook_de_groepen_een_Engelse_naam(string pad)
    {
        var html = await PaginaAsync(pad, "en");

        Assert.Contains("Dependence in several ways", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Meervoudige afhankelijkheid", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eenvoudige_taal_geldt_ook_voor_de_signalen()
    {
        var b1 = await PaginaAsync("/informatie/signalen", "nl", eenvoudig: true);
        var gewoon = await PaginaAsync("/informatie/signalen", "nl");

        Assert.Contains("Mag niet naar een dokter", b1, StringComparison.Ordinal);
        Assert.Contains("Iemand is niet vrij", b1, StringComparison.Ordinal);
        Assert.DoesNotContain("Geen toegang tot medische zorg", b1, StringComparison.Ordinal);
        Assert.Contains("Geen toegang tot medische zorg", gewoon, StringComparison.Ordinal);
        Assert.DoesNotContain("Mag niet naar een dokter", gewoon, StringComparison.Ordinal);
    }

    /// <summary>"To dzieje się mnie" is not Polish; the reporter who is the victim reads "To dotyczy mnie".</summary>
    [Fact]
    public async Task Het_Poolse_formulier_zegt_goed_dat_het_de_melder_zelf_overkomt()
    {
        var html = await PaginaAsync("/melden", "pl");

        Assert.Contains("To dotyczy mnie", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dzieje się mnie", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_referentielijst_heeft_elk_signaal_en_elke_groep_in_elke_taal()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var signalen = await db.Set<Indicator>().Include(i => i.Teksten).Where(i => i.GewijzigdOp == null).ToListAsync();
        var groepen = await db.Set<IndicatorGroepTekst>().ToListAsync();

        Assert.NotEmpty(signalen);
        foreach (var taal in new[] { "pl", "bg", "ro", Signaaltaal.EenvoudigNederlands })
        {
            Assert.All(signalen, i => Assert.Contains(i.Teksten, t => t.Taal == taal && t.Label.Length > 0));
            Assert.All(signalen.Select(i => i.Groep).Distinct(), g => Assert.Contains(groepen, t => t.Groep == g && t.Taal == taal));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPatroon();

    [Fact]
    public async Task De_beheerder_past_elke_taal_aan_en_de_lezer_ziet_het_direct()
    {
        const string code = "KWB-04";
        var client = factory.Als(DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv), Rollen.Beheerder);
        var formulier = await client.GetStringAsync(new Uri($"/beheer/indicatoren/{code}", UriKind.Relative));
        Assert.Contains("id=\"label-pl\"", formulier, StringComparison.Ordinal);
        Assert.Contains("id=\"label-nl-B1\"", formulier, StringComparison.Ordinal);
        Assert.Contains("id=\"groep-ro\"", formulier, StringComparison.Ordinal);
        Assert.Contains("Uzależnienie lub wiele problemów naraz", WebUtility.HtmlDecode(formulier), StringComparison.Ordinal);

        var velden = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", TokenPatroon().Match(formulier).Groups[1].Value),
            new("LabelNl", "Verslaving of multiproblematiek"),
            new("LabelEn", "Addiction or multiple problems"),
            new("Groep", "Kwetsbaarheid"),
            new("Uitbuitingsvormen", "alle"),
            new("Actief", "true"),
            new("label-pl", "Uzależnienie lub wiele problemów jednocześnie"),
            new("label-bg", ""),
            new("label-ro", "Dependență sau mai multe probleme deodată"),
            new("label-nl-B1", "Verslaafd of veel problemen"),
            new("groep-en", "Vulnerability"),
            new("groep-pl", "Szczególna podatność na wykorzystanie"),
            new("groep-bg", "Уязвимост"),
            new("groep-ro", "Vulnerabilitate"),
            new("groep-nl-B1", "Iemand loopt extra risico"),
        };
        var antwoord = await client.PostAsync(new Uri($"/beheer/indicatoren/{code}", UriKind.Relative), new FormUrlEncodedContent(velden));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);

        var pl = await PaginaAsync("/informatie/signalen", "pl");
        Assert.Contains("Uzależnienie lub wiele problemów jednocześnie", pl, StringComparison.Ordinal);
        Assert.Contains("Szczególna podatność na wykorzystanie", pl, StringComparison.Ordinal);
        // The Bulgarian text was emptied: the reader gets the English one, marked as English.
        var bg = await PaginaAsync("/informatie/signalen", "bg");
        Assert.Contains($"data-code=\"{code}\" lang=\"en\">Addiction or multiple problems<", bg, StringComparison.Ordinal);
        Assert.Contains("Verslaafd of veel problemen", await PaginaAsync("/informatie/signalen", "nl", eenvoudig: true), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_te_lange_vertaling_wordt_geweigerd_en_niets_wordt_opgeslagen()
    {
        const string code = "KWB-02";
        var client = factory.Als(DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv), Rollen.Beheerder);
        var formulier = await client.GetStringAsync(new Uri($"/beheer/indicatoren/{code}", UriKind.Relative));
        var antwoord = await client.PostAsync(new Uri($"/beheer/indicatoren/{code}", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", TokenPatroon().Match(formulier).Groups[1].Value),
            new("LabelNl", "Andere tekst"),
            new("LabelEn", "Other text"),
            new("Groep", "Kwetsbaarheid"),
            new("Uitbuitingsvormen", "alle"),
            new("label-ro", new string('x', 301)),
            new("groep-pl", new string('y', 121)),
        ]));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#label-ro\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#groep-pl\"", html, StringComparison.Ordinal);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.Null((await db.Set<Indicator>().SingleAsync(i => i.Code == code)).GewijzigdOp);
    }

    [Fact]
    public async Task Een_beheerder_voegt_een_nieuw_signaal_toe_met_al_zijn_talen()
    {
        const string code = "ARU-98";
        var client = factory.Als(DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv), Rollen.Beheerder);
        var lijst = await client.GetStringAsync(new Uri("/beheer/indicatoren", UriKind.Relative));
        Assert.Contains("href=\"/beheer/indicatoren/nieuw\"", lijst, StringComparison.Ordinal);
        var formulier = await client.GetStringAsync(new Uri("/beheer/indicatoren/nieuw", UriKind.Relative));
        Assert.Contains("id=\"code\"", formulier, StringComparison.Ordinal);
        Assert.Contains("id=\"label-bg\"", formulier, StringComparison.Ordinal);
        var token = TokenPatroon().Match(formulier).Groups[1].Value;
        List<KeyValuePair<string, string>> Velden(string c) =>
        [
            new("__RequestVerificationToken", token),
            new("code", c),
            new("LabelNl", "Slaapt op de werkplek"),
            new("LabelEn", "Sleeps at the workplace"),
            new("Groep", "Aantasting lichamelijke integriteit"),
            new("Uitbuitingsvormen", "arbeid"),
            new("groep-pl", ""),
            new("Actief", "true"),
            new("label-pl", "Śpi w miejscu pracy"),
            new("label-bg", "Спи на работното място"),
            new("label-ro", "Doarme la locul de muncă"),
            new("label-nl-B1", "Slaapt op het werk"),
        ];

        // A code that is not of the card's form, and one that exists, are refused next to the field; nothing is stored.
        foreach (var fout in new[] { "aru 98", "KWB-04" })
        {
            var geweigerd = await client.PostAsync(new Uri("/beheer/indicatoren/nieuw", UriKind.Relative), new FormUrlEncodedContent(Velden(fout)));
            Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
            var html = await geweigerd.Content.ReadAsStringAsync();
            Assert.Contains("id=\"code-fout\"", html, StringComparison.Ordinal);
            Assert.Contains("href=\"#code\"", html, StringComparison.Ordinal);
        }

        var antwoord = await client.PostAsync(new Uri("/beheer/indicatoren/nieuw", UriKind.Relative), new FormUrlEncodedContent(Velden(code)));

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal($"/beheer/indicatoren/{code}", antwoord.Headers.Location?.OriginalString);
        Assert.Contains("Śpi w miejscu pracy", await PaginaAsync("/informatie/signalen", "pl"), StringComparison.Ordinal);
        Assert.Contains("Спи на работното място", await PaginaAsync("/informatie/signalen", "bg"), StringComparison.Ordinal);
        Assert.Contains("Slaapt op het werk", await PaginaAsync("/informatie/signalen", "nl", eenvoudig: true), StringComparison.Ordinal);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var nieuw = await db.Set<Indicator>().Include(i => i.Teksten).SingleAsync(i => i.Code == code);
        Assert.NotNull(nieuw.GewijzigdOp);
        Assert.Equal(4, nieuw.Teksten.Count);
        Assert.True(await db.Set<Schakel.Web.Security.Audit.AuditRegel>().AnyAsync(a => a.Actie == "indicator.toegevoegd" && a.ObjectId == code));
    }

    [Fact]
    public async Task De_signalen_van_orgaanverwijdering_staan_op_hun_pagina_hoewel_de_lijst_orgaan_zegt()
    {
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            Assert.Equal("orgaanverwijdering", (await db.Set<Indicator>().SingleAsync(i => i.Code == "INT-04")).Uitbuitingsvormen);
        }
        var html = WebUtility.HtmlDecode(await PaginaAsync("/informatie/orgaanverwijdering", "nl"));
        Assert.Contains("Gedwongen orgaanverwijdering", html, StringComparison.Ordinal);
        Assert.Contains("Gedwongen draagmoederschap", html, StringComparison.Ordinal);
    }
}

public sealed class SignalenInElkeTaalTestsSqlite(DoorverwijzingSqliteFactory f) : SignalenInElkeTaalTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class SignalenInElkeTaalTestsPostgres(DoorverwijzingPostgresFactory f) : SignalenInElkeTaalTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
