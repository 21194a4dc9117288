using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Meldpunt;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Belasting;

public sealed class SqliteSchrijversFactory : Infrastructure.SqliteFactory
{
    // A short wait, so that a writer that cannot get through shows as a 503 within seconds rather than after 30.
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen =>
        [.. MeldpuntTestInstellingen.RuimeLimieten, new("Database:SqliteWachttijd", "00:00:03")];
}

/// <summary>
/// SQLite's one writer under pressure (docs/adr/0007): with a reader holding a snapshot open, writers of every kind still
/// get through (WAL: readers never block the writer); and a burst of writers of different kinds at once — reports,
/// holds, sign-ins, audit entries — each either succeeds or gets 503 with Retry-After, never a 500, and what was
/// acknowledged is stored whole with its audit entry.
/// </summary>
public sealed class SqliteGelijktijdigeSchrijversTests(SqliteSchrijversFactory factory) : IClassFixture<SqliteSchrijversFactory>
{
    private static readonly Guid CrisisVrouwen = DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis vrouwen");

    [Fact]
    public async Task Een_open_lezer_houdt_geen_schrijver_tegen()
    {
        var client = factory.CreateClient();
        await using var lezer = new SqliteConnection($"Data Source={factory.Bestand};Pooling=False");
        await lezer.OpenAsync();
        await using var lees = lezer.BeginTransaction(deferred: true);
        await using (var opdracht = lezer.CreateCommand())
        {
            opdracht.Transaction = lees;
            opdracht.CommandText = "SELECT COUNT(*) FROM audit_regels";
            Assert.True((long)(await opdracht.ExecuteScalarAsync())! > 0);
        }

        // The reader keeps its snapshot open the whole time: in a rollback journal no writer could commit.
        var code = await client.MeldEnGeefCodeAsync();
        var status = await client.StatusAsync(code);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<AuditTrail>().SchrijfAsync(AuditActor.Systeem, "proef.schrijver", "proef", null, AuditResultaat.Gelukt, Herkomst.Web);
        }
        var mislukt = await Aanmelden.PostFormAsync(factory.NieuweClient(), "/inloggen", new() { ["Email"] = "niemand@voorbeeld.nl", ["Wachtwoord"] = "fout-fout-fout" });
        Assert.Equal(HttpStatusCode.OK, mislukt.StatusCode);
        await lees.RollbackAsync();
    }

    [Fact]
    public async Task Veel_schrijvers_tegelijk_slagen_of_krijgen_503_en_niets_is_half()
    {
        var publiek = factory.CreateClient();
        var shop = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
        var verzoek = await MaakVerzoekAsync(shop);
        var demo = DemoAccounts.Voor(Schakel.Core.Organisaties.Rollen.Opvangmedewerker);
        var formulieren = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            var c = factory.NieuweClient();
            return (Client: c, Token: Aanmelden.Token(await c.GetStringAsync("/inloggen")));
        }));

        var eerder = await AantalMeldingenAsync();
        var taken = new List<Task<(string Soort, HttpResponseMessage Antwoord)>>();
        for (var i = 0; i < 12; i++)
        {
            taken.Add(Soort("melding", publiek.MeldAsync(MeldpuntApi.MinimaleMelding)));
        }
        for (var i = 0; i < 6; i++)
        {
            var bericht = new HttpRequestMessage(HttpMethod.Post, Pad($"/api/v1/plaatsingsverzoeken/{verzoek}/reserveringen"))
            {
                Content = JsonContent.Create(new { plekkenpoolId = CrisisVrouwen }),
            };
            bericht.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            taken.Add(Soort("reservering", shop.SendAsync(bericht)));
        }
        foreach (var (c, token) in formulieren)
        {
            taken.Add(Soort("aanmelding", c.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = demo.Email, ["Wachtwoord"] = "niet-het-wachtwoord", ["__RequestVerificationToken"] = token,
            }))));
        }
        var audits = Enumerable.Range(0, 8).Select(async i =>
        {
            await using var scope = factory.Scope();
            await scope.ServiceProvider.GetRequiredService<AuditTrail>().SchrijfAsync(AuditActor.Systeem, "proef.gelijktijdig", "proef", i.ToString(), AuditResultaat.Gelukt, Herkomst.Web);
        }).ToList();

        var antwoorden = await Task.WhenAll(taken);
        await Task.WhenAll(audits);

        foreach (var (soort, antwoord) in antwoorden)
        {
            var tekst = await antwoord.Content.ReadAsStringAsync();
            if (antwoord.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                Assert.NotNull(antwoord.Headers.RetryAfter);
                continue;
            }
            Assert.True((int)antwoord.StatusCode < 500, $"{soort}: {(int)antwoord.StatusCode} {tekst}");
            Assert.True(soort switch
            {
                "melding" => antwoord.StatusCode == HttpStatusCode.Created,
                "reservering" => antwoord.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict,
                _ => antwoord.StatusCode == HttpStatusCode.OK,
            }, $"{soort}: {(int)antwoord.StatusCode} {tekst}");
        }

        // Every acknowledged report is stored and nothing else (a 503 left nothing behind); the audit chain is whole.
        var codes = new List<string>();
        foreach (var (_, antwoord) in antwoorden.Where(a => a.Soort == "melding" && a.Antwoord.StatusCode == HttpStatusCode.Created))
        {
            codes.Add(JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync()).RootElement.GetProperty("ontvangstcode").GetString()!);
        }
        foreach (var code in codes)
        {
            Assert.Equal(HttpStatusCode.OK, (await publiek.StatusAsync(code)).StatusCode);
        }
        await using var controle = factory.Scope();
        var db = controle.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.Equal(eerder + codes.Count, await AantalMeldingenAsync());
        Assert.Equal(8, await db.Set<AuditRegel>().CountAsync(r => r.Actie == "proef.gelijktijdig"));
        Assert.True((await controle.ServiceProvider.GetRequiredService<AuditTrail>().VerifieerAsync()).Intact);
    }

    private async Task<int> AantalMeldingenAsync()
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Melding>().CountAsync();
    }

    private static async Task<(string, HttpResponseMessage)> Soort(string soort, Task<HttpResponseMessage> taak) => (soort, await taak);

    private static async Task<Guid> MaakVerzoekAsync(HttpClient http)
    {
        var antwoord = await http.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new { geslacht = "vrouw", gevondenOp = DateTimeOffset.UtcNow, gevondenInGemeenteCode = "GM0518" });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
