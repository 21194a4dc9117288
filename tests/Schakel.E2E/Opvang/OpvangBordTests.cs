using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Opvang;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Opvang.Zoeken;
using Schakel.Web.Features.Organisaties;

namespace Schakel.E2E.Opvang;

/// <summary>
/// The live board: a shelter changes a pool and a coordinator's open board shows it without reload; a
/// coordinator holds a bed on the request page and the shelter confirms it on its own page; the open request
/// page shows the confirmation. No WCAG 2.2 AA findings on the board and the request page.
/// </summary>
public sealed class OpvangBordTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string PoolNaam = "Crisisopvang Haaglanden — Crisis vrouwen";
    private static readonly Guid CrisisVrouwen = DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis vrouwen");
    [Fact]
    public async Task Een_gewijzigde_pool_verschijnt_binnen_twee_seconden_op_het_open_bord()
    {
        var bord = await app.AangemeldAlsAsync(Rollen.Zorgcoordinator);
        await bord.GotoAsync("/opvang/bord");
        await Assertions.Expect(bord.Locator("html[data-live='verbonden']")).ToHaveCountAsync(1);
        await bord.EvaluateAsync("() => { window.schakelZelfdePagina = true; }");
        await GeenBevindingenAsync(bord);

        var opvang = await app.AangemeldAlsAsync(Rollen.Opvangmedewerker);
        await opvang.GotoAsync("/opvang/mijn-plekken");
        var eigen = opvang.Locator($"section[data-pool-id='{CrisisVrouwen}']");
        var voor = int.Parse(await eigen.Locator("[data-veld='bezet']").InnerTextAsync());
        var erbij = int.Parse(await eigen.Locator("[data-veld='vrij']").InnerTextAsync()) > 0;
        await opvang.GetByRole(AriaRole.Button, new() { Name = $"Eén bed {(erbij ? "meer" : "minder")} bezet in {PoolNaam}" }).ClickAsync();
        var bezet = erbij ? voor + 1 : voor - 1;
        await Assertions.Expect(eigen.Locator("[data-veld='bezet']")).ToHaveTextAsync(bezet.ToString());
        var vrij = int.Parse(await eigen.Locator("[data-veld='vrij']").InnerTextAsync());
        var tekst = new Regex($"^{vrij} vrij van \\d+ \\(bezet {bezet},");

        var pool = bord.Locator($"[data-pool-cijfers='{CrisisVrouwen}']");
        await Assertions.Expect(pool).ToHaveTextAsync(tekst, new() { Timeout = 2000 });
        await Assertions.Expect(bord.Locator("#bord-live")).ToContainTextAsync($"nu {vrij} vrij");
        Assert.True(await bord.EvaluateAsync<bool>("() => window.schakelZelfdePagina === true"), "De pagina werd herladen.");
    }

    [Fact]
    public async Task Coordinator_reserveert_en_de_opvang_bevestigt()
    {
        await VeelPoolsAsync();
        var pagina = await app.AangemeldAlsAsync(Rollen.Zorgcoordinator);
        await pagina.GotoAsync("/opvang/bord");
        await pagina.GetByRole(AriaRole.Radio, new() { Name = "vrouw", Exact = true }).CheckAsync();
        await pagina.GetByLabel("Leeftijdscategorie").SelectOptionAsync(new SelectOptionValue { Label = "18–22 jaar" });
        await pagina.GetByRole(AriaRole.Checkbox, new() { Name = "seksuele uitbuiting" }).CheckAsync();
        await pagina.GetByLabel("Gemeente waar het slachtoffer is aangetroffen").SelectOptionAsync(new SelectOptionValue { Value = "GM0518" });
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Verzoek opslaan en plekken zoeken" }).ClickAsync();
        await pagina.WaitForURLAsync("**/opvang/verzoeken/**");
        await GeenBevindingenAsync(pagina);

        // More fitting pools than one page: the paging nav, followed once, at 320 px; then back to the first page.
        var paginering = pagina.Locator("nav#paginering");
        await Assertions.Expect(paginering.Locator("[aria-current='page']")).ToContainTextAsync("Pagina 1 van");
        await paginering.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina" }).ClickAsync();
        await pagina.WaitForURLAsync("**pagina=2**");
        await Assertions.Expect(paginering.Locator("[aria-current='page']")).ToContainTextAsync("Pagina 2 van");
        await pagina.SetViewportSizeAsync(320, 800);
        var maten = await pagina.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(maten[0] <= maten[1], $"Zijwaarts scrollen op 320 px: {maten[0]} > {maten[1]}.");
        await GeenBevindingenAsync(pagina);
        await pagina.SetViewportSizeAsync(1280, 900);
        await paginering.GetByRole(AriaRole.Link, new() { Name = "Vorige pagina" }).ClickAsync();
        await Assertions.Expect(paginering.Locator("[aria-current='page']")).ToContainTextAsync("Pagina 1 van");

        await pagina.GetByRole(AriaRole.Button, new() { Name = "Reserveer een plek in Crisisopvang Haaglanden — Crisis vrouwen" }).ClickAsync();
        await Assertions.Expect(pagina.Locator("#melding")).ToContainTextAsync("Er is een plek gereserveerd");
        var rij = pagina.Locator("#reserveringen tr[data-reservering]");
        await Assertions.Expect(rij).ToContainTextAsync("actief");
        var reservering = await rij.GetAttributeAsync("data-reservering");

        await Assertions.Expect(pagina.Locator("html[data-live='verbonden']")).ToHaveCountAsync(1);

        var opvang = await app.AangemeldAlsAsync(Rollen.Opvangmedewerker);
        await opvang.GotoAsync("/opvang/mijn-plekken");
        await opvang.Locator($"section[data-reservering-id='{reservering}']").GetByRole(AriaRole.Button, new() { Name = "Bevestigen (opnemen)" }).ClickAsync();
        await Assertions.Expect(opvang.Locator($"section[data-reservering-id='{reservering}']")).ToHaveCountAsync(0);

        // The open request page hears the confirmation; a reload shows the next step.
        await Assertions.Expect(pagina.Locator("#reserveringen tr[data-reservering]")).ToContainTextAsync("bevestigd");
        await pagina.ReloadAsync();
        await Assertions.Expect(pagina.Locator("#huidige-stap")).ToContainTextAsync("vervolgplaatsing");
        await GeenBevindingenAsync(pagina);
    }

    /// <summary>
    /// The demo has eight pools; a page shows twenty fitting ones. Women's pools far from The Hague, so they rank after
    /// the demo's crisis pool for women and the walk still holds a bed there from the first page.
    /// </summary>
    private async Task VeelPoolsAsync()
    {
        var locatieId = DemoOrganisaties.IdVan("opvanglocatie:Paginering Groningen");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        if (await db.Set<Opvanglocatie>().AnyAsync(l => l.Id == locatieId))
        {
            return;
        }
        var locatie = new Opvanglocatie
        {
            Id = locatieId, OrganisatieId = DemoOrganisaties.IdVan(DemoOrganisaties.OpvangLandelijk), Naam = "Paginering Groningen",
            GemeenteCode = "GM0014", GemeenteNaam = "Groningen", Breedtegraad = 53.22, Lengtegraad = 6.57, Contact24Uur = "0800-0000010",
        };
        for (var i = 0; i < 25; i++)
        {
            locatie.Plekkenpools.Add(new Plekkenpool
            {
                Id = DemoOrganisaties.IdVan($"plekkenpool:Paginering Groningen:{i}"), OpvanglocatieId = locatieId, Naam = $"Pool {i}",
                Type = Opvangtype.Crisisopvang, Fase = Fase.Crisis, Capaciteit = 3, Bezet = 1, BijgewerktOp = DateTimeOffset.UtcNow,
                Criteria = new PlekkenpoolCriteria { Geslachten = [Geslacht.Vrouw], Talen = ["nl", "en"] },
            });
        }
        db.Add(locatie);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<PoolLeesmodel>().AllesOpnieuw();
    }

    private static async Task GeenBevindingenAsync(IPage pagina)
    {
        var uitkomst = await pagina.RunAxeNaOpmaakAsync(Wcag.AA);
        Assert.True(uitkomst.Violations.Length == 0, string.Join("; ", uitkomst.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))})")));
    }
}
