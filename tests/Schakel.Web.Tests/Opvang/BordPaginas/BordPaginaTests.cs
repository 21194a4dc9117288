using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Opvang.BordPaginas;

/// <summary>The board and the request page through their forms, per role, on both databases.</summary>
public abstract partial class BordPaginaTests(SchakelFactory factory)
{
    private static readonly Guid CrisisVrouwen = DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis vrouwen");
    private static readonly Guid CrisisLocatie = DemoOrganisaties.IdVan("opvanglocatie:Crisisopvang Haaglanden");

    private static Dictionary<string, string> Behoefte() => new()
    {
        ["Invoer.Geslacht"] = "Vrouw",
        ["Invoer.Leeftijdscategorie"] = "Van18Tot22",
        ["Invoer.Uitbuitingsvormen"] = "Seksueel",
        ["Invoer.Urgentie"] = "Acuut",
        ["Invoer.BedenktijdB8"] = "Onbekend",
        ["Invoer.GevondenOp"] = "",
        ["Invoer.GevondenInGemeenteCode"] = "GM0518",
    };

    [Theory]
    [InlineData("/opvang/bord")]
    [InlineData("/opvang/verzoeken/6f1f3c44-0000-4000-8000-000000000001")]
    [InlineData("/opvang/bord/pools/6f1f3c44-0000-4000-8000-000000000001")]
    [InlineData("/opvang/bord/verzoeken")]
    public async Task Anoniem_gaat_naar_inloggen(string pad)
    {
        var antwoord = await factory.NieuweClient().GetAsync(pad);
        Assert.Equal("/inloggen", Aanmelden.Pad(antwoord));
    }

