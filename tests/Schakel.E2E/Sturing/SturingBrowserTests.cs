using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;
using Schakel.Web.Data;
using Schakel.Web.Features.Regio;

namespace Schakel.E2E.Sturing;

/// <summary>
/// The chain director enters quarterly progress on a regional action and reads it back in the regiegroep report;
/// every Sturing page has no WCAG 2.2 AA findings and reflows at 320 px without sideways scrolling; the unit selector
/// of the matrix and the owner-links page are used as a person would.
/// </summary>
public sealed class SturingBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Voortgang_melden_en_lezen_in_het_kwartaalverslag()
    {
        var pagina = await app.AangemeldAlsAsync(Rollen.Ketenregisseur);
        await pagina.GotoAsync("/sturing");
        await GeenBevindingenAsync(pagina);
        await pagina.GetByRole(AriaRole.Link, new() { Name = "Jaarplan Mensenhandel 2024 Eenheid Den Haag" }).ClickAsync();
        await GeenBevindingenAsync(pagina);
        var planUrl = pagina.Url;
        await pagina.GetByRole(AriaRole.Link, new() { Name = "Actie 2.4 openen" }).ClickAsync();
        await pagina.WaitForURLAsync("**/sturing/acties/**");
        await GeenBevindingenAsync(pagina);

        await pagina.GetByLabel("Kwartaal").SelectOptionAsync("2024-Q1");
        await pagina.GetByLabel("Wat er is gedaan").FillAsync("Signalenkaart met toelichting gepubliceerd");
        await pagina.GetByRole(AriaRole.Radio, new() { Name = "Groen (op koers)" }).CheckAsync();
        await pagina.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Afgerond" });
        await pagina.GetByLabel("Risico's").FillAsync("Geen");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("De voortgang is opgeslagen.");
        await Assertions.Expect(pagina.Locator("#voortgang")).ToContainTextAsync("Signalenkaart met toelichting gepubliceerd");
        await Assertions.Expect(pagina.Locator("[data-status]")).ToHaveTextAsync("Afgerond");
        await GeenBevindingenAsync(pagina);

        var planId = planUrl.Split('/').Last();
        await pagina.GotoAsync($"/sturing/rapportage?plan={planId}&periode=2024-Q1");
        await GeenBevindingenAsync(pagina);
        var rij = pagina.Locator("tr[data-rapport-actie='2.4']");
        await Assertions.Expect(rij).ToContainTextAsync("Signalenkaart met toelichting gepubliceerd");
        // Q1 of the regional plan: 1.1, 1.5, 2.4, 2.5, 4.1, 4.4, 4.6 (the "Planning" column); only 2.4 has progress.
        await Assertions.Expect(pagina.Locator("tr[data-rapport-actie]")).ToHaveCountAsync(7);
        await Assertions.Expect(pagina.Locator("td[data-voortgang]", new() { HasTextString = "geen voortgang gemeld" })).ToHaveCountAsync(6);
    }

    [Fact]
    public async Task Elke_sturingpagina_is_toegankelijk_en_past_op_320_px()
    {
        var pagina = await app.AangemeldAlsAsync(Rollen.Ketenregisseur);
        await pagina.GotoAsync("/sturing");
        var planPad = await pagina.GetByRole(AriaRole.Link, new() { Name = "Actieplan programma Samen tegen mensenhandel" }).GetAttributeAsync("href");
        await pagina.GotoAsync(planPad!);
        var actiePad = await pagina.GetByRole(AriaRole.Link, new() { Name = "Actie 18 openen" }).GetAttributeAsync("href");
        string[] paden =
        [
            "/sturing", planPad!, actiePad!, "/sturing/rapportage", "/sturing/tegenstrijdigheden", "/sturing/basisniveau",
            "/sturing/basisniveau/GM1842", "/sturing/basisniveau/vng?soort=eind", "/sturing/basisniveau/GM1842/jaarverslag?jaar=2024",
            "/sturing/eigenaren", "/sturing/basisniveau/items",
        ];
        var bevindingen = new List<string>();
        foreach (var pad in paden)
        {
            foreach (var breedte in new[] { 1280, 320 })
            {
                await pagina.SetViewportSizeAsync(breedte, 800);
                await pagina.GotoAsync(pad);
                var maten = await pagina.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                if (maten[0] > maten[1])
                {
                    bevindingen.Add($"{pad} @{breedte}: scrollWidth {maten[0]} > clientWidth {maten[1]}");
                }
                var uitkomst = await pagina.RunAxeNaOpmaakAsync(Wcag.AA);
                bevindingen.AddRange(uitkomst.Violations.Select(v => $"{pad} @{breedte}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})"));
            }
        }
        Assert.True(bevindingen.Count == 0, string.Join("\n", bevindingen));
    }

    [Fact]
    public async Task De_eenheidkeuze_van_de_matrix_en_het_koppelen_van_eigenaren()
    {
        // Only Eenheid Den Haag is in the reference data: a second unit makes the selector appear.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            if (!await db.Set<Eenheid>().AnyAsync(e => e.Code == "ZB"))
            {
                db.Add(new Eenheid { Code = "ZB", Naam = "Eenheid Zuidbrowser" });
                db.Add(new District { Id = "ZB-A", EenheidCode = "ZB", Code = "A", Naam = "Browserdistrict" });
                var g = new Gemeente { CbsCode = "GM9911", Naam = "Browserdorp", EenheidCode = "ZB", Deelregio = "Zuidbrowser" };
                g.Districten.Add(new() { CbsCode = "GM9911", DistrictId = "ZB-A" });
                db.Add(g);
                await db.SaveChangesAsync();
            }
        }
        var pagina = await app.AangemeldAlsAsync(Rollen.Ketenregisseur);
        await pagina.GotoAsync("/sturing/basisniveau");
        await Assertions.Expect(pagina.Locator("[data-gemeente='GM0518']").First).ToBeVisibleAsync();
        await pagina.GetByLabel("Politie-eenheid").SelectOptionAsync("ZB");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await pagina.WaitForURLAsync("**/sturing/basisniveau?eenheid=ZB");
        await Assertions.Expect(pagina.Locator("[data-gemeente='GM9911']").First).ToBeVisibleAsync();
        Assert.Equal(0, await pagina.Locator("[data-gemeente='GM0518']").CountAsync());
        await GeenBevindingenAsync(pagina);

        // Owner links: an empty submit shows the errors next to the fields, then a link is made and removed again.
        await pagina.Locator("nav#werkplekmenu a[href='/sturing/eigenaren']").ClickAsync();
        await pagina.WaitForURLAsync("**/sturing/eigenaren");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Koppelen", Exact = true }).ClickAsync();
        await Assertions.Expect(pagina.Locator("#koppeling-fout")).ToBeVisibleAsync();
        await Assertions.Expect(pagina.Locator("#organisatie-fout")).ToBeVisibleAsync();
        await GeenBevindingenAsync(pagina);
        await pagina.Locator("#koppeling").SelectOptionAsync(new SelectOptionValue { Label = "RIEC" });
        await pagina.Locator("#organisatie").SelectOptionAsync(new SelectOptionValue { Label = "SHOP Den Haag" });
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Koppelen", Exact = true }).ClickAsync();
        await Assertions.Expect(pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("De organisatie is gekoppeld.");
        var rij = pagina.Locator("table[data-plan] tr[data-eigenaar='RIEC']", new() { Has = pagina.Locator("li", new() { HasTextString = "SHOP Den Haag" }) }).First;
        await rij.Locator("li", new() { HasTextString = "SHOP Den Haag" }).GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("De koppeling is verwijderd.");
        await GeenBevindingenAsync(pagina);
    }

    [Fact]
    public async Task De_items_van_de_checklist_bijhouden_in_het_nederlands_en_engels()
    {
        var pagina = await app.AangemeldAlsAsync(Rollen.Ketenregisseur);
        await pagina.GotoAsync("/werkplek");
        await pagina.Locator("nav#werkplekmenu a[href='/sturing/basisniveau/items']").ClickAsync();
        await pagina.WaitForURLAsync("**/sturing/basisniveau/items");

        // A load with a faulty line: the error next to the field names the line, nothing is added; then a good load.
        await pagina.Locator("#laden-bron").FillAsync("VNG-kader (browser)");
        await pagina.Locator("#laden-tekst").FillAsync("Browseritem een | Browser item one\nZonder Engelse naam");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Items laden" }).ClickAsync();
        await Assertions.Expect(pagina.Locator("#laden-tekst-fout")).ToContainTextAsync("2");
        Assert.Equal("true", await pagina.Locator("#laden-tekst").GetAttributeAsync("aria-invalid"));
        await GeenBevindingenAsync(pagina);
        await pagina.Locator("#laden-tekst").FillAsync("Browseritem een | Browser item one");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Items laden" }).ClickAsync();
        await Assertions.Expect(pagina.GetByRole(AriaRole.Status)).ToContainTextAsync("De items zijn geladen.");
        await Assertions.Expect(pagina.Locator("[data-beheer-item='browseritem-een']")).ToBeVisibleAsync();

        // English, at 320 px too.
        await pagina.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = pagina.Url }]);
        foreach (var breedte in new[] { 1280, 320 })
        {
            await pagina.SetViewportSizeAsync(breedte, 800);
            await pagina.GotoAsync("/sturing/basisniveau/items");
            await Assertions.Expect(pagina.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Items of the basic-level checklist");
            await Assertions.Expect(pagina.Locator("[data-beheer-item='browseritem-een'] h3")).ToContainTextAsync("Browser item one");
            var maten = await pagina.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            Assert.True(maten[0] <= maten[1], $"@{breedte}: {maten[0]} > {maten[1]}");
            await GeenBevindingenAsync(pagina);
        }
    }

    private static async Task GeenBevindingenAsync(IPage pagina)
    {
        var uitkomst = await pagina.RunAxeNaOpmaakAsync(Wcag.AA);
        Assert.True(uitkomst.Violations.Length == 0, string.Join("; ", uitkomst.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))})")));
    }
}
