using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Opvang;

/// <summary>Changes the rules; a class fixture gives this class a database of its own.</summary>
public abstract class PlaatsingsbevoegdheidTests(SchakelFactory factory)
{
    private static readonly Guid CosmVrouwen = DemoOrganisaties.IdVan("plekkenpool:COSM-locatie Amersfoort:COSM vrouwen");

    [Fact]
    public async Task Een_beheerder_wijzigt_wie_mag_plaatsen_en_de_reservering_volgt_direct()
    {
        var shop = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
        var beheerder = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var verzoek = await shop.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new { geslacht = "vrouw", bedenktijdB8 = "ja", gevondenOp = DateTimeOffset.UtcNow, gevondenInGemeenteCode = "GM0518" });
        var id = (await verzoek.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await shop.SendAsync(Hold(id, "voor"))).StatusCode);

        var regels = (await beheerder.GetFromJsonAsync<JsonObject>(Pad("/api/v1/plaatsingsbevoegdheid")))!;
        var lijst = regels["regels"]!.AsArray();
        Assert.NotEmpty(lijst);
        lijst.Add(new JsonObject { ["type"] = lijst.First(r => r?["organisatietypen"]?.ToJsonString().Contains("coMensha", StringComparison.Ordinal) == true && r?["type"] is not null)!["type"]!.DeepClone(), ["organisatietypen"] = new JsonArray("zorgcoordinatie") });

        Assert.Equal(HttpStatusCode.Forbidden, (await shop.PutAsJsonAsync(Pad("/api/v1/plaatsingsbevoegdheid"), regels)).StatusCode);
        var gewijzigd = await beheerder.PutAsJsonAsync(Pad("/api/v1/plaatsingsbevoegdheid"), regels);
        Assert.Equal(HttpStatusCode.OK, gewijzigd.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await shop.SendAsync(Hold(id, "na"))).StatusCode);
    }

    [Fact]
    public async Task Een_geweigerde_reservering_draagt_de_code_van_de_uitleg_naast_het_Nederlands()
    {
        var shop = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
        var verzoek = await shop.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new { geslacht = "vrouw", bedenktijdB8 = "ja", gevondenOp = DateTimeOffset.UtcNow, gevondenInGemeenteCode = "GM0518" });
        var id = (await verzoek.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var probleem = await ProbleemAsync(await shop.SendAsync(Hold(id, "code")), 403);

        Assert.Equal(Schakel.Core.Opvang.Opvangberichten.MagNiet, probleem.GetProperty("code").GetString());
        Assert.StartsWith("U mag niet plaatsen in deze plekkenpool (COSM).", probleem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var matches = await shop.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/plaatsingsverzoeken/{id}/matches"));
        var eerste = matches.GetProperty("matches").EnumerateArray().First();
        Assert.Equal(eerste.GetProperty("redenen").GetArrayLength(), eerste.GetProperty("redenCodes").GetArrayLength());
        Assert.All(eerste.GetProperty("redenCodes").EnumerateArray(), c => Assert.False(string.IsNullOrEmpty(c.GetString())));
    }

    [Fact]
    public async Task Ongeldige_regels_worden_geweigerd_met_het_veld()
    {
        var beheerder = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var leeg = await beheerder.PutAsJsonAsync(Pad("/api/v1/plaatsingsbevoegdheid"), new { regels = Array.Empty<object>() });
        Assert.True((await ProbleemAsync(leeg, 400)).GetProperty("errors").TryGetProperty("regels", out _));
        var zonderWie = await beheerder.PutAsJsonAsync(Pad("/api/v1/plaatsingsbevoegdheid"), new { regels = new[] { new { type = "omm" } } });
        Assert.True((await ProbleemAsync(zonderWie, 400)).GetProperty("errors").TryGetProperty("regels[0].organisatietypen", out _));
    }

    private static HttpRequestMessage Hold(Guid verzoek, string sleutel)
    {
        var bericht = new HttpRequestMessage(HttpMethod.Post, Pad($"/api/v1/plaatsingsverzoeken/{verzoek}/reserveringen")) { Content = JsonContent.Create(new { plekkenpoolId = CosmVrouwen }) };
        bericht.Headers.Add("Idempotency-Key", sleutel);
        return bericht;
    }
}

public sealed class PlaatsingsbevoegdheidTestsSqlite(SqliteFactory f) : PlaatsingsbevoegdheidTests(f), IClassFixture<SqliteFactory>;

public sealed class PlaatsingsbevoegdheidTestsPostgres(PostgresFactory f) : PlaatsingsbevoegdheidTests(f), IClassFixture<PostgresFactory>;
