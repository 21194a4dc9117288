using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Doorverwijzing;

/// <summary>
/// A beheerder edits a route rule in the form: wrong entries show their message next to the field, in Dutch and in
/// English; a right one saves a new version. No WCAG 2.2 AA findings on the form, with and without errors.
/// </summary>
public sealed class MeldrouteRegelFormulierTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Regel_wijzigen_in_het_formulier_met_fouten_bij_het_veld_in_nl_en_en_zonder_WCAG_bevindingen()
    {
        var pagina = await app.AangemeldAlsAsync(Rollen.Beheerder);
        await pagina.GotoAsync("/beheer/meldroute/regel/arbeidsuitbuiting");
        await Assertions.Expect(pagina.Locator("#vorm-arbeid")).ToBeCheckedAsync();
        await GeenBevindingenAsync(pagina);

        await pagina.GetByLabel("Volgorde (1 tot en met 10000)").FillAsync("vijf");
        await pagina.Locator("#gemeenten").FillAsync("Den Haag");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Assertions.Expect(pagina.Locator("#nummer-fout")).ToContainTextAsync("Vul een heel getal in");
        await Assertions.Expect(pagina.Locator("#gemeenten-fout")).ToContainTextAsync("is geen CBS-gemeentecode");
        await Assertions.Expect(pagina.Locator("#reden-fout")).ToBeVisibleAsync();
        await Assertions.Expect(pagina.Locator("#nummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await GeenBevindingenAsync(pagina);

        // The same mistakes in English, after the reader chose English.
        await pagina.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = app.Adres.ToString() }]);
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Save" }).Or(pagina.GetByRole(AriaRole.Button, new() { Name = "Opslaan" })).ClickAsync();
        await Assertions.Expect(pagina.Locator("#nummer-fout")).ToContainTextAsync("Enter a whole number");
        await Assertions.Expect(pagina.Locator("#gemeenten-fout")).ToContainTextAsync("is not a CBS municipality code");
        await GeenBevindingenAsync(pagina);

        await pagina.Locator("#nummer").FillAsync("5");
        await pagina.Locator("#gemeenten").FillAsync("");
        await pagina.Locator("#uitkomst-0-uitleg").FillAsync("arbeidsuitbuiting → {organisatie} (toezicht en opsporing)");
        // A "one of" set added in the empty set at the end: it comes back as a set of its own, with a new empty one.
        await pagina.Locator("#eenvan-0-malafide").SelectOptionAsync("ja");
        await pagina.Locator("#reden").FillAsync("Uitleg aangevuld in de browserproef.");
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await pagina.WaitForURLAsync("**/beheer/meldroute");
        await Assertions.Expect(pagina.Locator("main")).ToContainTextAsync("Arbeidsuitbuiting");
        await pagina.GotoAsync("/beheer/meldroute/regel/arbeidsuitbuiting");
        await Assertions.Expect(pagina.Locator("#eenvan-0-malafide")).ToHaveValueAsync("ja");
        await Assertions.Expect(pagina.Locator("#eenvan-0-verwijderen")).Not.ToBeCheckedAsync();
        await Assertions.Expect(pagina.Locator("#eenvan-1-malafide")).ToHaveValueAsync("");
        await GeenBevindingenAsync(pagina);
    }

    private static async Task GeenBevindingenAsync(IPage pagina)
    {
        var uitkomst = await pagina.RunAxeNaOpmaakAsync(Wcag.AA);
        Assert.True(uitkomst.Violations.Length == 0, string.Join("; ", uitkomst.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))})")));
    }
}
