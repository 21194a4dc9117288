using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;
using static Schakel.Web.Tests.Doorverwijzing.Partner.PartnerTestdata;

namespace Schakel.Web.Tests.Features.Api;

/// <summary>
/// docs/api.md: every moment leaves the API in UTC with a Z. One read of each resource that carries moments,
/// scanned whole: no <c>+00:00</c> (or any other offset) anywhere, and at least one moment with a Z, so a
/// resource that lost its dates cannot pass by accident.
/// </summary>
public abstract partial class UtcTijdenTests(SchakelFactory factory)
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex Tijdstip();

    private static async Task ControleerAsync(HttpClient client, HttpMethod methode, string pad, object? body = null)
    {
        using var verzoek = new HttpRequestMessage(methode, Pad(pad)) { Content = body is null ? null : JsonContent.Create(body) };
        var antwoord = await client.SendAsync(verzoek);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.IsSuccessStatusCode, $"{pad}: {(int)antwoord.StatusCode} {tekst}");
        Assert.DoesNotContain("+00:00", tekst, StringComparison.Ordinal);
        var tijden = new List<string>();
        Verzamel(JsonDocument.Parse(tekst).RootElement, tijden);
        Assert.True(tijden.Count > 0, $"{pad} gaf geen enkel tijdstip terug: {tekst}");
        Assert.All(tijden, t => Assert.EndsWith("Z", t, StringComparison.Ordinal));
    }

    private static void Verzamel(JsonElement e, List<string> tijden)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Verzamel(p.Value, tijden);
                }
                break;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray())
                {
                    Verzamel(x, tijden);
                }
                break;
            case JsonValueKind.String when Tijdstip().IsMatch(e.GetString()!):
                tijden.Add(e.GetString()!);
                break;
        }
    }

    [Fact]
    public async Task Doorverwijzingen_en_hun_melding_in_utc_met_Z()
    {
        var id = await DoorverwezenAsync(factory, "volledig");
        var meldingId = await DbAsync(factory, db => db.Set<DoorverwijzingRij>().Where(d => d.Id == id).Select(d => d.MeldingId).SingleAsync());

        await ControleerAsync(Ontvanger(factory), HttpMethod.Get, "/api/v1/doorverwijzingen");
        await ControleerAsync(Ontvanger(factory), HttpMethod.Get, $"/api/v1/doorverwijzingen/{id}");
        await ControleerAsync(Afzender(factory), HttpMethod.Get, $"/api/v1/meldingen/{meldingId}/doorverwijzingen");
        await ControleerAsync(Afzender(factory), HttpMethod.Get, $"/api/v1/meldingen/{meldingId}/triage");
        await ControleerAsync(factory.AlsApiClient(Rsiv, Rollen.Aandachtsfunctionaris), HttpMethod.Get, "/api/v1/meldingen");
    }

    [Fact]
    public async Task Meldroute_in_utc_met_Z()
    {
        var beheerder = factory.Als(Rsiv, Rollen.Beheerder);
        await ControleerAsync(beheerder, HttpMethod.Get, "/api/v1/meldroute");
        await ControleerAsync(beheerder, HttpMethod.Get, "/api/v1/meldroute/regels/acuut-gevaar");
    }

    [Fact]
    public async Task Opvang_en_api_clients_in_utc_met_Z()
    {
        var politie = factory.AlsApiClient(Politie, Rollen.Opsporing);
        var aangemaakt = await politie.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new
        {
            geslacht = "vrouw",
            uitbuitingsvormen = new[] { "seksueel" },
            gevondenOp = DateTimeOffset.UtcNow.AddHours(-1),
            gevondenInGemeenteCode = "GM0518",
        });
        Assert.Equal(HttpStatusCode.Created, aangemaakt.StatusCode);
        var verzoek = (await aangemaakt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await ControleerAsync(politie, HttpMethod.Get, $"/api/v1/plaatsingsverzoeken/{verzoek}");
        await ControleerAsync(politie, HttpMethod.Get, $"/api/v1/plaatsingsverzoeken/{verzoek}/matches");
        await ControleerAsync(politie, HttpMethod.Post, $"/api/v1/plaatsingsverzoeken/{verzoek}/nachten-zonder-plek", new { verblijf = "politiebureau" });
        await ControleerAsync(factory.AlsApiClient(Rsiv, Rollen.Beheerder), HttpMethod.Get, "/api/v1/api-clients");
    }
}

public sealed class UtcTijdenTestsSqlite(MeldpuntSqliteFactory f) : UtcTijdenTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class UtcTijdenTestsPostgres(MeldpuntPostgresFactory f) : UtcTijdenTests(f), IClassFixture<MeldpuntPostgresFactory>;
