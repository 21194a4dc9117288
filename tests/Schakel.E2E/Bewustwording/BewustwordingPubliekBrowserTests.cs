using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Schakel.Core.Bewustwording;
using Schakel.E2E.Infrastructure;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;

namespace Schakel.E2E.Bewustwording;

/// <summary>
/// The public side of the menukaart in one walk: the list, an offer, the sign-up form sent without JavaScript, the
/// confirmation with its code, the page where the code is entered; plus the events list and the knowledge survey.
/// Then the participant cancels with the code and the first on the waiting list gets the place. Axe (with JavaScript on)
/// and no sideways scrolling at 1280 and 320 px on every page.
/// </summary>
public sealed class BewustwordingPubliekBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    /// <summary>The test's own open session, so it does not depend on what the demo data holds.</summary>
    private async Task<(Guid Sessie, Guid Aanbod)> OpenSessieAsync(int capaciteit)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var aanbod = await db.Set<Aanbod>().Where(a => a.Actief && a.Aanmelding == Aanmeldwijze.InSchakel).OrderBy(a => a.Titel).Select(a => a.Id).FirstAsync();
        var begin = DateTimeOffset.UtcNow.AddDays(21);
        var sessie = new Sessie
        {
            Id = Guid.NewGuid(), AanbodId = aanbod, Begin = begin, Einde = begin.AddHours(3), Plaats = "Browserzaal",
            Capaciteit = capaciteit, AanmeldenTot = begin.AddDays(-1),
        };
        db.Add(sessie);
        await db.SaveChangesAsync();
        return (sessie.Id, aanbod);
    }

    [Fact]
    public async Task Aanmelden_zonder_javascript_en_bevestigen_met_de_code()
    {
        // One place: the browser participant takes it, so a cancel has someone to move up.
        var (sessie, aanbod) = await OpenSessieAsync(capaciteit: 1);
        var bevindingen = new List<string>();
        var pagina = await app.NieuwePaginaAsync();
        foreach (var breedte in new[] { 1280, 320 })
        {
            await pagina.SetViewportSizeAsync(breedte, 800);
            foreach (var pad in new[] { "/bewustwording", $"/bewustwording/aanbod/{aanbod}", $"/bewustwording/sessies/{sessie}/aanmelden",
                         "/bewustwording/mijn-aanmelding", "/bewustwording/bijeenkomsten", "/bewustwording/kennispeiling" })
            {
                await pagina.GotoAsync(pad);
                await ControleerAsync(pagina, breedte, bevindingen);
            }
        }

        // The sign-up as a browser without JavaScript sends it.
        var zonderJs = await app.NieuwePaginaAsync(javaScript: false);
        await zonderJs.GotoAsync($"/bewustwording/sessies/{sessie}/aanmelden");
        await zonderJs.FillAsync("#naam", "Browser Deelnemer");
        await zonderJs.FillAsync("#email", "browser.deelnemer@voorbeeld.nl");
        await zonderJs.ClickAsync("#verstuur");
        await zonderJs.WaitForURLAsync($"**/bewustwording/sessies/{sessie}/aangemeld?status=ingeschreven");
        var code = (await zonderJs.Locator("[data-annuleercode]").TextContentAsync())!.Trim();
        Assert.Matches("^[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}$", code);
        Assert.DoesNotContain("voorbeeld", zonderJs.Url, StringComparison.Ordinal);
        var bevestiging = zonderJs.Url;

        // Checked with JavaScript on (axe needs it), carrying the confirmation's short-lived cookie over.
        await pagina.Context.AddCookiesAsync((await zonderJs.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        await zonderJs.Context.CloseAsync();
        foreach (var breedte in new[] { 1280, 320 })
        {
            await pagina.SetViewportSizeAsync(breedte, 800);
            await pagina.GotoAsync(bevestiging);
            Assert.Equal(code, (await pagina.Locator("[data-annuleercode]").TextContentAsync())!.Trim());
            await ControleerAsync(pagina, breedte, bevindingen);
        }

        // Someone is waiting; the participant opens their sign-up with the code and cancels it.
        var wachtend = Guid.NewGuid();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            db.Add(new Inschrijving { Id = wachtend, SessieId = sessie, Status = Inschrijfstatus.Wachtlijst, Volgnummer = 1_000_000, IngeschrevenOp = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        foreach (var breedte in new[] { 1280, 320 })
        {
            await pagina.SetViewportSizeAsync(breedte, 800);
            await pagina.GotoAsync("/bewustwording/mijn-aanmelding");
            await pagina.FillAsync("#code", code);
            await pagina.Locator("form:has(#code) button[type=submit]").ClickAsync();
            await Assertions.Expect(pagina.Locator("#annuleren")).ToBeVisibleAsync();
            await ControleerAsync(pagina, breedte, bevindingen);
        }
        await pagina.ClickAsync("#annuleren");
        await pagina.WaitForURLAsync("**/bewustwording/mijn-aanmelding?klaar=geannuleerd");
        await Assertions.Expect(pagina.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await ControleerAsync(pagina, 320, bevindingen);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            Assert.Equal(Inschrijfstatus.Ingeschreven, await db.Set<Inschrijving>().Where(i => i.Id == wachtend).Select(i => i.Status).SingleAsync());
        }

        Assert.True(bevindingen.Count == 0, string.Join("\n", bevindingen));
        await pagina.Context.CloseAsync();
    }

    private static async Task ControleerAsync(IPage pagina, int breedte, List<string> bevindingen)
    {
        var pad = new Uri(pagina.Url).AbsolutePath;
        var maten = await pagina.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        if (maten[0] > maten[1])
        {
            bevindingen.Add($"{pad} @{breedte}: scrollWidth {maten[0]} > {maten[1]}");
        }
        var axe = await pagina.RunAxeNaOpmaakAsync(Wcag.AA);
        bevindingen.AddRange(axe.Violations.Select(v => $"{pad} @{breedte}: axe {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(2).Select(n => n.Target?.ToString()))})"));
    }
}
