using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.Core.Bewustwording;
using Schakel.E2E.Infrastructure;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Bewustwording.Model;

namespace Schakel.E2E.Bewustwording;

/// <summary>
/// The menukaart as a provider keeps it (from the staff menu: own offers, one offer, its participants, a new offer), and
/// a professional's evaluation of a training they attended (reached from their own list): no axe findings and no
/// sideways scrolling at 1280 and 320 px.
/// </summary>
public sealed class BewustwordingBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Een_aanbieder_houdt_zijn_aanbod_bij()
    {
        var pagina = await app.AangemeldAlsAsync(Rollen.Aanbieder);
        var bevindingen = new List<string>();
        foreach (var breedte in new[] { 1280, 320 })
        {
            await pagina.SetViewportSizeAsync(breedte, 800);
            await pagina.GotoAsync("/werkplek");
            Assert.Equal(1, await pagina.Locator("nav#werkplekmenu a[href='/bewustwording/beheer']").CountAsync());
            await pagina.GotoAsync("/bewustwording/beheer");
            await ControleerAsync(pagina, breedte, bevindingen);
            await pagina.GotoAsync(await pagina.Locator("a[href^='/bewustwording/beheer/aanbod/']").First.GetAttributeAsync("href") ?? "/bewustwording/beheer");
            await ControleerAsync(pagina, breedte, bevindingen);
            var deelnemers = pagina.Locator("a[href^='/bewustwording/beheer/sessies/']").First;
            if (await deelnemers.CountAsync() > 0)
            {
                await pagina.GotoAsync(await deelnemers.GetAttributeAsync("href") ?? "/bewustwording/beheer");
                await ControleerAsync(pagina, breedte, bevindingen);
            }
            await pagina.GotoAsync("/bewustwording/beheer/aanbod");
            await ControleerAsync(pagina, breedte, bevindingen);
        }

        // A new offer saved through the form, then a session planned with an online link, changed and opened.
        var titel = "Browsertraining " + Guid.NewGuid().ToString("N")[..6];
        await pagina.SetViewportSizeAsync(320, 800);
        await pagina.GotoAsync("/bewustwording/beheer/aanbod");
        await pagina.Locator("#titel").FillAsync(titel);
        await pagina.Locator("#doelgroepen-gemeente-balie").CheckAsync();
        await pagina.Locator("form[aria-labelledby='aanbod-kop'] button[type=submit]").ClickAsync();
        await pagina.WaitForURLAsync("**/bewustwording/beheer/aanbod/*");
        await Assertions.Expect(pagina.Locator("[role=status]").First).ToBeVisibleAsync();
        Assert.Equal(titel, await pagina.Locator("#titel").InputValueAsync());
        await ControleerAsync(pagina, 320, bevindingen);
        var aanbodPad = new Uri(pagina.Url).AbsolutePath;
        await pagina.Locator("#sessie-begin").FillAsync(DateTime.Today.AddDays(60).ToString("yyyy-MM-dd'T'10:00", System.Globalization.CultureInfo.InvariantCulture));
        await pagina.Locator("#sessie-plaats").FillAsync("");
        await pagina.Locator("#sessie-link").FillAsync("https://vergader.voorbeeld.nl/browser");
        await pagina.Locator("form[aria-labelledby='sessie-kop'] button[type=submit]").ClickAsync();
        await pagina.WaitForURLAsync("**" + aanbodPad);
        await pagina.GotoAsync(await pagina.Locator("a[href^='/bewustwording/beheer/sessies/']").First.GetAttributeAsync("href") ?? aanbodPad);
        await pagina.Locator("#wijziging-capaciteit").FillAsync("12");
        await pagina.Locator("form[aria-labelledby='wijzigen-kop'] button[type=submit]").ClickAsync();
        await Assertions.Expect(pagina.Locator("[data-melding='SessieGewijzigd']")).ToBeVisibleAsync();
        await ControleerAsync(pagina, 320, bevindingen);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var aanbod = await db.Set<Aanbod>().AsNoTracking().SingleAsync(a => a.Titel == titel);
            var organisatie = (await db.Set<Medewerker>().AsNoTracking().SingleAsync(m => m.Email == DemoAccounts.Voor(Rollen.Aanbieder).Email)).OrganisatieId;
            Assert.Equal(organisatie, aanbod.OrganisatieId);
            Assert.Equal(["gemeente.balie"], aanbod.Doelgroepen);
            var sessie = await db.Set<Sessie>().AsNoTracking().SingleAsync(x => x.AanbodId == aanbod.Id);
            Assert.Equal("https://vergader.voorbeeld.nl/browser", sessie.Link);
            Assert.Equal(12, sessie.Capaciteit);
        }
        Assert.True(bevindingen.Count == 0, string.Join("\n", bevindingen));
        await pagina.Context.CloseAsync();
    }

    [Fact]
    public async Task Een_professional_evalueert_een_gevolgde_training()
    {
        var pagina = await app.AangemeldAlsAsync(Rollen.Zorgcoordinator);
        Guid inschrijving;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var account = await db.Set<Medewerker>().SingleAsync(m => m.Email == DemoAccounts.Voor(Rollen.Zorgcoordinator).Email);
            var aanbod = await db.Set<Aanbod>().Where(a => a.Actief).OrderBy(a => a.Titel).Select(a => a.Id).FirstAsync();
            var begin = DateTimeOffset.UtcNow.AddDays(-2);
            var sessie = new Sessie { Id = Guid.NewGuid(), AanbodId = aanbod, Begin = begin, Einde = begin.AddHours(2), Plaats = "Browserzaal", Capaciteit = 5, AanmeldenTot = begin.AddDays(-1) };
            var i = new Inschrijving
            {
                Id = Guid.NewGuid(), SessieId = sessie.Id, Status = Inschrijfstatus.Ingeschreven, Volgnummer = 1, MedewerkerId = account.Id,
                OrganisatieId = account.OrganisatieId, IngeschrevenOp = begin.AddDays(-7), Aanwezig = true,
            };
            db.AddRange(sessie, i);
            await db.SaveChangesAsync();
            inschrijving = i.Id;
        }
        var pad = $"/bewustwording/mijn/{inschrijving}/evaluatie";
        var bevindingen = new List<string>();
        foreach (var breedte in new[] { 1280, 320 })
        {
            await pagina.SetViewportSizeAsync(breedte, 800);
            await pagina.GotoAsync("/bewustwording/mijn");
            await pagina.Locator($"a[href='{pad}']").ClickAsync();
            await pagina.WaitForURLAsync("**" + pad);
            await ControleerAsync(pagina, breedte, bevindingen);
        }
        // Sent without answers: the errors are listed and shown next to the fields, and checked too.
        await pagina.Locator("form.schakel-formulier button[type=submit]").Last.VerstuurAsync();
        await Assertions.Expect(pagina.Locator("#fouten")).ToBeVisibleAsync();
        await ControleerAsync(pagina, 320, bevindingen);
        Assert.True(bevindingen.Count == 0, string.Join("\n", bevindingen));
        await pagina.Context.CloseAsync();
    }

    private static Task ControleerAsync(IPage pagina, int breedte, List<string> bevindingen) =>
        pagina.VerzamelBevindingenAsync(Wcag.AA, $"{new Uri(pagina.Url).AbsolutePath} @{breedte}", bevindingen);
}
