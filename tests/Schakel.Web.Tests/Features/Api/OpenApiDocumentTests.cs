using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Features.Api;

/// <summary>
/// The OpenAPI document tells the truth and is committed: docs/openapi.json must equal what the app serves, so
/// every API change shows in review. Regenerate it with
/// <c>SCHAKEL_OPENAPI_SCHRIJVEN=1 dotnet test tests/Schakel.Web.Tests --filter "FullyQualifiedName~OpenApiDocumentTestsSqlite"</c>
/// (docs/api.md). Spectral with the Logius ruleset lints the committed file in scripts/test.sh.
/// </summary>
public abstract partial class OpenApiDocumentTests(SchakelFactory factory)
{
    public const string Omgevingsvariabele = "SCHAKEL_OPENAPI_SCHRIJVEN";

    private static readonly string[] Methoden = ["get", "put", "post", "delete", "patch"];

    private static readonly JsonSerializerOptions Schrijfopties = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The NL API Design Rules' path pattern (ruleset nlgov:paths-kebab-case): kebab-case segments, an operation only last.</summary>
    [GeneratedRegex(@"^(\/|(\/_[a-z0-9]+|\/(([a-z0-9\-]+|{[^}]+})(\/([a-z0-9\-\.]+|{[^}]+}))*)(\/_[a-z]+)?))$")]
    private static partial Regex KebabPad();

