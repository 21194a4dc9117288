using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Gids;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Keten;

/// <summary>The HSDS 3 export and import of the partner directory, on both databases.</summary>
public abstract class HsdsTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);

    /// <summary>Internal text of the demo directory that must never leave the staff pages.</summary>
    public static readonly string[] Intern = ["Geheimstraat", "2600 ZZ", "Opvanghuis", "Sleutel bij de nachtdienst", "alleen voor de keten"];

    private async Task<JsonElement> LijstAsync(string pad)
    {
        var antwoord = await factory.CreateClient().GetAsync(new Uri("/api/v1/hsds/" + pad, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        foreach (var intern in Intern)
        {
            Assert.DoesNotContain(intern, tekst, StringComparison.Ordinal);
        }
        return JsonDocument.Parse(tekst).RootElement.GetProperty("contents").Clone();
    }

    [Theory]
    [InlineData("organizations", "organization.json")]
    [InlineData("services", "service.json")]
    [InlineData("locations", "location.json")]
    public async Task De_export_is_geldig_HSDS_3_zonder_token_en_zonder_interne_velden(string pad, string schema)
    {
        var lijst = await LijstAsync(pad);

        Assert.NotEqual(0, lijst.GetArrayLength());
        foreach (var item in lijst.EnumerateArray())
        {
            Assert.Empty(HsdsSchemas.Fouten(schema, item));
        }
    }

    [Fact]
    public async Task Een_vertrouwelijke_locatie_is_alleen_haar_voordeur()
    {
        var lijst = await LijstAsync("locations");
        var id = DemoGids.LocatieId(DemoOrganisaties.OpvangHaaglanden, "opvanghuis");

        var locatie = lijst.EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == id);
        Assert.True(locatie.GetProperty("schakel_confidential").GetBoolean());
        Assert.Equal("virtual", locatie.GetProperty("location_type").GetString());
        Assert.False(locatie.TryGetProperty("name", out _));
        Assert.False(locatie.TryGetProperty("addresses", out _));
        Assert.Equal("070-0000007", locatie.GetProperty("phones")[0].GetProperty("number").GetString());
    }

    [Fact]
    public async Task Een_dienst_draagt_het_Schakelprofiel()
    {
        var lijst = await LijstAsync("services");
        var id = DemoGids.DienstId(DemoOrganisaties.Nla, "Meldingen arbeidsuitbuiting");

        var dienst = lijst.EnumerateArray().Single(d => d.GetProperty("id").GetGuid() == id);
        Assert.Equal("Melden", dienst.GetProperty("schakel_type").GetString());
        Assert.Equal("Dader", dienst.GetProperty("schakel_side").GetString());
        Assert.Equal(["Arbeid"], dienst.GetProperty("schakel_forms_of_exploitation").EnumerateArray().Select(v => v.GetString()));
        Assert.False(dienst.TryGetProperty("interne_notitie", out _));
    }

    [Fact]
    public async Task Importeren_vraagt_een_ketenregisseur_of_beheerder()
    {
        var leeg = new StringContent("[]", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsync(new Uri("/api/v1/hsds/organizations", UriKind.Relative), leeg)).StatusCode);
        var af = factory.Als(DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("Delft")), Rollen.Aandachtsfunctionaris);
        Assert.Equal(HttpStatusCode.Forbidden, (await af.PostAsync(new Uri("/api/v1/hsds/organizations", UriKind.Relative), new StringContent("[]", Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task Een_ongeldige_import_noemt_alle_fouten_en_schrijft_niets()
    {
        var dienst = Guid.NewGuid();
        var body = $$"""
            [{"id":"{{Guid.NewGuid()}}","name":"Nieuw zonder type","description":"x",
              "services":[{"id":"{{dienst}}","name":"","status":"open","schakel_type":"Zwemles","schakel_side":"Dader",
                           "schakel_forms_of_exploitation":["Vliegen"],"service_areas":[{"id":"{{Guid.NewGuid()}}","service_id":"{{dienst}}","name":"x","schakel_cbs_code":"GM9999"}]}]}]
            """;
        var antwoord = await factory.Als(Rsiv, Rollen.Ketenregisseur).PostAsync(new Uri("/api/v1/hsds/organizations", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var fouten = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        foreach (var veld in new[] { "contents[0].schakel_organisation_type", "contents[0].services[0].name", "contents[0].services[0].status",
            "contents[0].services[0].schakel_type", "contents[0].services[0].schakel_forms_of_exploitation", "contents[0].services[0].service_areas" })
        {
            Assert.True(fouten.ContainsKey(veld), $"geen fout voor {veld}: {fouten.ToJsonString()}");
        }
        await using var scope = factory.Scope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Dienst>().AnyAsync(d => d.Id == dienst));
    }

    [Fact]
    public async Task Een_rondreis_verliest_niets_en_houdt_interne_velden()
    {
        var client = factory.CreateClient();
        var voor = await client.GetStringAsync(new Uri("/api/v1/hsds/organizations", UriKind.Relative));

        // Into an empty directory: every service and location goes, the export comes back.
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            await db.Set<DienstLocatie>().ExecuteDeleteAsync();
            await db.Set<Dienst>().ExecuteDeleteAsync();
            await db.Set<Locatie>().Where(l => !l.Vertrouwelijk).ExecuteDeleteAsync();
        }
        var import = await factory.Als(Rsiv, Rollen.Beheerder).PostAsync(new Uri("/api/v1/hsds/organizations", UriKind.Relative),
            new StringContent(voor, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);

        Assert.Equal(voor, await client.GetStringAsync(new Uri("/api/v1/hsds/organizations", UriKind.Relative)));
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var opvang = await db.Set<Locatie>().SingleAsync(l => l.Id == DemoGids.LocatieId(DemoOrganisaties.OpvangHaaglanden, "opvanghuis"));
            // HSDS never carried them, so the import kept them.
            Assert.Equal("Geheimstraat 7", opvang.Adres);
            Assert.Equal("Sleutel bij de nachtdienst.", opvang.InterneNotitie);
        }
    }

    [Theory]
    [InlineData("organizations")]
    [InlineData("services")]
    [InlineData("locations")]
    public async Task Het_apidocument_noemt_de_HSDS_velden_zoals_de_antwoorden(string pad)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(await factory.CreateClient().GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative)))!;
        var schemas = document["components"]!["schemas"]!;
        var verwijzing = (string)document["paths"]!["/hsds/" + pad]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!;
        var pagina = schemas[verwijzing.Split('/')[^1]]!;
        var antwoord = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri("/api/v1/hsds/" + pad, UriKind.Relative))).RootElement;
        Controleer(antwoord, pagina, schemas, "$");
    }

    /// <summary>Every property a response holds is named in the document's schema for it, recursively.</summary>
    private static void Controleer(JsonElement waarde, System.Text.Json.Nodes.JsonNode schema, System.Text.Json.Nodes.JsonNode schemas, string pad)
    {
        // A nullable object is one of null and the object.
        if ((schema["oneOf"] ?? schema["anyOf"]) is System.Text.Json.Nodes.JsonArray keuzes
            && keuzes.FirstOrDefault(k => k?["$ref"] is not null || k?["properties"] is not null || k?["items"] is not null) is { } gekozen)
        {
            schema = gekozen;
        }
        if (schema["$ref"] is { } r)
        {
            schema = schemas[((string)r!).Split('/')[^1]]!;
        }
        if (waarde.ValueKind == JsonValueKind.Object)
        {
            var eigenschappen = schema["properties"]?.AsObject();
            Assert.True(eigenschappen is not null, $"{pad}: geen eigenschappen in het document");
            foreach (var p in waarde.EnumerateObject())
            {
                Assert.True(eigenschappen!.ContainsKey(p.Name), $"{pad}.{p.Name} staat niet in het document (wel: {string.Join(", ", eigenschappen.Select(e => e.Key))})");
                Controleer(p.Value, eigenschappen[p.Name]!, schemas, pad + "." + p.Name);
            }
        }
        else if (waarde.ValueKind == JsonValueKind.Array && schema["items"] is { } items)
        {
            foreach (var item in waarde.EnumerateArray())
            {
                Controleer(item, items, schemas, pad + "[]");
            }
        }
    }
}

public sealed class HsdsTestsSqlite(DoorverwijzingSqliteFactory factory) : HsdsTests(factory), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class HsdsTestsPostgres(DoorverwijzingPostgresFactory factory) : HsdsTests(factory), IClassFixture<DoorverwijzingPostgresFactory>;
