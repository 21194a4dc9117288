using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Schakel.Core.Meldpunt;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Privacy.Rechten;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Features.Api;
using Schakel.Web.Tests.Infrastructure;
using SqliteFactory = Schakel.Web.Tests.Infrastructure.SqliteFactory;

namespace Schakel.Web.Tests.Privacy;

/// <summary>
/// Requests of people concerned over the API on both databases: register (every invalid field at once), list with paging, read,
/// search, a decision per hit (a refusal needs its ground), one extension; audited with origin api; another organisation gets 404,
/// a role without the pages 403.
/// </summary>
public abstract class VerzoekenApiTests(SchakelFactory factory)
{
    // The chain director's client (ketenregisseur and beheerder); reports from GM0518 come in at its organisation.
    private const string Ketenregie = ApiHulp.Beheerder;
    private const string Gemeente = "demo-gemeente-gravenhage";
    private static readonly Uri Lijst = ApiHulp.Pad("/api/v1/privacyverzoeken");

    private Task<HttpClient> AlsAsync(string clientId) => ApiHulp.ClientMetTokenAsync(factory.CreateClient, clientId);

    private static string Vandaag(int dagen = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(dagen).ToString("yyyy-MM-dd");

    private async Task<Guid> MeldAsync(string email)
    {
        await using var scope = factory.Scope();
        var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
        {
            MelderType = "burger", Omschrijving = "Verzoek via de API.", GemeenteCode = "GM0518", Uitbuitingsvormen = ["arbeid"],
            Contact = new ContactInvoer { Naam = "Gijs", Email = email, Toestemming = true },
            NegeerPersoonsgegevensWaarschuwing = true,
        }, [], Indiener.Publiek());
        Assert.True(u.Gelukt, string.Join("; ", u.Fouten.SelectMany(x => x.Value)));
        return u.MeldingId!.Value;
    }

