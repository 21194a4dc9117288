using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;
using Schakel.Web.Features.Organisaties;

namespace Schakel.E2E.Accounts;

/// <summary>A beheerder invites a new professional, who follows the link and chooses a password.</summary>
public sealed class BeheerAccountsTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Beheerder_maakt_een_account_aan_en_de_genodigde_komt_bij_het_instellen_van_tweestaps()
    {
        var pagina = await app.AangemeldAlsAsync(Rollen.Beheerder);
        await pagina.GetByRole(AriaRole.Navigation, new() { Name = "Werkplekmenu" }).GetByRole(AriaRole.Link, new() { Name = "Accounts beheren" }).ClickAsync();
        var email = $"nieuw-{Guid.NewGuid():N}@test.schakel.nl";
        await pagina.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync(email);
        await pagina.GetByLabel("Organisatie", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = DemoOrganisaties.Shop });
        await pagina.GetByRole(AriaRole.Checkbox, new() { Name = "zorgcoördinator", Exact = true }).CheckAsync();
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Uitnodigen" }).ClickAsync();

        var link = await pagina.Locator("#uitnodigingslink").InnerTextAsync();
        Assert.Contains(email, await pagina.Locator("table").InnerTextAsync());

        var genodigde = await app.NieuwePaginaAsync();
        await genodigde.GotoAsync(link);
        await genodigde.GetByLabel("Nieuw wachtwoord").FillAsync("Een-nieuw-wachtwoord-42");
        await genodigde.GetByLabel("Herhaal het wachtwoord").FillAsync("Een-nieuw-wachtwoord-42");
        await genodigde.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }).ClickAsync();
        await genodigde.WaitForURLAsync("**/account/tweestaps-instellen");
        await Assertions.Expect(genodigde.Locator("figure svg")).ToBeVisibleAsync();
        var uitkomst = await genodigde.RunAxeNaOpmaakAsync(Wcag.AA);
        Assert.True(uitkomst.Violations.Length == 0, string.Join("; ", uitkomst.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length}x)")));
    }
}
