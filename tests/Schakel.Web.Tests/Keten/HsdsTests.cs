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
    [InlineData("service_at_locations", "service_at_location.json")]
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
    public async Task De_api_root_noemt_versie_profiel_en_openapidocument_die_er_zijn()
    {
        var client = factory.CreateClient();
        // HSDS's root is "GET /" of the API base: here /api/v1/hsds (the API never answers a trailing slash).
        var antwoord = await client.GetAsync(new Uri("/api/v1/hsds", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var root = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("3.0", root.GetProperty("version").GetString());
        var profiel = new Uri(root.GetProperty("profile").GetString()!);
        var openapi = new Uri(root.GetProperty("openapi_url").GetString()!);
        Assert.Equal("/hsds/schakel-profiel.json", profiel.AbsolutePath);
        Assert.Equal("/api/v1/openapi.json", openapi.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(profiel.PathAndQuery, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(openapi.PathAndQuery, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Een_dienst_op_een_locatie_is_ook_los_op_te_vragen()
    {
        var lijst = await LijstAsync("service_at_locations");
        var eerste = lijst[0];
        var id = eerste.GetProperty("id").GetGuid();
        var diensten = await LijstAsync("services");
        Assert.Contains(diensten.EnumerateArray(), d => d.GetProperty("id").GetGuid() == eerste.GetProperty("service_id").GetGuid());

        var client = factory.CreateClient();
        var item = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/hsds/service_at_locations/{id}", UriKind.Relative))).RootElement;
        Assert.Equal(eerste.GetProperty("location_id").GetGuid(), item.GetProperty("location_id").GetGuid());
        Assert.Empty(HsdsSchemas.Fouten("service_at_location.json", item));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/api/v1/hsds/service_at_locations/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("organizations")]
    [InlineData("services")]
    [InlineData("locations")]
    [InlineData("service_at_locations")]
    public async Task De_hsds_lijsten_pagineren_zoals_de_andere_lijsten(string pad)
    {
        var client = factory.CreateClient();
        var alles = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/hsds/{pad}", UriKind.Relative))).RootElement;
        var totaal = alles.GetProperty("total_items").GetInt32();
        Assert.True(totaal >= 2, $"{pad}: te weinig demo-gegevens om te pagineren");
        Assert.Equal(totaal, alles.GetProperty("contents").GetArrayLength());

        var tweede = await client.GetAsync(new Uri($"/api/v1/hsds/{pad}?page=2&per_page=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Equal(totaal.ToString(System.Globalization.CultureInfo.InvariantCulture), tweede.Headers.GetValues("X-Total-Count").Single());
        var pagina = JsonDocument.Parse(await tweede.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, pagina.GetProperty("page_number").GetInt32());
        Assert.Equal(1, pagina.GetProperty("size").GetInt32());
        Assert.Equal(totaal, pagina.GetProperty("total_pages").GetInt32());
        Assert.False(pagina.GetProperty("first_page").GetBoolean());
        Assert.Equal(totaal == 2, pagina.GetProperty("last_page").GetBoolean());
        Assert.Equal(alles.GetProperty("contents")[1].GetProperty("id").GetGuid(), Assert.Single(pagina.GetProperty("contents").EnumerateArray()).GetProperty("id").GetGuid());

        // Beyond the last page: empty, with the real totals.
        var voorbij = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/hsds/{pad}?page=999&per_page=100", UriKind.Relative))).RootElement;
        Assert.Equal(0, voorbij.GetProperty("contents").GetArrayLength());
        Assert.Equal(totaal, voorbij.GetProperty("total_items").GetInt32());
        Assert.True(voorbij.GetProperty("last_page").GetBoolean());

        foreach (var (query, veld) in new[] { ("page=0", "page"), ("page=-1", "page"), ("per_page=0", "per_page"), ("per_page=101", "per_page") })
        {
            var fout = await client.GetAsync(new Uri($"/api/v1/hsds/{pad}?{query}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
            Assert.Equal("application/problem+json", fout.Content.Headers.ContentType?.MediaType);
            Assert.True(JsonDocument.Parse(await fout.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(veld, out _), query);
        }
        foreach (var query in new[] { "page=abc", "per_page=1.5", "page=99999999999" })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri($"/api/v1/hsds/{pad}?{query}", UriKind.Relative))).StatusCode);
        }
    }

    /// <summary>
    /// Every schakel_ field of the export is declared in the published profile (wwwroot/hsds/schakel-profiel.json) for that
    /// HSDS object and its value fits the profile's schema for it; nested objects (a service's areas and locations) too.
    /// </summary>
    [Theory]
    [InlineData("organizations", "organization")]
    [InlineData("services", "service")]
    [InlineData("locations", "location")]
    [InlineData("service_at_locations", "service_at_location")]
    public async Task De_export_volgt_het_gepubliceerde_Schakelprofiel(string pad, string soort)
    {
        var profiel = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri("/hsds/schakel-profiel.json", UriKind.Relative))).RootElement;
        var uitbreidingen = profiel.GetProperty("extensions");
        var gezien = new HashSet<string>(StringComparer.Ordinal);

        void Toets(JsonElement item, string object_)
        {
            foreach (var p in item.EnumerateObject())
            {
                if (p.Name.StartsWith("schakel_", StringComparison.Ordinal))
                {
                    var veldschema = default(JsonElement);
                    Assert.True(uitbreidingen.TryGetProperty(object_, out var velden) && velden.TryGetProperty(p.Name, out veldschema),
                        $"{object_}.{p.Name} staat niet in schakel-profiel.json");
                    var schema = Json.Schema.JsonSchema.FromText(veldschema.GetRawText());
                    var uitkomst = schema.Evaluate(p.Value, new Json.Schema.EvaluationOptions { RequireFormatValidation = true });
                    Assert.True(uitkomst.IsValid, $"{object_}.{p.Name} = {p.Value.GetRawText()} past niet in het profiel");
                    gezien.Add(object_ + "." + p.Name);
                }
                else if (p.Value.ValueKind == JsonValueKind.Array)
                {
                    var kind = p.Name switch
                    {
                        "services" => "service",
                        "service_areas" => "service_area",
                        "service_at_locations" => "service_at_location",
                        "locations" => "location",
                        _ => null,
                    };
                    foreach (var x in p.Value.EnumerateArray().Where(x => kind is not null && x.ValueKind == JsonValueKind.Object))
                    {
                        Toets(x, kind!);
                    }
                }
                else if (p.Name == "location" && p.Value.ValueKind == JsonValueKind.Object)
                {
                    Toets(p.Value, "location");
                }
            }
        }

        foreach (var item in (await LijstAsync(pad)).EnumerateArray())
        {
            Toets(item, soort);
        }
        // The export carries the profile's fields of its own object (the check above ran on something).
        Assert.Contains(gezien, g => g.StartsWith(soort == "service_at_location" ? "location." : soort + ".", StringComparison.Ordinal));
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