    private async Task<List<AuditRegel>> AuditAsync(string objectId)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<AuditRegel>().AsNoTracking()
            .Where(r => r.ObjectId == objectId).ToListAsync();
    }

    [Fact]
    public async Task Registreren_zoeken_besluiten_en_verlengen_via_de_api()
    {
        var email = $"gijs.{Guid.NewGuid():N}"[..20] + "@example.nl";
        var melding = await MeldAsync(email);
        var http = await AlsAsync(Ketenregie);

        // Every invalid field at once, nothing stored.
        var aantal = (await http.GetFromJsonAsync<JsonElement>(Lijst)).GetProperty("totaal").GetInt32();
        var fout = await ApiHulp.ProbleemAsync(await http.PostAsJsonAsync(Lijst, new { ontvangenOp = Vandaag(3), telefoon = "abc" }), 400);
        // A phone number is given (if invalid), so the name is not also asked for.
        Assert.Equal(["ontvangenOp", "soort", "telefoon"], fout.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(aantal, (await http.GetFromJsonAsync<JsonElement>(Lijst)).GetProperty("totaal").GetInt32());

        var gemaakt = await http.PostAsJsonAsync(Lijst, new { soort = "beperking", ontvangenOp = Vandaag(-2), email = email.ToUpperInvariant() });
        Assert.Equal(HttpStatusCode.Created, gemaakt.StatusCode);
        var verzoek = await gemaakt.Content.ReadFromJsonAsync<JsonElement>();
        var id = verzoek.GetProperty("id").GetGuid();
        Assert.EndsWith($"/api/v1/privacyverzoeken/{id}", gemaakt.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2).AddMonths(1).ToString("yyyy-MM-dd"), verzoek.GetProperty("uiterlijk").GetString());

        // The list pages and shows no personal data.
        var eerste = await http.GetAsync(ApiHulp.Pad("/api/v1/privacyverzoeken?paginaGrootte=1&status=open"));
        Assert.Equal("1", eerste.Headers.GetValues("X-Pagination-Page").Single());
        Assert.Equal("1", eerste.Headers.GetValues("X-Pagination-Limit").Single());
        var pagina = await eerste.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(pagina.GetProperty("totaal").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), eerste.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(1, pagina.GetProperty("resultaten").GetArrayLength());
        Assert.True(pagina.GetProperty("totaal").GetInt32() >= 1);
        Assert.Contains("paginaGrootte=1", pagina.GetProperty("_links").GetProperty("first").GetProperty("href").GetString(), StringComparison.Ordinal);
        var alle = await http.GetStringAsync(ApiHulp.Pad("/api/v1/privacyverzoeken?paginaGrootte=100"));
        Assert.Contains(id.ToString(), alle, StringComparison.Ordinal);
        Assert.DoesNotContain(email, alle, StringComparison.OrdinalIgnoreCase);
        // A page far beyond the last is empty with the real total, not a wrapped-around first page.
        var voorbij = await http.GetFromJsonAsync<JsonElement>(ApiHulp.Pad($"/api/v1/privacyverzoeken?pagina={int.MaxValue}&paginaGrootte=100"));
        Assert.Equal(0, voorbij.GetProperty("resultaten").GetArrayLength());
        Assert.True(voorbij.GetProperty("totaal").GetInt32() >= 1);
        var paging = await ApiHulp.ProbleemAsync(await http.GetAsync(ApiHulp.Pad("/api/v1/privacyverzoeken?pagina=0&paginaGrootte=101&status=1")), 400);
        Assert.Equal(["pagina", "paginaGrootte", "status"], paging.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());

        var zoek = await http.PostAsync(ApiHulp.Pad($"/api/v1/privacyverzoeken/{id}/_zoek"), null);
        Assert.Equal(HttpStatusCode.OK, zoek.StatusCode);
        Assert.Equal(1, (await zoek.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("treffers").GetInt32());
        var gelezen = await http.GetFromJsonAsync<JsonElement>(ApiHulp.Pad($"/api/v1/privacyverzoeken/{id}"));
        Assert.Equal(email.ToUpperInvariant(), gelezen.GetProperty("email").GetString());
        var treffer = Assert.Single(gelezen.GetProperty("treffers").EnumerateArray());
        Assert.Equal(melding, treffer.GetProperty("meldingId").GetGuid());
        var trefferPad = ApiHulp.Pad($"/api/v1/privacyverzoeken/{id}/treffers/{treffer.GetProperty("id").GetGuid()}");

        // A refusal needs its ground; a restriction is recorded.
        var zonderGrond = await ApiHulp.ProbleemAsync(await http.PutAsJsonAsync(trefferPad, new { uitkomst = "geweigerd" }), 400);
        Assert.Equal("Kies de grond van de weigering.", zonderGrond.GetProperty("errors").GetProperty("grond")[0].GetString());
        var besloten = await http.PutAsJsonAsync(trefferPad, new { uitkomst = "beperkt", toelichting = "Tot de correctie is beoordeeld." });
        Assert.Equal(HttpStatusCode.OK, besloten.StatusCode);
        Assert.Equal("beperkt", (await besloten.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("treffers")[0].GetProperty("uitkomst").GetString());

        // Extended once, with a reason.
        var verlengPad = ApiHulp.Pad($"/api/v1/privacyverzoeken/{id}/_verleng");
        await ApiHulp.ProbleemAsync(await http.PostAsJsonAsync(verlengPad, new { reden = " " }), 400);
        var verlengd = await http.PostAsJsonAsync(verlengPad, new { reden = "Veel dossiers." });
        Assert.Equal(HttpStatusCode.OK, verlengd.StatusCode);
        Assert.True((await verlengd.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("verlengd").GetBoolean());
        var tweede = await ApiHulp.ProbleemAsync(await http.PostAsJsonAsync(verlengPad, new { reden = "Nog eens." }), 400);
        Assert.True(tweede.GetProperty("errors").TryGetProperty("reden", out _));

        var audit = await AuditAsync(id.ToString());
        Assert.All(audit, r => Assert.Equal(Herkomst.Api, r.Herkomst));
        Assert.Equal(["verzoek.geregistreerd", "verzoek.gezocht", "verzoek.ingezien", "verzoek.verlengd"], audit.Select(r => r.Actie).Distinct().Order());
        Assert.Contains(await AuditAsync(melding.ToString()), r => r.Actie == "verzoek.treffer-behandeld" && r.Herkomst == Herkomst.Api && r.Reden == "Beperkt");

        // Another organisation does not find it; a role without the pages is refused.
        var gemeente = await AlsAsync(Gemeente);
        await ApiHulp.ProbleemAsync(await gemeente.GetAsync(ApiHulp.Pad($"/api/v1/privacyverzoeken/{id}")), 404);
        await ApiHulp.ProbleemAsync(await gemeente.PutAsJsonAsync(trefferPad, new { uitkomst = "gewist" }), 404);
        Assert.DoesNotContain(id.ToString(), await gemeente.GetStringAsync(ApiHulp.Pad("/api/v1/privacyverzoeken?paginaGrootte=100")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await AlsAsync(ApiHulp.Zorgcoordinator)).GetAsync(Lijst)).StatusCode);
    }
}

public sealed class VerzoekenApiTestsSqlite(SqliteFactory factory) : VerzoekenApiTests(factory), IClassFixture<SqliteFactory>;

public sealed class VerzoekenApiTestsPostgres(PostgresFactory factory) : VerzoekenApiTests(factory), IClassFixture<PostgresFactory>;