    private async Task<JsonNode> GeserveerdAsync()
    {
        var http = factory.CreateClient();
        return JsonNode.Parse(await http.GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative)))!;
    }

    public static string VastgelegdPad()
    {
        for (var map = new DirectoryInfo(AppContext.BaseDirectory); map is not null; map = map.Parent)
        {
            if (File.Exists(Path.Combine(map.FullName, "Schakel.slnx")))
            {
                return Path.Combine(map.FullName, "docs", "openapi.json");
            }
        }
        throw new InvalidOperationException("De map met Schakel.slnx is niet gevonden.");
    }

    [Fact]
    public async Task Het_geserveerde_document_is_het_vastgelegde()
    {
        var geserveerd = await GeserveerdAsync();
        var pad = VastgelegdPad();
        var tekst = geserveerd.ToJsonString(Schrijfopties).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable(Omgevingsvariabele) == "1")
        {
            await File.WriteAllTextAsync(pad, tekst);
        }

        Assert.True(File.Exists(pad), $"{pad} ontbreekt; maak het met {Omgevingsvariabele}=1 (docs/api.md).");
        var vastgelegd = JsonNode.Parse(await File.ReadAllTextAsync(pad));
        Assert.True(JsonNode.DeepEquals(geserveerd, vastgelegd),
            $"De API wijkt af van docs/openapi.json. Werk het document bij met {Omgevingsvariabele}=1 en bekijk het verschil (docs/api.md).");
    }

    [Fact]
    public async Task Server_met_versie_en_contact()
    {
        var doc = await GeserveerdAsync();
        Assert.Equal("/api/v1", (string?)doc["servers"]![0]!["url"]);
        var contact = doc["info"]!["contact"]!;
        Assert.All(new[] { "name", "email", "url" }, veld => Assert.False(string.IsNullOrWhiteSpace((string?)contact[veld])));
    }

    [Fact]
    public async Task Elke_operatie_heeft_id_samenvatting_tags_versieheader_en_haar_statussen()
    {
        var doc = await GeserveerdAsync();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var operaties = 0;
        foreach (var (pad, item) in doc["paths"]!.AsObject())
        {
            // HSDS 3 names this resource itself (Open Referral's API reference): kept as the standard spells it, so an
            // HSDS reader finds it; every other path is kebab-case.
            if (pad is not ("/hsds/service_at_locations" or "/hsds/service_at_locations/{id}"))
            {
                Assert.Matches(KebabPad(), pad);
            }
            foreach (var methode in Methoden)
            {
                if (item![methode] is not JsonObject op)
                {
                    continue;
                }
                operaties++;
                var naam = $"{methode.ToUpperInvariant()} {pad}";
                var id = (string?)op["operationId"];
                Assert.False(string.IsNullOrWhiteSpace(id), $"{naam}: operationId ontbreekt");
                Assert.True(ids.Add(id!), $"{naam}: operationId {id} komt twee keer voor");
                Assert.False(string.IsNullOrWhiteSpace((string?)op["summary"]), $"{naam}: summary ontbreekt");
                Assert.True(op["tags"] is JsonArray { Count: > 0 }, $"{naam}: tags ontbreken");

                var antwoorden = op["responses"]!.AsObject();
                var statussen = antwoorden.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
                Assert.True(statussen.Any(s => s.StartsWith('2')), $"{naam}: geen succesantwoord");
                foreach (var (status, antwoord) in antwoorden)
                {
                    Assert.True(antwoord!["headers"]?["API-Version"] is not null, $"{naam} {status}: header API-Version ontbreekt");
                    if (status[0] is '4' or '5')
                    {
                        Assert.True(antwoord["content"]?["application/problem+json"] is not null, $"{naam} {status}: geen application/problem+json");
                    }
                }

                void Verwacht(bool voorwaarde, string status, string waarom) =>
                    Assert.True(!voorwaarde || statussen.Contains(status), $"{naam}: {status} ontbreekt ({waarom})");
                var body = op["requestBody"];
                var parameters = op["parameters"] as JsonArray;
                Verwacht(body is not null, "400", "heeft een body");
                Verwacht(body is not null, "415", "heeft een body");
                Verwacht(parameters is { Count: > 0 }, "400", "heeft parameters");
                Verwacht(pad.Contains('{', StringComparison.Ordinal), "404", "heeft een padparameter");
                Verwacht(op["security"] is not null, "401", "vraagt een token");
                Verwacht(op["security"] is not null, "403", "vraagt een rol");
                Verwacht(true, "406", "elk pad weigert een Accept zonder JSON");
                Verwacht(true, "503", "elk pad kan overbelast zijn");
                Assert.True(antwoorden["503"]?["headers"]?["Retry-After"] is not null, $"{naam} 503: header Retry-After ontbreekt");
                if (body is not null)
                {
                    Assert.True(body["content"]?.AsObject().Any(c => c.Value?["schema"] is not null) == true, $"{naam}: body zonder schema");
                }
            }
        }
        Assert.True(operaties > 30, $"maar {operaties} operaties gevonden");
    }

    /// <summary>
    /// The document against the running API: every operation, called without a token, with an empty JSON object as
    /// body and ids that cannot exist (or cannot be ids at all), answers with a status the document lists for it.
    /// </summary>
    [Fact]
    public async Task Elke_operatie_antwoordt_zonder_token_met_een_gedocumenteerde_status()
    {
        var doc = await GeserveerdAsync();
        var basis = (string)doc["servers"]![0]!["url"]!;
        var http = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var fouten = new List<string>();
        foreach (var (pad, item) in doc["paths"]!.AsObject())
        {
            foreach (var methode in Methoden)
            {
                if (item![methode] is not JsonObject op)
                {
                    continue;
                }
                var statussen = op["responses"]!.AsObject().Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
                foreach (var id in new[] { Guid.NewGuid().ToString(), "geen-id" })
                {
                    var url = basis + PadParameter().Replace(pad, id);
                    using var verzoek = new HttpRequestMessage(new HttpMethod(methode.ToUpperInvariant()), new Uri(url, UriKind.Relative));
                    if (op["requestBody"] is not null)
                    {
                        verzoek.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                    }
                    var status = ((int)(await http.SendAsync(verzoek)).StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (!statussen.Contains(status))
                    {
                        fouten.Add($"{methode.ToUpperInvariant()} {url}: {status}, gedocumenteerd {string.Join(",", statussen.Order(StringComparer.Ordinal))}");
                    }
                }
            }
        }
        Assert.True(fouten.Count == 0, string.Join("\n", fouten));
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PadParameter();
}

public sealed class OpenApiDocumentTestsSqlite(SqliteFactory f) : OpenApiDocumentTests(f), IClassFixture<SqliteFactory>;

public sealed class OpenApiDocumentTestsPostgres(PostgresFactory f) : OpenApiDocumentTests(f), IClassFixture<PostgresFactory>;
