using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Meldpunt;

/// <summary>
/// The report form on a 320 px phone: no sideways scroll, signs collapsed per form of exploitation, every
/// control at least 24 by 24 px (WCAG 2.5.8), no axe findings; with and without JavaScript.
/// </summary>
public sealed class MeldformulierTelefoonTests(MeldpuntBrowserFixture app) : IClassFixture<MeldpuntBrowserFixture>
{
    internal static async Task GeenZijwaartsScrollenAsync(IPage pagina, string naam)
    {
        var (scroll, breedte) = (await pagina.EvaluateAsync<int>("() => document.documentElement.scrollWidth"),
            await pagina.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        Assert.True(scroll <= breedte, $"{naam}: {scroll} px breed bij een venster van {breedte} px");
    }

    internal static async Task GeenAxeBevindingenAsync(IPage pagina, string naam)
    {
        var uitkomst = await pagina.RunAxeNaOpmaakAsync(Wcag.AA);
        Assert.True(uitkomst.Violations.Length == 0,
            naam + ": " + string.Join("; ", uitkomst.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))})")));
    }

    // axe and the layout measurements run script in the page, so these pages keep JavaScript on; the groups without
    // script are checked in a browser with JavaScript off below.
    [Theory]
    [InlineData("nl")]
    [InlineData("pl")]
    public async Task Het_meldformulier_past_op_320_pixels_met_dichtgeklapte_groepen_en_grote_doelen(string taal)
    {
        var pagina = await app.NieuwePaginaAsync(taal, breedte: 320);
        await pagina.GotoAsync("/melden");

        var groepen = pagina.Locator("form details.schakel-groep");
        Assert.True(await groepen.CountAsync() >= 3);
        foreach (var groep in await groepen.AllAsync())
        {
            Assert.False(await groep.EvaluateAsync<bool>("e => e.open"));
            await Assertions.Expect(groep.Locator("input[type=checkbox]").First).Not.ToBeVisibleAsync();
        }
        await GeenZijwaartsScrollenAsync(pagina, "/melden dicht");

        // Opened by its summary, a group shows its signs.
        foreach (var kop in await pagina.Locator("form summary.schakel-groep__kop").AllAsync())
        {
            await kop.ClickAsync();
        }
        await Assertions.Expect(groepen.First.Locator("input[type=checkbox]").First).ToBeVisibleAsync();
        await GeenZijwaartsScrollenAsync(pagina, "/melden open");

        var controls = await pagina.Locator("form.schakel-formulier :is(input:not([type=hidden]), select, textarea, button, summary)").AllAsync();
        Assert.True(controls.Count > 20);
        foreach (var control in controls)
        {
            var vak = await control.BoundingBoxAsync();
            Assert.NotNull(vak);
            var naam = await control.EvaluateAsync<string>("e => e.id || e.name || e.textContent.trim()");
            Assert.True(vak.Width >= 24 && vak.Height >= 24, $"{naam}: {vak.Width}x{vak.Height}");
        }
        await GeenAxeBevindingenAsync(pagina, "/melden open");
    }

    [Fact]
    public async Task Zonder_JavaScript_klappen_de_groepen_open_en_blijft_een_gekozen_signaal_zichtbaar()
    {
        var pagina = await app.NieuwePaginaAsync(breedte: 320, javaScript: false);
        await pagina.GotoAsync("/melden");

        var groep = pagina.Locator("form details.schakel-groep").First;
        var signaal = groep.Locator("input[type=checkbox]").First;
        Assert.Null(await groep.GetAttributeAsync("open"));
        await Assertions.Expect(signaal).Not.ToBeVisibleAsync();

        // The browser opens a group by its summary on its own: no script of ours is needed.
        await groep.Locator("summary").ClickAsync();
        Assert.NotNull(await groep.GetAttributeAsync("open"));
        await Assertions.Expect(signaal).ToBeVisibleAsync();
        await signaal.CheckAsync();
        var code = await signaal.GetAttributeAsync("value");

        // Sent with a missing field, the form comes back from the server with that group open and the sign ticked.
        await pagina.Locator("form.schakel-formulier button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(pagina.Locator("#fouten")).ToBeVisibleAsync();
        var terug = pagina.Locator($"form details.schakel-groep:has(input[value='{code}'])").First;
        Assert.NotNull(await terug.GetAttributeAsync("open"));
        await Assertions.Expect(terug.Locator($"input[value='{code}']")).ToBeCheckedAsync();
        await Assertions.Expect(terug.Locator($"input[value='{code}']")).ToBeVisibleAsync();
        await Assertions.Expect(terug.Locator("summary")).ToContainTextAsync("1");
    }

    [Fact]
    public async Task Een_fout_noemt_het_veld_en_het_gekozen_signaal_blijft_zichtbaar()
    {
        var pagina = await app.NieuwePaginaAsync(breedte: 320);
        await pagina.GotoAsync("/melden");
        await pagina.Locator("summary.schakel-groep__kop").First.ClickAsync();
        await pagina.Locator("details.schakel-groep").First.Locator("input[type=checkbox]").First.CheckAsync();
        await pagina.Locator("#contact-email").FillAsync("geen-adres");
        await pagina.Locator("form.schakel-formulier button[type=submit]").ClickAsync();

        await Assertions.Expect(pagina.Locator("#fouten a[href='#contact-email']")).ToContainTextAsync("E-mailadres");
        Assert.True(await pagina.Locator("details.schakel-groep").First.EvaluateAsync<bool>("e => e.open"));
        await GeenZijwaartsScrollenAsync(pagina, "/melden met fouten");
        await GeenAxeBevindingenAsync(pagina, "/melden met fouten");
    }
}

/// <summary>One report per source in this app, so the second reaches the limit page.</summary>
public sealed class KrappeLimietFixture : BrowserFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Limieten:Melden:Aantal", "1");
    }
}

/// <summary>The limit page in a real browser: in the reporter's language, the typed report kept, accessible at 320 px.</summary>
public sealed class MeldlimietPaginaTests(KrappeLimietFixture app) : IClassFixture<KrappeLimietFixture>
{
    [Fact]
    public async Task Boven_de_limiet_blijft_de_melding_ingevuld_met_andere_manieren_om_te_melden()
    {
        var pagina = await app.NieuwePaginaAsync("ro", breedte: 320);
        async Task VerstuurAsync(string tekst)
        {
            await pagina.GotoAsync("/melden");
            await pagina.Locator("#melderType").CheckAsync();
            await pagina.Locator("#omschrijving").FillAsync(tekst);
            await pagina.Locator("form.schakel-formulier button[type=submit]").ClickAsync();
        }

        await VerstuurAsync("Eerste melding: mensen slapen in de kas.");
        await pagina.Locator("[data-ontvangstcode]").WaitForAsync();
        await VerstuurAsync("Tweede melding: dezelfde kas, nu ook kinderen.");

        await Assertions.Expect(pagina.Locator("#te-veel")).ToBeVisibleAsync();
        await Assertions.Expect(pagina.Locator("html")).ToHaveAttributeAsync("lang", "ro");
        await Assertions.Expect(pagina.Locator("#te-veel")).ToContainTextAsync("0800-7000");
        await Assertions.Expect(pagina.Locator("#omschrijving")).ToHaveValueAsync("Tweede melding: dezelfde kas, nu ook kinderen.");
        await MeldformulierTelefoonTests.GeenZijwaartsScrollenAsync(pagina, "limietpagina");
        await MeldformulierTelefoonTests.GeenAxeBevindingenAsync(pagina, "limietpagina");
    }
}
