using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.ApiClients;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using Schakel.Web.Features.Keten.Gids;
using Schakel.Web.Features.Keten.Gids.Beheer;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Keten;

/// <summary>
/// The directory's services and locations and the focal-officer register through /api/v1, with the pages' rights per role:
/// the chain director keeps every entry, anyone else their own organisation (or municipality); another's is 404; all field
/// errors at once with nothing stored; every change audited as coming through the API. On both databases.
/// </summary>
public abstract class GidsBeheerApiTests(SchakelFactory factory)
{
    private const string Gemeente = "demo-gemeente-gravenhage";
    private static readonly Guid Shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);
    private static readonly Guid Heit = DemoOrganisaties.IdVan(DemoOrganisaties.Heit);

    private async Task<T> DbAsync<T>(Func<SchakelDbContext, Task<T>> doe)
    {
        await using var scope = factory.Scope();
        return await doe(scope.ServiceProvider.GetRequiredService<SchakelDbContext>());
    }

    private Task<int> ApiAuditAsync(Guid id) =>
        DbAsync(db => db.Set<AuditRegel>().CountAsync(a => a.ObjectId == id.ToString() && a.Herkomst == Herkomst.Api));

    private static async Task<Guid> IdAsync(HttpResponseMessage antwoord)
    {
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        return (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Een_partner_houdt_via_de_api_alleen_de_eigen_vermelding_bij_en_die_van_een_ander_bestaat_niet()
    {
        await ProbleemAsync(await factory.CreateClient().GetAsync(Pad("/api/v1/gids/organisaties")), 401);
        var shop = await ClientMetTokenAsync(factory.CreateClient, Zorgcoordinator);
        var eigen = await shop.GetFromJsonAsync<JsonElement>(Pad("/api/v1/gids/organisaties"));
        Assert.Equal(Shop, Assert.Single(eigen.EnumerateArray()).GetProperty("id").GetGuid());

        var heitDienst = await DbAsync(db => db.Set<Dienst>().Where(d => d.OrganisatieId == Heit).Select(d => d.Id).FirstAsync());
        var dienst = new { naam = "Poging", soort = "hulpverlening", zijde = "slachtoffer" };
        await ProbleemAsync(await shop.GetAsync(Pad($"/api/v1/gids/organisaties/{Heit}/diensten")), 404);
        await ProbleemAsync(await shop.GetAsync(Pad($"/api/v1/gids/organisaties/{Heit}/diensten/{heitDienst}")), 404);
        await ProbleemAsync(await shop.PostAsJsonAsync(Pad($"/api/v1/gids/organisaties/{Heit}/diensten"), dienst), 404);
        await ProbleemAsync(await shop.PutAsJsonAsync(Pad($"/api/v1/gids/organisaties/{Heit}/diensten/{heitDienst}"), dienst), 404);
        await ProbleemAsync(await shop.PostAsJsonAsync(Pad($"/api/v1/gids/organisaties/{Heit}/locaties"), new { naam = "x" }), 404);
        // Another organisation's service under one's own organisation is not found either.
        await ProbleemAsync(await shop.PutAsJsonAsync(Pad($"/api/v1/gids/organisaties/{Shop}/diensten/{heitDienst}"), dienst), 404);
        Assert.Equal(0, await DbAsync(db => db.Set<Dienst>().CountAsync(d => d.Naam == "Poging")));

        // Its own entry it keeps.
        var id = await IdAsync(await shop.PostAsJsonAsync(Pad($"/api/v1/gids/organisaties/{Shop}/diensten"), new
        {
            naam = "Zorgcoördinatie API " + Guid.NewGuid().ToString("N")[..6], soort = "zorgcoordinatie", zijde = "slachtoffer", vormen = new[] { "arbeid" },
            talen = new[] { "nl", "EN" }, gemeenten = new[] { "GM0518" },
        }));
        var gelezen = await shop.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/gids/organisaties/{Shop}/diensten/{id}"));
        Assert.Equal(["nl", "en"], gelezen.GetProperty("talen").EnumerateArray().Select(t => t.GetString()));
        Assert.True(gelezen.GetProperty("actief").GetBoolean());
        Assert.Contains((await shop.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/gids/organisaties/{Shop}/diensten"))).EnumerateArray(),
            d => d.GetProperty("id").GetGuid() == id);

        // The chain director keeps every organisation's entry.
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        Assert.True((await regie.GetFromJsonAsync<JsonElement>(Pad("/api/v1/gids/organisaties"))).GetArrayLength() > 1);
        Assert.Equal(HttpStatusCode.OK, (await regie.GetAsync(Pad($"/api/v1/gids/organisaties/{Shop}/diensten/{id}"))).StatusCode);
        Assert.Equal(1, await ApiAuditAsync(id));
    }

    [Fact]
    public async Task De_lijsten_van_diensten_en_locaties_lezen_in_een_vast_aantal_opdrachten_hoeveel_er_ook_zijn()
    {
        // The commands each list costs, each in a fresh scope made after the teller (so EF knows someone listens).
        async Task<(int Diensten, int Locaties)> OpdrachtenAsync()
        {
            using var teller = new Opdrachtenteller();
            await using var scope = factory.Scope();
            teller.Context = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var beheer = scope.ServiceProvider.GetRequiredService<GidsBeheer>();
            Assert.NotEmpty(await beheer.DienstenMetOnderdelenAsync(Heit));
            var diensten = teller.Opdrachten.Count;
            teller.Leeg();
            Assert.NotEmpty(await beheer.LocatiesMetOpeningstijdenAsync(Heit));
            return (diensten, teller.Opdrachten.Count);
        }

        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var basis = $"/api/v1/gids/organisaties/{Heit}";
        await IdAsync(await regie.PostAsJsonAsync(Pad(basis + "/locaties"), new { naam = "Telling locatie 0", adres = "Telstraat 1", postcode = "2511 AA", gemeenteCode = "GM0518" }));
        var voor = await OpdrachtenAsync();
        var dienstenVoor = (await regie.GetFromJsonAsync<JsonElement>(Pad(basis + "/diensten"))).GetArrayLength();
        for (var i = 1; i <= 3; i++)
        {
            var locatie = await IdAsync(await regie.PostAsJsonAsync(Pad(basis + "/locaties"), new { naam = $"Telling locatie {i}", adres = "Telstraat 1", postcode = "2511 AA", gemeenteCode = "GM0518" }));
            await IdAsync(await regie.PostAsJsonAsync(Pad($"{basis}/locaties/{locatie}/openingstijden"), new { dagen = new[] { "MO" }, opent = "09:00", sluit = "17:00" }));
            var dienst = await IdAsync(await regie.PostAsJsonAsync(Pad(basis + "/diensten"), new { naam = $"Telling {i}", soort = "hulpverlening", zijde = "slachtoffer", locaties = new[] { locatie } }));
            await IdAsync(await regie.PostAsJsonAsync(Pad($"{basis}/diensten/{dienst}/telefoons"), new { nummer = $"070 555 010{i}" }));
        }

        // Three more services and locations, each with parts, cost no command more: no read per item.
        Assert.True(voor.Diensten > 0 && voor.Locaties > 0, $"{voor}");
        Assert.Equal(voor, await OpdrachtenAsync());
        var lijst = await regie.GetFromJsonAsync<JsonElement>(Pad(basis + "/diensten"));
        Assert.Equal(dienstenVoor + 3, lijst.GetArrayLength());
        Assert.All(lijst.EnumerateArray().Where(d => d.GetProperty("naam").GetString()!.StartsWith("Telling ", StringComparison.Ordinal)),
            d => Assert.Single(d.GetProperty("telefoons").EnumerateArray()));
    }

    [Fact]
    public async Task Een_dienst_met_locatie_telefoon_contact_en_openingstijden_via_de_api_met_alle_fouten_tegelijk_en_audit()
    {
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var basis = $"/api/v1/gids/organisaties/{Heit}";
        var voor = await DbAsync(db => db.Set<Dienst>().CountAsync());
        var fout = await ProbleemAsync(await regie.PostAsJsonAsync(Pad(basis + "/diensten"), new
        {
            naam = " ", email = "geen-adres", website = "ftp://x", talen = new[] { "nederlands" }, gemeenten = new[] { "GM9999" }, locaties = new[] { Guid.NewGuid() },
        }), 400);
        foreach (var veld in new[] { "naam", "soort", "zijde", "email", "website", "talen", "gemeenten", "locaties" })
        {
            Assert.True(fout.GetProperty("errors").TryGetProperty(veld, out _), veld);
        }
        await ProbleemAsync(await regie.PostAsJsonAsync(Pad(basis + "/diensten"), new { naam = "x", soort = 1, zijde = "slachtoffer" }), 400);
        Assert.Equal(voor, await DbAsync(db => db.Set<Dienst>().CountAsync()));

        // In English on request; a confidential location needs its front door.
        var engels = new HttpRequestMessage(HttpMethod.Post, Pad(basis + "/locaties")) { Content = JsonContent.Create(new { naam = "Schuilhuis", vertrouwelijk = true }) };
        engels.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var locatieFout = await ProbleemAsync(await regie.SendAsync(engels), 400);
        Assert.Contains("front-door", locatieFout.GetProperty("errors").GetProperty("voordeurTelefoon")[0].GetString(), StringComparison.Ordinal);

        var locatie = await IdAsync(await regie.PostAsJsonAsync(Pad(basis + "/locaties"), new
        {
            naam = "Schuilhuis API", adres = "Verborgenlaan 1", postcode = "2511 AA", gemeenteCode = "GM0518", vertrouwelijk = true, voordeurTelefoon = "070 555 0199",
        }));
        var dienst = await IdAsync(await regie.PostAsJsonAsync(Pad(basis + "/diensten"), new
        {
            naam = "Opvang via API", soort = "opvang", zijde = "slachtoffer", locaties = new[] { locatie }, dagEnNacht = true,
        }));
        var telefoon = await IdAsync(await regie.PostAsJsonAsync(Pad($"{basis}/diensten/{dienst}/telefoons"), new { nummer = "070 555 0100" }));
        var contactFout = await ProbleemAsync(await regie.PostAsJsonAsync(Pad($"{basis}/diensten/{dienst}/contacten"), new { email = "x" }), 400);
        Assert.True(contactFout.GetProperty("errors").TryGetProperty("naam", out _));
        Assert.True(contactFout.GetProperty("errors").TryGetProperty("email", out _));
        var contact = await IdAsync(await regie.PostAsJsonAsync(Pad($"{basis}/diensten/{dienst}/contacten"), new { naam = "Intake", email = "intake@example.org" }));
        var tijdFout = await ProbleemAsync(await regie.PostAsJsonAsync(Pad($"{basis}/diensten/{dienst}/openingstijden"), new { dagen = new[] { "XX" }, opent = "17:00", sluit = "9 uur" }), 400);
        Assert.True(tijdFout.GetProperty("errors").TryGetProperty("dagen", out _));
        Assert.True(tijdFout.GetProperty("errors").TryGetProperty("opent", out _));
        await IdAsync(await regie.PostAsJsonAsync(Pad($"{basis}/diensten/{dienst}/openingstijden"), new { dagen = new[] { "MO", "TU" }, opent = "09:00", sluit = "17:00" }));
        var locatieTijd = await IdAsync(await regie.PostAsJsonAsync(Pad($"{basis}/locaties/{locatie}/openingstijden"), new { dagen = new[] { "SA" }, omschrijving = "Op afspraak" }));

        var gelezen = await regie.GetFromJsonAsync<JsonElement>(Pad($"{basis}/diensten/{dienst}"));
        Assert.Equal(locatie, Assert.Single(gelezen.GetProperty("locaties").EnumerateArray()).GetGuid());
        Assert.Equal("070 555 0100", Assert.Single(gelezen.GetProperty("telefoons").EnumerateArray()).GetProperty("nummer").GetString());
        Assert.Equal(["MO", "TU"], Assert.Single(gelezen.GetProperty("openingstijden").EnumerateArray()).GetProperty("dagen").EnumerateArray().Select(d => d.GetString()));
        var loc = await regie.GetFromJsonAsync<JsonElement>(Pad($"{basis}/locaties/{locatie}"));
        Assert.Equal("Verborgenlaan 1", loc.GetProperty("adres").GetString());

        // A part is removed only under the service it belongs to.
        var andereDienst = await DbAsync(db => db.Set<Dienst>().Where(d => d.OrganisatieId == Heit && d.Id != dienst).Select(d => d.Id).FirstAsync());
        await ProbleemAsync(await regie.DeleteAsync(Pad($"{basis}/diensten/{andereDienst}/contacten/{contact}")), 404);
        Assert.Equal(HttpStatusCode.NoContent, (await regie.DeleteAsync(Pad($"{basis}/diensten/{dienst}/telefoons/{telefoon}"))).StatusCode);
        await ProbleemAsync(await regie.DeleteAsync(Pad($"{basis}/diensten/{dienst}/telefoons/{telefoon}")), 404);
        Assert.Equal(HttpStatusCode.NoContent, (await regie.DeleteAsync(Pad($"{basis}/locaties/{locatie}/openingstijden/{locatieTijd}"))).StatusCode);

        var gewijzigd = await regie.PutAsJsonAsync(Pad($"{basis}/diensten/{dienst}"), new { naam = "Opvang via API", soort = "opvang", zijde = "beide", actief = false });
        Assert.Equal(HttpStatusCode.OK, gewijzigd.StatusCode);
        var na = await gewijzigd.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(na.GetProperty("actief").GetBoolean());
        Assert.Empty(na.GetProperty("locaties").EnumerateArray());
        Assert.Single(na.GetProperty("contacten").EnumerateArray());
        await ProbleemAsync(await regie.PutAsJsonAsync(Pad($"{basis}/diensten/{Guid.NewGuid()}"), new { naam = "x", soort = "opvang", zijde = "beide" }), 404);

        // Service: created, phone, contact and hours added, changed; location: created, hours added; each removal under the part's own id.
        Assert.Equal(5, await ApiAuditAsync(dienst));
        Assert.Equal(2, await ApiAuditAsync(locatie));
        Assert.Equal(1, await ApiAuditAsync(telefoon));
        Assert.Equal(1, await ApiAuditAsync(locatieTijd));
        Assert.Equal(0, await DbAsync(db => db.Set<AuditRegel>().CountAsync(a => a.ObjectId == dienst.ToString() && a.Herkomst != Herkomst.Api)));
    }

    [Fact]
    public async Task Een_aandachtsfunctionaris_houdt_via_de_api_alleen_de_eigen_gemeente_bij_en_de_ketenregisseur_alle()
    {
        var gemeente = await ClientMetTokenAsync(factory.CreateClient, Gemeente);
        var lijst = await gemeente.GetFromJsonAsync<JsonElement>(Pad("/api/v1/aandachtsfunctionarissen"));
        Assert.NotEmpty(lijst.EnumerateArray());
        Assert.All(lijst.EnumerateArray(), a => Assert.Equal(DemoAandachtsfunctionarissen.DenHaag, a.GetProperty("gemeenteCode").GetString()));

        var ander = await DbAsync(db => db.Set<Aandachtsfunctionaris>().Where(a => a.GemeenteCode == DemoAandachtsfunctionarissen.MiddenDelfland).Select(a => a.Id).FirstAsync());
        var geldig = new { gemeenteCode = DemoAandachtsfunctionarissen.DenHaag, naam = "Aandachtsfunctionaris API", email = "af@example.org", afdeling = "oov", zijde = "dader", aangesteldOp = "2025-01-01" };
        await ProbleemAsync(await gemeente.GetAsync(Pad($"/api/v1/aandachtsfunctionarissen/{ander}")), 404);
        await ProbleemAsync(await gemeente.PutAsJsonAsync(Pad($"/api/v1/aandachtsfunctionarissen/{ander}"), geldig), 404);

        var fout = await ProbleemAsync(await gemeente.PostAsJsonAsync(Pad("/api/v1/aandachtsfunctionarissen"), new
        {
            gemeenteCode = DemoAandachtsfunctionarissen.MiddenDelfland, naam = "", telefoon = "bel mij", aangesteldOp = "1900-01-01",
        }), 400);
        foreach (var veld in new[] { "gemeenteCode", "naam", "telefoon", "afdeling", "zijde", "aangesteldOp" })
        {
            Assert.True(fout.GetProperty("errors").TryGetProperty(veld, out _), veld);
        }
        var id = await IdAsync(await gemeente.PostAsJsonAsync(Pad("/api/v1/aandachtsfunctionarissen"), geldig));
        var gewijzigd = await gemeente.PutAsJsonAsync(Pad($"/api/v1/aandachtsfunctionarissen/{id}"), geldig with { });
        Assert.Equal(HttpStatusCode.OK, gewijzigd.StatusCode);
        Assert.Equal(2, await ApiAuditAsync(id));

        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var alle = await regie.GetFromJsonAsync<JsonElement>(Pad("/api/v1/aandachtsfunctionarissen"));
        Assert.Contains(alle.EnumerateArray(), a => a.GetProperty("gemeenteCode").GetString() == DemoAandachtsfunctionarissen.MiddenDelfland);
        Assert.Equal(HttpStatusCode.OK, (await regie.GetAsync(Pad($"/api/v1/aandachtsfunctionarissen/{ander}"))).StatusCode);

        // Other roles are refused; a focal-officer client outside a municipality too, as on the page.
        await ProbleemAsync(await (await ClientMetTokenAsync(factory.CreateClient, Zorgcoordinator)).GetAsync(Pad("/api/v1/aandachtsfunctionarissen")), 403);
        var clientId = "test-af-" + Guid.NewGuid().ToString("N")[..8];
        await DbAsync(async db =>
        {
            db.Add(new ApiClient
            {
                Id = Guid.NewGuid(), ClientId = clientId, Naam = "Test", OrganisatieId = Shop, Rollen = [Rollen.Aandachtsfunctionaris],
                GeheimHash = ClientGeheim.Hash(clientId + "-geheim-voor-de-test"), Aangemaakt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        var buiten = factory.CreateClient();
        buiten.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(factory.CreateClient(), clientId, clientId + "-geheim-voor-de-test"));
        await ProbleemAsync(await buiten.GetAsync(Pad("/api/v1/aandachtsfunctionarissen")), 403);
        await ProbleemAsync(await buiten.PostAsJsonAsync(Pad("/api/v1/aandachtsfunctionarissen"), geldig), 403);
    }
}

public sealed class GidsBeheerApiTestsSqlite(SqliteFactory factory) : GidsBeheerApiTests(factory), IClassFixture<SqliteFactory>;

public sealed class GidsBeheerApiTestsPostgres(PostgresFactory factory) : GidsBeheerApiTests(factory), IClassFixture<PostgresFactory>;