    [Theory]
    [InlineData(Rollen.Zorgcoordinator)]
    [InlineData(Rollen.Opsporing)]
    [InlineData(Rollen.Aandachtsfunctionaris)]
    public async Task Wie_plaatst_ziet_het_bord_met_het_formulier(string rol)
    {
        var client = await factory.AlsAsync(rol);
        Assert.Contains("href=\"/opvang/bord\"", await client.GetStringAsync("/werkplek"), StringComparison.Ordinal);
        var html = await client.GetStringAsync("/opvang/bord");
        Assert.Contains("Opvangplekken in de regio", html, StringComparison.Ordinal);
        Assert.Contains($"data-pool-cijfers=\"{CrisisVrouwen}\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Invoer.Geslacht\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-live=\"polite\"", html, StringComparison.Ordinal);
        Assert.Contains("/js/opvang-bord.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bord_in_het_Engels()
    {
        var client = await factory.AlsAsync(Rollen.Zorgcoordinator);
        var bericht = new HttpRequestMessage(HttpMethod.Get, "/opvang/bord");
        bericht.Headers.AcceptLanguage.ParseAdd("en");
        var html = await (await client.SendAsync(bericht)).Content.ReadAsStringAsync();
        Assert.Contains("Shelter places in the region", html, StringComparison.Ordinal);
        Assert.Contains("New placement request", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Opvangplekken in de regio", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ketenregisseur_leest_alleen()
    {
        var client = await factory.AlsAsync(Rollen.Ketenregisseur);
        var html = await client.GetStringAsync("/opvang/bord");
        Assert.Contains("id=\"alleen-lezen\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Invoer.Geslacht\"", html, StringComparison.Ordinal);
        var velden = Behoefte();
        velden["__RequestVerificationToken"] = Aanmelden.Token(await client.GetStringAsync("/werkplek"));
        var post = await client.PostAsync("/opvang/bord", new FormUrlEncodedContent(velden));
        Assert.True(post.StatusCode == HttpStatusCode.Forbidden || Aanmelden.Pad(post) == "/geweigerd", post.StatusCode.ToString());
    }

    [Theory]
    [InlineData(Rollen.Opvangmedewerker)]
    [InlineData(Rollen.Beheerder)]
    public async Task Andere_rollen_worden_geweigerd(string rol)
    {
        var antwoord = await (await factory.AlsAsync(rol)).GetAsync("/opvang/bord");
        Assert.True(antwoord.StatusCode == HttpStatusCode.Forbidden || Aanmelden.Pad(antwoord) == "/geweigerd", antwoord.StatusCode.ToString());
    }

    [Fact]
    public async Task Formulier_toont_fouten_bij_de_velden()
    {
        var client = await factory.AlsAsync(Rollen.Zorgcoordinator);
        var velden = Behoefte();
        velden.Remove("Invoer.Geslacht");
        velden["Invoer.GevondenInGemeenteCode"] = "";
        velden["Invoer.Talen"] = "pools";
        var antwoord = await Aanmelden.PostFormAsync(client, "/opvang/bord", velden);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("id=\"geslacht-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"gevondenInGemeenteCode-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"talen-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"talen-fout talen-hint\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"pools\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verzoek_via_het_formulier_en_een_plek_reserveren_neemt_met_dezelfde_sleutel_een_bed()
    {
        await VrijAsync();
        var client = await factory.AlsAsync(Rollen.Zorgcoordinator);
        var id = await MaakVerzoekAsync(client);

        var html = await client.GetStringAsync($"/opvang/verzoeken/{id}");
        Assert.Contains("id=\"passend\"", html, StringComparison.Ordinal);
        var (pool, sleutel) = Reserveerformulier(html, CrisisVrouwen);
        var voor = await GereserveerdAsync();

        var velden = new Dictionary<string, string> { ["pool"] = pool, ["sleutel"] = sleutel, ["__RequestVerificationToken"] = Aanmelden.Token(html) };
        var eerste = await client.PostAsync($"/opvang/verzoeken/{id}?handler=Reserveer", new FormUrlEncodedContent(velden));
        var tweede = await client.PostAsync($"/opvang/verzoeken/{id}?handler=Reserveer", new FormUrlEncodedContent(velden));
        Assert.Equal($"/opvang/verzoeken/{id}", Aanmelden.Pad(eerste));
        Assert.Equal($"/opvang/verzoeken/{id}", Aanmelden.Pad(tweede));
        Assert.Equal(voor + 1, await GereserveerdAsync());

        var na = await client.GetStringAsync(eerste.Headers.Location!.OriginalString);
        Assert.Contains("utrecht-alert--ok", na, StringComparison.Ordinal);
        var rij = Assert.Single(RijPatroon().Matches(na));
        Assert.Contains("name=\"reservering\"", rij.Value, StringComparison.Ordinal);

        // Cancelling through the page frees the bed again.
        var reservering = Regex.Match(rij.Value, "name=\"reservering\" value=\"([^\"]+)\"").Groups[1].Value;
        var annuleer = await client.PostAsync($"/opvang/verzoeken/{id}?handler=Annuleer", new FormUrlEncodedContent(new Dictionary<string, string> { ["reservering"] = reservering, ["__RequestVerificationToken"] = Aanmelden.Token(na) }));
        Assert.Equal($"/opvang/verzoeken/{id}", Aanmelden.Pad(annuleer));
        Assert.Equal(voor, await GereserveerdAsync());
    }

    [Fact]
    public async Task Geen_plek_meer_wordt_een_duidelijke_melding()
    {
        var client = await factory.AlsAsync(Rollen.Zorgcoordinator);
        var id = await MaakVerzoekAsync(client);
        var html = await client.GetStringAsync($"/opvang/verzoeken/{id}");
        await VolAsync();
        var (pool, sleutel) = Reserveerformulier(html, CrisisVrouwen);
        var antwoord = await client.PostAsync($"/opvang/verzoeken/{id}?handler=Reserveer", new FormUrlEncodedContent(new Dictionary<string, string> { ["pool"] = pool, ["sleutel"] = sleutel, ["__RequestVerificationToken"] = Aanmelden.Token(html) }));
        Assert.Equal(HttpStatusCode.Conflict, antwoord.StatusCode);
        Assert.Contains("Er is geen plek meer vrij in deze pool", await antwoord.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await VrijAsync();
    }

    [Fact]
    public async Task Nacht_zonder_plek_via_het_formulier()
    {
        var client = await factory.AlsAsync(Rollen.Zorgcoordinator);
        var id = await MaakVerzoekAsync(client);
        var html = await client.GetStringAsync($"/opvang/verzoeken/{id}");
        var leeg = await client.PostAsync($"/opvang/verzoeken/{id}?handler=Nacht", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Aanmelden.Token(html) }));
        Assert.Contains("id=\"verblijf-fout\"", await leeg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var goed = await client.PostAsync($"/opvang/verzoeken/{id}?handler=Nacht", new FormUrlEncodedContent(new Dictionary<string, string> { ["verblijf"] = "Politiebureau", ["__RequestVerificationToken"] = Aanmelden.Token(html) }));
        Assert.Equal($"/opvang/verzoeken/{id}", Aanmelden.Pad(goed));
        await using var scope = factory.Scope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<NachtZonderPlekRegel>().AnyAsync(n => n.PlaatsingsverzoekId == id));
    }

    [Fact]
    public async Task Verzoek_van_een_andere_organisatie_is_niet_te_vinden()
    {
        var id = await MaakVerzoekAsync(await factory.AlsAsync(Rollen.Zorgcoordinator));
        var politie = await factory.AlsAsync(Rollen.Opsporing);
        Assert.Equal(HttpStatusCode.NotFound, (await politie.GetAsync($"/opvang/verzoeken/{id}")).StatusCode);
        var ketenregisseur = await factory.AlsAsync(Rollen.Ketenregisseur);
        Assert.Equal(HttpStatusCode.NotFound, (await ketenregisseur.GetAsync($"/opvang/verzoeken/{id}")).StatusCode);
    }

    [Fact]
    public async Task Cijfers_van_een_pool_als_fragment()
    {
        var antwoord = await Fragment(await factory.AlsAsync(Rollen.Opsporing), $"/opvang/bord/pools/{CrisisVrouwen}");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.StartsWith("<span", html.Trim(), StringComparison.Ordinal);
        Assert.Contains($"data-pool-cijfers=\"{CrisisVrouwen}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_verzoeken_met_de_klok_als_fragment_alleen_van_de_eigen_organisatie()
    {
        var id = await MaakVerzoekAsync(await factory.AlsAsync(Rollen.Zorgcoordinator));

        var antwoord = await Fragment(await factory.AlsAsync(Rollen.Zorgcoordinator), "/opvang/bord/verzoeken");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.True(antwoord.Headers.CacheControl?.NoStore);
        var html = (await antwoord.Content.ReadAsStringAsync()).Trim();
        Assert.StartsWith("<div id=\"verzoeken-deel\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        var rij = Regex.Match(html, $"<tr[^>]*>\\s*<th[^>]*><a[^>]*href=\"/opvang/verzoeken/{id}\".*?</tr>", RegexOptions.Singleline);
        Assert.True(rij.Success, html);
        Assert.Matches("nog .+ om te regelen", rij.Value);

        var politie = await (await Fragment(await factory.AlsAsync(Rollen.Opsporing), "/opvang/bord/verzoeken")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(id.ToString(), politie, StringComparison.Ordinal);
        var beheerder = await Fragment(await factory.AlsAsync(Rollen.Beheerder), "/opvang/bord/verzoeken");
        Assert.True(beheerder.StatusCode == HttpStatusCode.Forbidden || Aanmelden.Pad(beheerder) == "/geweigerd", beheerder.StatusCode.ToString());
    }

    /// <summary>As the live script asks for a fragment (Shell/Fragment.cs).</summary>
    private static Task<HttpResponseMessage> Fragment(HttpClient client, string pad)
    {
        var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Add(Schakel.Web.Shell.FragmentAttribute.Kop, "1");
        return client.SendAsync(verzoek);
    }

    private static async Task<Guid> MaakVerzoekAsync(HttpClient client)
    {
        var antwoord = await Aanmelden.PostFormAsync(client, "/opvang/bord", Behoefte());
        var pad = Aanmelden.Pad(antwoord);
        Assert.True(pad?.StartsWith("/opvang/verzoeken/", StringComparison.Ordinal) == true, await antwoord.Content.ReadAsStringAsync());
        return Guid.Parse(pad!["/opvang/verzoeken/".Length..]);
    }

    private static (string Pool, string Sleutel) Reserveerformulier(string html, Guid pool)
    {
        var m = Regex.Match(html, $"name=\"pool\" value=\"{pool}\" />\\s*<input type=\"hidden\" name=\"sleutel\" value=\"([0-9a-f]+)\"");
        Assert.True(m.Success, "Geen reserveerknop voor de pool.");
        return (pool.ToString(), m.Groups[1].Value);
    }

    private async Task<int> GereserveerdAsync()
    {
        await using var scope = factory.Scope();
        return (await scope.ServiceProvider.GetRequiredService<OpvangService>().PoolStandAsync(CrisisVrouwen))!.Gereserveerd;
    }

    private Task VrijAsync() => ZetBezettingAsync(0);

    private async Task VolAsync()
    {
        await using var scope = factory.Scope();
        var capaciteit = (await scope.ServiceProvider.GetRequiredService<OpvangService>().PoolStandAsync(CrisisVrouwen))!.Pool.Capaciteit;
        await ZetBezettingAsync(capaciteit);
    }

    /// <summary>Other tests in the class hold beds too: clear live holds, then set the occupancy as the shelter.</summary>
    private async Task ZetBezettingAsync(int bezet)
    {
        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Reservering>()
                .Where(r => r.PlekkenpoolId == CrisisVrouwen && r.Status == ReserveringStatus.Actief)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReserveringStatus.Geannuleerd));
            // Written around the service: the pools' held beds are counted again from the holds.
            await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Database.ExecuteSqlRawAsync(VastgehoudenTelling.HertelSql);
        }
        var opvang = await ClientMetTokenAsync(factory.CreateClient, "demo-opvang-haaglanden");
        var antwoord = await opvang.PutAsJsonAsync(Pad($"/api/v1/opvanglocaties/{CrisisLocatie}/plekkenpools/{CrisisVrouwen}/bezetting"), new { bezet, buitenGebruik = 0 });
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
    }

    [GeneratedRegex("<tr class=\"utrecht-table__row\" data-reservering=\"[^\"]+\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RijPatroon();
}

public sealed class BordPaginaTestsSqlite(SqliteFactory f) : BordPaginaTests(f), IClassFixture<SqliteFactory>;

public sealed class BordPaginaTestsPostgres(PostgresFactory f) : BordPaginaTests(f), IClassFixture<PostgresFactory>;
