using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt;

/// <summary>POST /api/v1/meldingen with an Idempotency-Key: a retried report is stored once.</summary>
public abstract class MeldingenIdempotentieTests(SchakelFactory factory)
{
    private static object Melding(string omschrijving) => new
    {
        melderType = "burger",
        omschrijving,
        gemeenteCode = "GM0518",
        uitbuitingsvormen = new[] { "arbeid" },
    };

    private static HttpRequestMessage Verzoek(object body, string sleutel)
    {
        var bericht = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/meldingen", UriKind.Relative)) { Content = JsonContent.Create(body) };
        bericht.Headers.Add("Idempotency-Key", sleutel);
        return bericht;
    }

    private async Task<int> AantalAsync()
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Melding>().CountAsync();
    }

    [Fact]
    public async Task Zelfde_sleutel_en_inhoud_geeft_dezelfde_melding_en_code()
    {
        var client = factory.CreateClient();
        var sleutel = Guid.NewGuid().ToString();
        var body = Melding("Herhaalproef " + sleutel);
        var voor = await AantalAsync();

        var eerste = await client.SendAsync(Verzoek(body, sleutel));
        Assert.Equal(HttpStatusCode.Created, eerste.StatusCode);
        var code = (await eerste.JsonAsync()).GetProperty("ontvangstcode").GetString();

        var tweede = await client.SendAsync(Verzoek(body, sleutel));
        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Equal(code, (await tweede.JsonAsync()).GetProperty("ontvangstcode").GetString());
        Assert.Equal(voor + 1, await AantalAsync());
    }

    [Fact]
    public async Task Zelfde_sleutel_met_andere_inhoud_geeft_409_en_slaat_niets_op()
    {
        var client = factory.CreateClient();
        var sleutel = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Verzoek(Melding("Eerste " + sleutel), sleutel))).StatusCode);
        var voor = await AantalAsync();

        var antwoord = await client.SendAsync(Verzoek(Melding("Andere tekst " + sleutel), sleutel));
        Assert.Equal(HttpStatusCode.Conflict, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal(voor, await AantalAsync());
    }

    [Fact]
    public async Task Gelijktijdige_herhalingen_met_een_sleutel_slaan_een_melding_op()
    {
        var sleutel = Guid.NewGuid().ToString();
        var body = Melding("Gelijktijdig " + sleutel);
        var voor = await AantalAsync();
        var clients = Enumerable.Range(0, 8).Select(_ => factory.CreateClient()).ToList();

        var antwoorden = await Task.WhenAll(clients.Select(c => c.SendAsync(Verzoek(body, sleutel))));

        Assert.All(antwoorden, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, a.StatusCode.ToString()));
        Assert.Single(antwoorden, a => a.StatusCode == HttpStatusCode.Created);
        var codes = await Task.WhenAll(antwoorden.Select(async a => (await a.JsonAsync()).GetProperty("ontvangstcode").GetString()));
        Assert.Single(codes.Distinct());
        Assert.Equal(voor + 1, await AantalAsync());
    }

    [Fact]
    public async Task Na_afloop_zegt_een_herhaling_dat_de_melding_er_is_zonder_code()
    {
        var client = factory.CreateClient();
        var sleutel = Guid.NewGuid().ToString();
        var body = Melding("Verlopen " + sleutel);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Verzoek(body, sleutel))).StatusCode);
        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Verzendsleutel>()
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.VerlooptOp, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }
        var voor = await AantalAsync();

        var antwoord = await client.SendAsync(Verzoek(body, sleutel));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var json = await antwoord.JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("ontvangstcode").ValueKind);
        Assert.Contains("al ontvangen", json.GetProperty("toelichting").GetString(), StringComparison.Ordinal);
        Assert.Equal(voor, await AantalAsync());
    }

    [Fact]
    public async Task Een_te_korte_sleutel_is_een_fout_naast_de_andere_fouten()
    {
        var antwoord = await factory.CreateClient().SendAsync(Verzoek(new { melderType = "marsmannetje" }, "kort"));
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        var velden = await antwoord.FoutveldenAsync();
        Assert.Contains("Idempotency-Key", velden);
        Assert.Contains("melderType", velden);
    }

    [Fact]
    public async Task De_sleutel_en_de_code_staan_niet_leesbaar_in_de_database()
    {
        var sleutel = Guid.NewGuid().ToString();
        var antwoord = await factory.CreateClient().SendAsync(Verzoek(Melding("Opslagproef " + sleutel), sleutel));
        var code = (await antwoord.JsonAsync()).GetProperty("ontvangstcode").GetString()!;
        await using var scope = factory.Scope();
        var rijen = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Verzendsleutel>().AsNoTracking().ToListAsync();
        Assert.NotEmpty(rijen);
        Assert.All(rijen, r =>
        {
            Assert.DoesNotContain(sleutel, r.SleutelHash + r.InhoudHash + r.OntvangstcodeVersleuteld, StringComparison.Ordinal);
            Assert.DoesNotContain(code.Replace(" ", "", StringComparison.Ordinal), r.OntvangstcodeVersleuteld ?? "", StringComparison.Ordinal);
        });
    }
}

public sealed class MeldingenIdempotentieTestsSqlite(MeldpuntSqliteFactory f) : MeldingenIdempotentieTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class MeldingenIdempotentieTestsPostgres(MeldpuntPostgresFactory f) : MeldingenIdempotentieTests(f), IClassFixture<MeldpuntPostgresFactory>;

/// <summary>A retry answered from its key stored nothing, so it does not use up the sender's report limit.</summary>
public abstract class IdempotentieLimietTests(SchakelFactory factory)
{
    [Fact]
    public async Task Herhalingen_met_dezelfde_sleutel_tellen_niet_mee_voor_de_limiet()
    {
        var client = factory.CreateClient();
        HttpRequestMessage Verzoek(string sleutel, string tekst)
        {
            var bericht = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/meldingen", UriKind.Relative))
            {
                Content = JsonContent.Create(new { melderType = "burger", omschrijving = tekst, gemeenteCode = "GM0518" }),
            };
            bericht.Headers.Add("Idempotency-Key", sleutel);
            return bericht;
        }
        var sleutel = Guid.NewGuid().ToString();

        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Verzoek(sleutel, "Limietproef"))).StatusCode);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Verzoek(sleutel, "Limietproef"))).StatusCode);
        }
        // The limit is 3 new reports: two more fit, the one after that is refused.
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Verzoek(Guid.NewGuid().ToString(), "Tweede"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Verzoek(Guid.NewGuid().ToString(), "Derde"))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(Verzoek(Guid.NewGuid().ToString(), "Vierde"))).StatusCode);
    }
}

public sealed class IdempotentieLimietTestsSqlite(BegrensdeSqliteFactory f) : IdempotentieLimietTests(f), IClassFixture<BegrensdeSqliteFactory>;

public sealed class IdempotentieLimietTestsPostgres(BegrensdePostgresFactory f) : IdempotentieLimietTests(f), IClassFixture<BegrensdePostgresFactory>;
