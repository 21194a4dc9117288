using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Opvang;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Opvang.Zoeken;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Opvang;

/// <summary>
/// The shelter search in pages, in the API and on the request page: bad paging input, the links and headers on the
/// first, a middle and the last page, and the pages together are exactly the full ranking of <see cref="Matcher"/>.
/// The demo has eight pools, so this class adds a location with enough fitting pools for three pages of twenty.
/// </summary>
public abstract class ZoekpaginaTests(SchakelFactory factory)
{
    private const int ExtraPools = 45;
    private const string Shop = "demo-shop-den-haag";
    private static readonly Guid ExtraLocatie = DemoOrganisaties.IdVan("opvanglocatie:Paginering Den Haag");

    private Task<HttpClient> Als(string client) => ClientMetTokenAsync(factory.CreateClient, client);

    /// <summary>Once per database: women's crisis pools with different free beds, so the order is not the id order.</summary>
    private async Task ZaaiPoolsAsync()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        if (await db.Set<Opvanglocatie>().AnyAsync(l => l.Id == ExtraLocatie))
        {
            return;
        }
        var nu = DateTimeOffset.UtcNow;
        var locatie = new Opvanglocatie
        {
            Id = ExtraLocatie, OrganisatieId = DemoOrganisaties.IdVan(DemoOrganisaties.OpvangHaaglanden), Naam = "Paginering Den Haag",
            GemeenteCode = "GM0518", GemeenteNaam = "'s-Gravenhage", Breedtegraad = 52.08, Lengtegraad = 4.31, Contact24Uur = "0800-0000010",
        };
        for (var i = 0; i < ExtraPools; i++)
        {
            locatie.Plekkenpools.Add(new Plekkenpool
            {
                Id = DemoOrganisaties.IdVan($"plekkenpool:Paginering Den Haag:{i}"), OpvanglocatieId = ExtraLocatie, Naam = $"Pool {i}",
                Type = Opvangtype.Crisisopvang, Fase = Fase.Crisis, Capaciteit = 2 + i % 7, Bezet = i % 2, BijgewerktOp = nu,
                Criteria = new PlekkenpoolCriteria { Geslachten = [Geslacht.Vrouw], Talen = ["nl", "en"] },
            });
        }
        db.Add(locatie);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<PoolLeesmodel>().AllesOpnieuw();
    }

    private static async Task<Guid> MaakVerzoekAsync(HttpClient http)
    {
        var antwoord = await http.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new
        {
            geslacht = "vrouw", leeftijdscategorie = "van23Tot29", gevondenOp = DateTimeOffset.UtcNow.AddHours(-1), gevondenInGemeenteCode = "GM0518",
        });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The reference: every pool of the read model ranked by <see cref="Matcher.Rangschik"/>, the fitting ones.</summary>
    private async Task<List<Guid>> VolledigeRangschikkingAsync(Guid verzoekId, Stap stap)
    {
        await using var scope = factory.Scope();
        var verzoek = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Plaatsingsverzoek>().AsNoTracking().SingleAsync(v => v.Id == verzoekId);
        var nu = DateTimeOffset.UtcNow;
        var model = await scope.ServiceProvider.GetRequiredService<PoolLeesmodel>().HuidigAsync(CancellationToken.None);
        return [.. Matcher.Rangschik(verzoek.Behoefte, stap, model.Rijen.Select(r => r.Stand(nu).AlsAanbod()), nu).Where(r => r.Past).Select(r => r.Pool.Id)];
    }

    private static string? Href(JsonElement links, string naam) =>
        links.TryGetProperty(naam, out var l) && l.ValueKind == JsonValueKind.Object ? l.GetProperty("href").GetString() : null;

    private static string Kop(HttpResponseMessage antwoord, string naam) => string.Join(",", antwoord.Headers.GetValues(naam));

    [Theory]
    [InlineData("pagina=0", new[] { "pagina" })]
    [InlineData("pagina=-1", new[] { "pagina" })]
    [InlineData("paginaGrootte=0", new[] { "paginaGrootte" })]
    [InlineData("paginaGrootte=101", new[] { "paginaGrootte" })]
    [InlineData("pagina=0&paginaGrootte=101", new[] { "pagina", "paginaGrootte" })]
    [InlineData("pagina=-1&paginaGrootte=-1", new[] { "pagina", "paginaGrootte" })]
    [InlineData("pagina=99999999999", new[] { "pagina" })]
    [InlineData("paginaGrootte=99999999999999999999", new[] { "paginaGrootte" })]
    [InlineData("pagina=twee", new[] { "pagina" })]
    [InlineData("pagina=1.5", new[] { "pagina" })]
    [InlineData("pagina=abc&paginaGrootte=xyz", new[] { "pagina", "paginaGrootte" })]
    public async Task Ongeldige_paginering_geeft_400_met_de_velden(string query, string[] velden)
    {
        var shop = await Als(Shop);
        var verzoek = await MaakVerzoekAsync(shop);
        var antwoord = await shop.GetAsync(Pad($"/api/v1/plaatsingsverzoeken/{verzoek}/matches?{query}"));
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var probleem = await ProbleemAsync(antwoord, 400);
        Assert.Equal(velden, probleem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Eerste_middelste_en_laatste_pagina_zijn_samen_de_volledige_rangschikking()
    {
        await ZaaiPoolsAsync();
        var shop = await Als(Shop);
        var verzoek = await MaakVerzoekAsync(shop);
        const int grootte = 20;

        var pad = $"/api/v1/plaatsingsverzoeken/{verzoek}/matches";
        var eerste = await shop.GetAsync(Pad($"{pad}?paginaGrootte={grootte}"));
        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        var eersteJson = await eerste.Content.ReadFromJsonAsync<JsonElement>();
        var stap = Enum.Parse<Stap>(eersteJson.GetProperty("stap").GetString()!, ignoreCase: true);
        var referentie = await VolledigeRangschikkingAsync(verzoek, stap);
        Assert.True(referentie.Count > 2 * grootte, $"Te weinig passende pools voor drie pagina's: {referentie.Count}.");
        var laatste = (referentie.Count + grootte - 1) / grootte;

        var gezien = new List<Guid>();
        for (var n = 1; n <= laatste; n++)
        {
            var antwoord = n == 1 ? eerste : await shop.GetAsync(Pad($"{pad}?pagina={n}&paginaGrootte={grootte}"));
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            var json = n == 1 ? eersteJson : await antwoord.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(referentie.Count.ToString(), Kop(antwoord, "X-Total-Count"));
            Assert.Equal(n.ToString(), Kop(antwoord, "X-Pagination-Page"));
            Assert.Equal(grootte.ToString(), Kop(antwoord, "X-Pagination-Limit"));
            Assert.Equal(referentie.Count, json.GetProperty("totaal").GetInt32());
            Assert.Equal(n, json.GetProperty("pagina").GetInt32());
            Assert.Equal(grootte, json.GetProperty("paginaGrootte").GetInt32());

            var links = json.GetProperty("_links");
            string Link(int p) => $"{pad}?pagina={p}&paginaGrootte={grootte}";
            Assert.Equal(Link(n), Href(links, "self"));
            Assert.Equal(Link(1), Href(links, "first"));
            Assert.Equal(Link(laatste), Href(links, "last"));
            Assert.Equal(n > 1 ? Link(n - 1) : null, Href(links, "prev"));
            Assert.Equal(n < laatste ? Link(n + 1) : null, Href(links, "next"));

            var passend = json.GetProperty("matches").EnumerateArray().Where(m => m.GetProperty("past").GetBoolean()).ToList();
            Assert.Equal(n < laatste ? grootte : referentie.Count - (laatste - 1) * grootte, passend.Count);
            // Ranks continue over the pages as in the full ranking.
            Assert.Equal(Enumerable.Range((n - 1) * grootte + 1, passend.Count), passend.Select(m => m.GetProperty("rang").GetInt32()));
            gezien.AddRange(passend.Select(m => m.GetProperty("plekkenpool").GetProperty("id").GetGuid()));
        }
        Assert.Equal(referentie, gezien);
    }

    /// <summary>
    /// docs/api.md: a page beyond the last is not an error (beds may have been taken since the link was made); it is
    /// empty, with the totals and the links back to the first and last page.
    /// </summary>
    [Fact]
    public async Task Een_pagina_voorbij_de_laatste_is_leeg_met_links_terug()
    {
        await ZaaiPoolsAsync();
        var shop = await Als(Shop);
        var verzoek = await MaakVerzoekAsync(shop);
        var pad = $"/api/v1/plaatsingsverzoeken/{verzoek}/matches";
        foreach (var pagina in new[] { 4, int.MaxValue })
        {
            var antwoord = await shop.GetAsync(Pad($"{pad}?pagina={pagina}&paginaGrootte=100"));
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            var json = await antwoord.Content.ReadFromJsonAsync<JsonElement>();
            var totaal = json.GetProperty("totaal").GetInt32();
            Assert.InRange(totaal, ExtraPools, 100);
            Assert.DoesNotContain(json.GetProperty("matches").EnumerateArray(), m => m.GetProperty("past").GetBoolean());
            Assert.Equal(totaal.ToString(), Kop(antwoord, "X-Total-Count"));
            var links = json.GetProperty("_links");
            Assert.Equal($"{pad}?pagina={pagina}&paginaGrootte=100", Href(links, "self"));
            Assert.Equal($"{pad}?pagina=1&paginaGrootte=100", Href(links, "last"));
            Assert.Equal($"{pad}?pagina=1&paginaGrootte=100", Href(links, "prev"));
            Assert.Null(Href(links, "next"));
        }
    }

    [Fact]
    public async Task De_verzoekpagina_bladert_met_links_die_het_verzoek_houden_in_het_Nederlands_en_Engels()
    {
        await ZaaiPoolsAsync();
        var client = await factory.AlsAsync(Rollen.Zorgcoordinator);
        var id = await MaakVerzoekViaFormulierAsync(client);
        var pad = $"/opvang/verzoeken/{id}";

        var eerste = await client.GetStringAsync(pad);
        var aantal = int.Parse(Regex.Match(eerste, "Pagina 1 van (\\d+)").Groups[1].Value);
        Assert.InRange(aantal, 3, 5);
        var nav = Navigatie(eerste);
        Assert.Contains("aria-label=\"Pagina&#x27;s met passende plekken\"", nav, StringComparison.Ordinal);
        Assert.Matches("<li[^>]*aria-current=\"page\"[^>]*>Pagina 1 van", nav);
        Assert.Contains($"href=\"{pad}?pagina=2#matches-kop\"", nav, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", nav, StringComparison.Ordinal);

        var midden = Navigatie(await client.GetStringAsync($"{pad}?pagina=2"));
        Assert.Matches("<li[^>]*aria-current=\"page\"[^>]*>Pagina 2 van", midden);
        Assert.Contains($"href=\"{pad}?pagina=1#matches-kop\"", midden, StringComparison.Ordinal);
        Assert.Contains($"href=\"{pad}?pagina=3#matches-kop\"", midden, StringComparison.Ordinal);

        var laatste = await client.GetStringAsync($"{pad}?pagina={aantal}");
        Assert.DoesNotContain("rel=\"next\"", Navigatie(laatste), StringComparison.Ordinal);
        // The ordered list continues the numbering of the full ranking.
        Assert.Contains($"start=\"{(aantal - 1) * 20 + 1}\"", laatste, StringComparison.Ordinal);

        var engels = new HttpRequestMessage(HttpMethod.Get, $"{pad}?pagina=2");
        engels.Headers.AcceptLanguage.ParseAdd("en");
        var en = Navigatie(await (await client.SendAsync(engels)).Content.ReadAsStringAsync());
        Assert.Contains("aria-label=\"Pages of fitting places\"", en, StringComparison.Ordinal);
        Assert.Matches("<li[^>]*aria-current=\"page\"[^>]*>Page 2 of", en);
        Assert.Contains(">Previous page<", en, StringComparison.Ordinal);
        Assert.Contains(">Next page<", en, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", 1)]
    [InlineData("0", 1)]
    [InlineData("-3", 1)]
    [InlineData("99999999999", 1)]
    [InlineData("2147483647", 0)]
    public async Task Een_onbruikbare_pagina_in_de_adresregel_geeft_een_pagina_nooit_een_fout(string pagina, int verwacht)
    {
        await ZaaiPoolsAsync();
        var client = await factory.AlsAsync(Rollen.Zorgcoordinator);
        var id = await MaakVerzoekViaFormulierAsync(client);
        var antwoord = await client.GetAsync($"/opvang/verzoeken/{id}?pagina={pagina}");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        var m = Regex.Match(Navigatie(html), "aria-current=\"page\"[^>]*>Pagina (\\d+) van (\\d+)");
        Assert.True(m.Success, "Geen huidige pagina in de navigatie.");
        // 0 stands for the last page: a number beyond it shows the last page rather than an empty one.
        Assert.Equal(verwacht == 0 ? m.Groups[2].Value : verwacht.ToString(), m.Groups[1].Value);
    }

    private static string Navigatie(string html)
    {
        var m = Regex.Match(html, "<nav class=\"schakel-paginering\"[\\s\\S]*?</nav>");
        Assert.True(m.Success, "Geen paginanavigatie op de pagina.");
        return m.Value;
    }

    private static async Task<Guid> MaakVerzoekViaFormulierAsync(HttpClient client)
    {
        var antwoord = await Aanmelden.PostFormAsync(client, "/opvang/bord", new Dictionary<string, string>
        {
            ["Invoer.Geslacht"] = "Vrouw",
            ["Invoer.Leeftijdscategorie"] = "Van23Tot29",
            ["Invoer.Urgentie"] = "Acuut",
            ["Invoer.BedenktijdB8"] = "Onbekend",
            ["Invoer.GevondenOp"] = "",
            ["Invoer.GevondenInGemeenteCode"] = "GM0518",
        });
        var pad = Aanmelden.Pad(antwoord);
        Assert.True(pad?.StartsWith("/opvang/verzoeken/", StringComparison.Ordinal) == true, await antwoord.Content.ReadAsStringAsync());
        return Guid.Parse(pad!["/opvang/verzoeken/".Length..]);
    }
}

public sealed class ZoekpaginaTestsSqlite(SqliteFactory f) : ZoekpaginaTests(f), IClassFixture<SqliteFactory>;

public sealed class ZoekpaginaTestsPostgres(PostgresFactory f) : ZoekpaginaTests(f), IClassFixture<PostgresFactory>;
