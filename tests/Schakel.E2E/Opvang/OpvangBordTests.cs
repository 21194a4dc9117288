using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;
using Schakel.Web.Features.ApiClients;
using Schakel.Web.Features.Organisaties;

namespace Schakel.E2E.Opvang;

/// <summary>
/// The live board: a shelter changes a pool and a coordinator's open board shows it without reload; a
/// coordinator holds a bed on the request page and the shelter confirms it. No WCAG 2.2 AA findings.
/// The shelter uses the API as its demo client until its own page exists.
/// </summary>
public sealed class OpvangBordTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string Opvang = "demo-opvang-haaglanden";
    private static readonly Guid CrisisVrouwen = DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis vrouwen");
    private static readonly Guid CrisisLocatie = DemoOrganisaties.IdVan("opvanglocatie:Crisisopvang Haaglanden");
    private static readonly string[] Wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [Fact]
    public async Task Een_gewijzigde_pool_verschijnt_binnen_twee_seconden_op_het_open_bord()
    {
        var bord = await app.AangemeldAlsAsync(Rollen.Zorgcoordinator);
        await bord.GotoAsync("/opvang/bord");
        await Assertions.Expect(bord.Locator("html[data-opvang-live='verbonden']")).ToHaveCountAsync(1);
        await bord.EvaluateAsync("() => { window.schakelZelfdePagina = true; }");
        await GeenBevindingenAsync(bord);

        var opvang = await OpvangAsync();
        var huidig = await PoolAsync(opvang);
        var bezet = huidig.GetProperty("bezet").GetInt32() == 0 ? 1 : 0;
        var cijfers = await ZetBezettingAsync(opvang, bezet);
        var tekst = $"{cijfers.GetProperty("beschikbaar").GetInt32()} vrij van {cijfers.GetProperty("capaciteit").GetInt32()} (bezet {bezet},";

        var pool = bord.Locator($"[data-pool-cijfers='{CrisisVrouwen}']");
        await Assertions.Expect(pool).ToContainTextAsync(tekst, new() { Timeout = 2000 });
        await Assertions.Expect(bord.Locator("#bord-live")).ToContainTextAsync($"nu {cijfers.GetProperty("beschikbaar").GetInt32()} vrij");
        Assert.True(await bord.EvaluateAsync<bool>("() => window.schakelZelfdePagina === true"), "De pagina werd herladen.");
    }

    [Fact]
    public async Task Coordinator_reserveert_en_de_opvang_bevestigt()
    {
        var opvang = await OpvangAsync();
        await ZetBezettingAsync(opvang, 0);
        var pagina = await app.AangemeldAlsAsync(Rollen.Zorgcoordinator);
        await pagina.GotoAsync("/opvang/bord");
        await pagina.GetByRole(AriaRole.Radio, new() { Name = "vrouw", Exact = true }).CheckAsync();
        await pagina.GetByLabel("Leeftijdscategorie").SelectOptionAsync(new SelectOptionValue { Label = "18–22 jaar" });
        await pagina.GetByRole(AriaRole.Checkbox, new() { Name = "seksuele uitbuiting" }).CheckAsync();
        await pagina.GetByLabel("Gemeente waar het slachtoffer is aangetroffen").SelectOptionAsync(new SelectOptionValue { Value = "GM0518" });
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Verzoek opslaan en plekken zoeken" }).ClickAsync();
        await pagina.WaitForURLAsync("**/opvang/verzoeken/**");
        await GeenBevindingenAsync(pagina);

        await pagina.GetByRole(AriaRole.Button, new() { Name = "Reserveer een plek in Crisisopvang Haaglanden — Crisis vrouwen" }).ClickAsync();
        await Assertions.Expect(pagina.Locator("#melding")).ToContainTextAsync("Er is een plek gereserveerd");
        var rij = pagina.Locator("#reserveringen tr[data-reservering]");
        await Assertions.Expect(rij).ToContainTextAsync("actief");
        var reservering = await rij.GetAttributeAsync("data-reservering");

        await Assertions.Expect(pagina.Locator("html[data-opvang-live='verbonden']")).ToHaveCountAsync(1);

        var bevestigd = await opvang.PostAsync(new Uri($"/api/v1/reserveringen/{reservering}/_bevestigen", UriKind.Relative), null);
        Assert.True(bevestigd.IsSuccessStatusCode, await bevestigd.Content.ReadAsStringAsync());
        // The open request page hears the confirmation; a reload shows the next step.
        await Assertions.Expect(pagina.Locator("#reserveringen tr[data-reservering]")).ToContainTextAsync("bevestigd");
        await pagina.ReloadAsync();
        await Assertions.Expect(pagina.Locator("#huidige-stap")).ToContainTextAsync("vervolgplaatsing");
        await GeenBevindingenAsync(pagina);
    }

    private async Task<HttpClient> OpvangAsync()
    {
        var http = new HttpClient { BaseAddress = app.Adres };
        var token = await http.PostAsync(new Uri("/api/v1/oauth/token", UriKind.Relative), new FormUrlEncodedContent(
            [new("grant_type", "client_credentials"), new("client_id", Opvang), new("client_secret", DemoApiClients.Geheim(Opvang))]));
        token.EnsureSuccessStatusCode();
        var json = await token.Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.GetProperty("access_token").GetString());
        return http;
    }

    private static async Task<JsonElement> PoolAsync(HttpClient opvang)
    {
        var locaties = await opvang.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/opvanglocaties", UriKind.Relative));
        return locaties.EnumerateArray().SelectMany(l => l.GetProperty("plekkenpools").EnumerateArray()).Single(p => p.GetProperty("id").GetGuid() == CrisisVrouwen);
    }

    private static async Task<JsonElement> ZetBezettingAsync(HttpClient opvang, int bezet)
    {
        var antwoord = await opvang.PutAsJsonAsync(new Uri($"/api/v1/opvanglocaties/{CrisisLocatie}/plekkenpools/{CrisisVrouwen}/bezetting", UriKind.Relative), new { bezet, buitenGebruik = 0 });
        Assert.True(antwoord.IsSuccessStatusCode, await antwoord.Content.ReadAsStringAsync());
        return await antwoord.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task GeenBevindingenAsync(IPage pagina)
    {
        var uitkomst = await pagina.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Wcag] } });
        Assert.True(uitkomst.Violations.Length == 0, string.Join("; ", uitkomst.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))})")));
    }
}
