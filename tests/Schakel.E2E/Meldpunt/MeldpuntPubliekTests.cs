using System.Security.Claims;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;

namespace Schakel.E2E.Meldpunt;

/// <summary>The public reporting point in a real browser: report, code, answer, wegwijzer, no JavaScript, keyboard, axe.</summary>
public sealed class MeldpuntPubliekTests(MeldpuntBrowserFixture app) : IClassFixture<MeldpuntBrowserFixture>
{
    private static readonly string[] PubliekePaginas =
    [
        "/informatie", "/informatie/seksueel", "/informatie/arbeid", "/informatie/crimineel", "/informatie/orgaanverwijdering",
        "/informatie/signalen", "/wegwijzer", "/melden", "/advies", "/opvolgen", "/melden/bedankt", "/monitor/publiek/definities",
    ];

    [Fact]
    public async Task Anoniem_melden_code_bewaren_antwoord_lezen_en_reageren()
    {
        var pagina = await app.NieuwePaginaAsync();
        var code = await MeldAsync(pagina, "Busjes halen elke ochtend om vijf uur mensen op bij het pand.");

        await AntwoordAlsMeldpuntAsync(code, "Dank u. Kunt u zeggen welke kleur de busjes hebben?");

        await pagina.GotoAsync("/opvolgen");
        await pagina.GetByLabel("Ontvangstcode (16 cijfers)").FillAsync(code);
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Bekijken" }).ClickAsync();
        Assert.DoesNotContain(code.Replace(" ", ""), pagina.Url.Replace(" ", ""), StringComparison.Ordinal);
        await Assertions.Expect(pagina.GetByText("welke kleur de busjes hebben")).ToBeVisibleAsync();

        await pagina.GetByLabel("Uw bericht").FillAsync("Witte busjes zonder opschrift.");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Bericht versturen" }).ClickAsync();

        await Assertions.Expect(pagina.GetByText("Uw bericht is verstuurd.")).ToBeVisibleAsync();
        await Assertions.Expect(pagina.Locator("[data-van=melder]").GetByText("Witte busjes zonder opschrift.")).ToBeVisibleAsync();
        var cookies = await pagina.Context.CookiesAsync();
        Assert.DoesNotContain(cookies, c => c.Value.Replace(" ", "").Contains(code.Replace(" ", ""), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Zonder_JavaScript_werkt_het_melden_en_de_code_wordt_eenmaal_getoond()
    {
        var pagina = await app.NieuwePaginaAsync(javaScript: false);
        var code = await MeldAsync(pagina, "Melding zonder JavaScript: iemand slaapt in de loods.");
        Assert.Matches(@"^\d{4} \d{4} \d{4} \d{4}$", code);
    }

    [Fact]
    public async Task Fouten_staan_bovenaan_met_links_en_bij_het_veld()
    {
        var pagina = await app.NieuwePaginaAsync(javaScript: false);
        await pagina.GotoAsync("/melden");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();

        var samenvatting = pagina.Locator("#fouten");
        await Assertions.Expect(samenvatting).ToBeVisibleAsync();
        await Assertions.Expect(samenvatting.Locator("a[href='#omschrijving']")).ToHaveCountAsync(1);
        var veld = pagina.Locator("#omschrijving");
        Assert.Equal("true", await veld.GetAttributeAsync("aria-invalid"));
        Assert.Contains("omschrijving-fout", await veld.GetAttributeAsync("aria-describedby") ?? "", StringComparison.Ordinal);
        await Assertions.Expect(pagina.Locator("#omschrijving-fout")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Melden_met_alleen_het_toetsenbord()
    {
        var pagina = await app.NieuwePaginaAsync();
        await pagina.GotoAsync("/melden");

        await TabNaarAsync(pagina, "e => e.name === 'melderType'");
        await pagina.Keyboard.PressAsync("Space");
        await TabNaarAsync(pagina, "e => e.id === 'omschrijving'");
        await pagina.Keyboard.TypeAsync("Met het toetsenbord gemeld: kinderen verkopen bloemen tot laat.");
        await TabNaarAsync(pagina, "e => e.type === 'submit' && e.closest('form.schakel-formulier') !== null");
        await pagina.Keyboard.PressAsync("Enter");

        await pagina.Locator("[data-ontvangstcode]").WaitForAsync();
        await TabNaarAsync(pagina, "e => e.id === 'opgeschreven'");
        await pagina.Keyboard.PressAsync("Space");
        await pagina.Keyboard.PressAsync("Tab");
        await pagina.Keyboard.PressAsync("Enter");
        await pagina.WaitForURLAsync("**/melden/bedankt");
    }

    [Fact]
    public async Task Zonder_bevestiging_blijft_de_code_in_beeld()
    {
        var pagina = await app.NieuwePaginaAsync(javaScript: false);
        await pagina.GotoAsync("/melden");
        await pagina.Locator("#melderType").CheckAsync();
        await pagina.Locator("#omschrijving").FillAsync("Test van de bevestigingsstap.");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
        var code = await pagina.Locator("[data-ontvangstcode]").InnerTextAsync();

        await pagina.GetByRole(AriaRole.Button, new() { Name = "Klaar" }).ClickAsync();

        Assert.Equal(code, await pagina.Locator("[data-ontvangstcode]").InnerTextAsync());
        await Assertions.Expect(pagina.Locator("#opgeschreven-fout")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("acuut-ja", "doel-Melden", null, "Alarmnummer112")]
    [InlineData("minderjarig-Ja", "doel-Melden", null, "VeiligThuis")]
    [InlineData("professional-ja", "doel-Advies", "sector-Onderwijs", "VeiligThuis")]
    [InlineData("over-EenAnder", "doel-HulpEnOpvang", null, "Zorgcoordinatie")]
    public async Task De_wegwijzer_eindigt_bij_het_juiste_loket(string antwoord, string doel, string? sector, string loket)
    {
        var pagina = await app.NieuwePaginaAsync(javaScript: false);
        await pagina.GotoAsync("/wegwijzer");
        await pagina.Locator("#" + antwoord).CheckAsync();
        await pagina.Locator("#" + doel).CheckAsync();
        if (sector is not null)
        {
            await pagina.Locator("#" + sector).CheckAsync();
        }
        await pagina.Locator("#gemeente").SelectOptionAsync("GM0518");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Laat zien waar ik terecht kan" }).ClickAsync();

        var eerste = pagina.Locator("[data-loket]").First;
        await Assertions.Expect(eerste).ToHaveAttributeAsync("data-loket", loket);
        if (loket == "Zorgcoordinatie")
        {
            // The desk's contact data comes from the organisation table, picked by the municipality.
            Assert.Contains(DemoOrganisaties.Shop, await eerste.InnerTextAsync(), StringComparison.Ordinal);
        }
        if (loket == "VeiligThuis")
        {
            Assert.Contains(DemoOrganisaties.VeiligThuisHaaglanden, await eerste.InnerTextAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Eenvoudige_taal_werkt_zonder_JavaScript_en_lang_blijft_nl()
    {
        var pagina = await app.NieuwePaginaAsync(javaScript: false);
        await pagina.GotoAsync("/melden");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Eenvoudige taal" }).ClickAsync();

        await Assertions.Expect(pagina.GetByText("U krijgt een code. Met de code leest u later ons antwoord.")).ToBeVisibleAsync();
        Assert.EndsWith("/melden", pagina.Url, StringComparison.Ordinal);
        Assert.Equal("nl", await pagina.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("true", await pagina.GetByRole(AriaRole.Button, new() { Name = "Eenvoudige taal" }).GetAttributeAsync("aria-pressed"));
    }

    [Fact]
    public async Task Snel_weg_staat_op_elke_publieke_pagina_en_werkt_ook_als_gewone_link()
    {
        var pagina = await app.NieuwePaginaAsync(javaScript: false);
        foreach (var pad in PubliekePaginas)
        {
            await pagina.GotoAsync(pad);
            var link = pagina.Locator("a[data-snelweg]");
            Assert.Equal(1, await link.CountAsync());
            Assert.StartsWith("https://", await link.GetAttributeAsync("href"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    [InlineData("pl")]
    [InlineData("bg")]
    [InlineData("ro")]
    public async Task Geen_axe_bevindingen_op_de_publieke_paginas(string taal)
    {
        var pagina = await app.NieuwePaginaAsync(taal);
        var bevindingen = new List<string>();
        foreach (var pad in PubliekePaginas)
        {
            await pagina.GotoAsync(pad);
            Assert.Equal(taal, await pagina.Locator("html").GetAttributeAsync("lang"));
            await AxeAsync(pagina, pad, bevindingen);
        }

        // The states behind a POST: errors, the receipt code, the wegwijzer's answer, the follow-up view.
        await pagina.GotoAsync("/melden");
        await pagina.Locator("form.schakel-formulier button[type=submit]").VerstuurAsync();
        await AxeAsync(pagina, "/melden (fouten)", bevindingen);
        var code = await MeldAsync(pagina, "Axe-proef " + taal, bevestig: false);
        await AxeAsync(pagina, "/melden (code)", bevindingen);
        await pagina.GotoAsync("/wegwijzer");
        await pagina.Locator("#acuut-ja").CheckAsync();
        await pagina.Locator("#doel-HulpEnOpvang").CheckAsync();
        await pagina.Locator("form.schakel-formulier button[type=submit]").VerstuurAsync();
        await AxeAsync(pagina, "/wegwijzer (uitkomst)", bevindingen);
        await pagina.GotoAsync("/opvolgen");
        await pagina.Locator("#code").FillAsync(code);
        await pagina.Locator("form.schakel-formulier button[type=submit]").VerstuurAsync();
        await AxeAsync(pagina, "/opvolgen (melding)", bevindingen);

        Assert.True(bevindingen.Count == 0, string.Join("; ", bevindingen));
    }

    private static async Task AxeAsync(IPage pagina, string naam, List<string> bevindingen)
    {
        var uitkomst = await pagina.RunAxeNaOpmaakAsync(Wcag.AA);
        bevindingen.AddRange(uitkomst.Violations.Select(v => $"{naam} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))})"));
    }

    /// <summary>Fills the smallest valid report; returns the code as shown; confirms it was written down.</summary>
    private static async Task<string> MeldAsync(IPage pagina, string omschrijving, bool bevestig = true)
    {
        await pagina.GotoAsync("/melden");
        await pagina.Locator("#melderType").CheckAsync();
        await pagina.Locator("#omschrijving").FillAsync(omschrijving);
        await pagina.Locator("#gemeenteCode").SelectOptionAsync("GM0518");
        await pagina.Locator("form.schakel-formulier button[type=submit]").ClickAsync();
        var code = (await pagina.Locator("[data-ontvangstcode]").InnerTextAsync()).Trim();
        Assert.DoesNotContain(code.Replace(" ", ""), pagina.Url.Replace(" ", ""), StringComparison.Ordinal);
        if (bevestig)
        {
            await pagina.Locator("#opgeschreven").CheckAsync();
            await pagina.Locator("form button[type=submit]").Last.ClickAsync();
            await pagina.WaitForURLAsync("**/melden/bedankt");
        }
        return code;
    }

    /// <summary>The reporting point answers through the staff service, as its staff page does.</summary>
    private async Task AntwoordAlsMeldpuntAsync(string code, string tekst)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var hasher = scope.ServiceProvider.GetRequiredService<OntvangstcodeHasher>();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.True(Ontvangstcode.TryLees(code, out var cijfers));
        var hash = hasher.Hash(cijfers);
        var melding = await db.Set<Melding>().SingleAsync(m => m.OntvangstcodeHash == hash);
        var medewerker = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(SchakelClaims.Organisatie, melding.MeldpuntOrganisatieId!.Value.ToString()),
            new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
            new Claim(SchakelClaims.Rol, Rollen.Ketenregisseur),
        ], "test"));
        var uitkomst = await scope.ServiceProvider.GetRequiredService<MeldpuntBehandeling>().StuurBerichtAsync(melding.Id, medewerker, tekst);
        Assert.Equal(Handelingsresultaat.Gelukt, uitkomst.Resultaat);
    }

    private static async Task TabNaarAsync(IPage pagina, string voorwaarde)
    {
        for (var i = 0; i < 200; i++)
        {
            await pagina.Keyboard.PressAsync("Tab");
            if (await pagina.EvaluateAsync<bool>($"() => ({voorwaarde})(document.activeElement)"))
            {
                return;
            }
        }
        Assert.Fail("Niet bereikbaar met Tab: " + voorwaarde);
    }
}
