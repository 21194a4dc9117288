using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.ApiClients;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Features.Api;
using Schakel.Web.Tests.Infrastructure;
using SqliteFactory = Schakel.Web.Tests.Infrastructure.SqliteFactory;

namespace Schakel.Web.Tests.Privacy;

/// <summary>
/// Legal holds over the API, per role: the reporting point (a municipality's focal officer whose organisation took the report in)
/// and a beheerder set, read and lift them, audited with origin api; another municipality gets 404, a role without holds 403;
/// invalid input is one 400 with every field.
/// </summary>
public abstract class BewaringApiTests(SchakelFactory factory)
{
    private const string Meldpunt = "demo-gemeente-gravenhage";
    private const string AnderMeldpunt = "demo-gemeente-delft";

    private async Task<Guid> MeldingVanAsync(string clientId)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var vv = scope.ServiceProvider.GetRequiredService<Veldversleuteling>();
        var organisatie = await db.Set<ApiClient>().Where(c => c.ClientId == clientId).Select(c => c.OrganisatieId).SingleAsync();
        var id = Guid.NewGuid();
        db.Add(new Melding
        {
            Id = id, Soort = MeldingSoort.Melding, MelderType = MelderType.Burger, Kanaal = Kanaal.Web, GemeenteCode = "GM0518",
            OmschrijvingVersleuteld = vv.Versleutel("Arbeiders slapen in busjes", Melding.VeldContext("Omschrijving", id)),
            Uitbuitingsvormen = "arbeid", Status = MeldingStatus.Afgerond, OntvangenOp = DateTimeOffset.UtcNow.AddDays(-3), MeldpuntOrganisatieId = organisatie,
        });
        await db.SaveChangesAsync();
        return id;
    }

    private Task<HttpClient> AlsAsync(string clientId) => ApiHulp.ClientMetTokenAsync(factory.CreateClient, clientId);

    private static object Geldig => new { reden = "Lopend strafrechtelijk onderzoek", einddatum = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)).ToString("yyyy-MM-dd") };

    private async Task<List<AuditRegel>> AuditAsync(Guid id)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        return await db.Set<AuditRegel>().AsNoTracking().Where(r => r.ObjectId == id.ToString() && r.Actie.StartsWith("bewaring.")).ToListAsync();
    }

    [Theory]
    [InlineData(Meldpunt)]
    [InlineData(ApiHulp.Beheerder)]
    public async Task Meldpunt_en_beheerder_zetten_lezen_en_heffen_een_blokkade_op(string clientId)
    {
        var id = await MeldingVanAsync(Meldpunt);
        var http = await AlsAsync(clientId);
        var pad = ApiHulp.Pad($"/api/v1/bewaarblokkades/melding/{id}");

        var gezet = await http.PostAsJsonAsync(pad, Geldig);
        Assert.Equal(HttpStatusCode.Created, gezet.StatusCode);
        var blokkade = await gezet.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(blokkade.GetProperty("actief").GetBoolean());
        Assert.Equal("Lopend strafrechtelijk onderzoek", blokkade.GetProperty("reden").GetString());

        var lijst = await http.GetFromJsonAsync<JsonElement>(pad);
        Assert.Equal("melding", lijst.GetProperty("objectSoort").GetString());
        var eerste = Assert.Single(lijst.GetProperty("blokkades").EnumerateArray());
        Assert.True(eerste.GetProperty("actief").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync(pad)).StatusCode);
        lijst = await http.GetFromJsonAsync<JsonElement>(pad);
        Assert.False(Assert.Single(lijst.GetProperty("blokkades").EnumerateArray()).GetProperty("actief").GetBoolean());

        var audit = await AuditAsync(id);
        Assert.All(audit, r => Assert.Equal(Herkomst.Api, r.Herkomst));
        Assert.Contains(audit, r => r.Actie == "bewaring.blokkade-gezet" && r.ActorId == clientId);
        Assert.Contains(audit, r => r.Actie == "bewaring.blokkade-ingezien");
        Assert.Contains(audit, r => r.Actie == "bewaring.blokkade-opgeheven");
    }

    [Fact]
    public async Task Een_ander_meldpunt_krijgt_404_en_een_rol_zonder_blokkades_403()
    {
        var id = await MeldingVanAsync(Meldpunt);
        var pad = ApiHulp.Pad($"/api/v1/bewaarblokkades/melding/{id}");

        var ander = await AlsAsync(AnderMeldpunt);
        await ApiHulp.ProbleemAsync(await ander.GetAsync(pad), 404);
        await ApiHulp.ProbleemAsync(await ander.PostAsJsonAsync(pad, Geldig), 404);
        await ApiHulp.ProbleemAsync(await ander.DeleteAsync(pad), 404);

        var zorg = await AlsAsync(ApiHulp.Zorgcoordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await zorg.GetAsync(pad)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(pad)).StatusCode);

        Assert.Empty(await AuditAsync(id));
    }

    /// <summary>The referral page links to its holds for the sending reporting point, who may set them; the receiver sees no link.</summary>
    [Fact]
    public async Task De_doorverwijzingspagina_linkt_naar_de_blokkades_voor_wie_ze_mag_zetten()
    {
        var id = await Schakel.Web.Tests.Doorverwijzing.Partner.PartnerTestdata.DoorverwezenAsync(factory, "geen");
        var pad = ApiHulp.Pad($"/doorverwijzingen/{id}");
        var link = $"/bewaring/doorverwijzing/{id}";
        Assert.Contains(link, await Schakel.Web.Tests.Doorverwijzing.Partner.PartnerTestdata.Afzender(factory).GetStringAsync(pad), StringComparison.Ordinal);
        Assert.DoesNotContain(link, await Schakel.Web.Tests.Doorverwijzing.Partner.PartnerTestdata.Ontvanger(factory).GetStringAsync(pad), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ongeldige_invoer_geeft_alle_fouten_tegelijk_en_slaat_niets_op()
    {
        var id = await MeldingVanAsync(Meldpunt);
        var http = await AlsAsync(Meldpunt);
        var pad = ApiHulp.Pad($"/api/v1/bewaarblokkades/melding/{id}");

        var antwoord = await http.PostAsJsonAsync(pad, new { reden = "", einddatum = "2020-01-01" });
        var probleem = await ApiHulp.ProbleemAsync(antwoord, 400);
        var velden = probleem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Equal(["einddatum", "reden"], velden.Order());

        var lijst = await http.GetFromJsonAsync<JsonElement>(pad);
        Assert.Empty(lijst.GetProperty("blokkades").EnumerateArray());
        await ApiHulp.ProbleemAsync(await http.GetAsync(ApiHulp.Pad($"/api/v1/bewaarblokkades/onzin/{id}")), 404);
    }
}

// With the test sign-in as well: the referral page is checked for the sending reporting point and the receiver.
public sealed class BewaringApiTestsSqlite(Schakel.Web.Tests.Doorverwijzing.DoorverwijzingSqliteFactory factory) : BewaringApiTests(factory),
    IClassFixture<Schakel.Web.Tests.Doorverwijzing.DoorverwijzingSqliteFactory>;

public sealed class BewaringApiTestsPostgres(Schakel.Web.Tests.Doorverwijzing.DoorverwijzingPostgresFactory factory) : BewaringApiTests(factory),
    IClassFixture<Schakel.Web.Tests.Doorverwijzing.DoorverwijzingPostgresFactory>;
