using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;
using Schakel.Web.Features.Organisaties;

namespace Schakel.E2E.Accounts;

/// <summary>Signing in as a professional in a real browser: password, TOTP step, staff start page, accessibility.</summary>
public sealed class AanmeldenTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Demo_professional_logt_in_met_wachtwoord_en_TOTP_code()
    {
        var pagina = await app.AangemeldAlsAsync(Rollen.Aandachtsfunctionaris);

        Assert.Equal(DemoOrganisaties.GemeenteNaam("'s-Gravenhage"), await pagina.Locator("#werkplek-organisatie").InnerTextAsync());
        Assert.Contains(Rollen.Aandachtsfunctionaris, await pagina.Locator("#werkplek-rollen").InnerTextAsync());
    }

    [Fact]
    public async Task Inlogpagina_heeft_geen_WCAG_AA_overtredingen()
    {
        var pagina = await app.NieuwePaginaAsync();
        await pagina.GotoAsync("/inloggen");

        await AssertGeenOvertredingenAsync(pagina);
    }

    [Fact]
    public async Task Codepagina_en_werkplek_hebben_geen_WCAG_AA_overtredingen()
    {
        var pagina = await app.NieuwePaginaAsync();
        await pagina.GotoAsync("/inloggen");
        await pagina.GetByLabel("E-mailadres").FillAsync(Schakel.Web.Features.Accounts.DemoAccounts.Voor(Rollen.Beheerder).Email);
        await pagina.GetByLabel("Wachtwoord").FillAsync(Schakel.Web.Features.Accounts.DemoAccounts.Wachtwoord);
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await pagina.WaitForURLAsync("**/inloggen/tweestaps**");
        await AssertGeenOvertredingenAsync(pagina);

        var werkplek = await app.AangemeldAlsAsync(Rollen.Beheerder);
        await AssertGeenOvertredingenAsync(werkplek);
    }

    [Fact]
    public async Task Beheerpaginas_hebben_geen_WCAG_AA_overtredingen()
    {
        var pagina = await app.AangemeldAlsAsync(Rollen.Beheerder);
        foreach (var pad in new[] { "/beheer/accounts", "/beheer/organisaties", "/beheer/organisaties/bewerken" })
        {
            await pagina.GotoAsync(pad);
            await AssertGeenOvertredingenAsync(pagina);
        }
    }

    private static async Task AssertGeenOvertredingenAsync(IPage pagina)
    {
        var uitkomst = await pagina.RunAxeNaOpmaakAsync(Wcag.AA);
        Assert.True(uitkomst.Violations.Length == 0,
            pagina.Url + ": " + string.Join("; ", uitkomst.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length}x)")));
    }
}
