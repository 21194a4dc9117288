using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Sturing;

/// <summary>
/// The chain director enters quarterly progress on a regional action and reads it back in the regiegroep report;
/// every Sturing page has no WCAG 2.2 AA findings and reflows at 320 px without sideways scrolling.
/// </summary>
public sealed class SturingBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

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
                var uitkomst = await pagina.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Wcag] } });
                bevindingen.AddRange(uitkomst.Violations.Select(v => $"{pad} @{breedte}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})"));
            }
        }
        Assert.True(bevindingen.Count == 0, string.Join("\n", bevindingen));
    }

    private static async Task GeenBevindingenAsync(IPage pagina)
    {
        var uitkomst = await pagina.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Wcag] } });
        Assert.True(uitkomst.Violations.Length == 0, string.Join("; ", uitkomst.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))})")));
    }
}
