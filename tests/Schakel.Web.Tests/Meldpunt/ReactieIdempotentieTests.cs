using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt;

/// <summary>
/// POST /api/v1/meldingen/_reactie with an Idempotency-Key, by the same rules as a report: a retried reply is stored
/// once; the same key with another message (or for another report) is 409; a malformed key is a 400 naming the header.
/// And spent keys are deleted by the cleanup job.
/// </summary>
public abstract class ReactieIdempotentieTests(SchakelFactory factory)
{
    private static HttpRequestMessage Reactie(string code, string tekst, string? sleutel)
    {
        var bericht = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/meldingen/_reactie", UriKind.Relative))
        {
            Content = JsonContent.Create(new { ontvangstcode = code, tekst }),
        };
        if (sleutel is not null)
        {
            bericht.Headers.Add("Idempotency-Key", sleutel);
        }
        return bericht;
    }

    private async Task<int> BerichtenAsync()
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<MeldingBericht>().CountAsync();
    }

    [Fact]
    public async Task Zelfde_sleutel_en_bericht_slaat_het_bericht_een_keer_op()
    {
        var client = factory.CreateClient();
        var code = await client.MeldEnGeefCodeAsync();
        var sleutel = Guid.NewGuid().ToString();
        var tekst = "Aanvulling " + sleutel;
        var voor = await BerichtenAsync();

        var eerste = await client.SendAsync(Reactie(code, tekst, sleutel));
        var tweede = await client.SendAsync(Reactie(code, tekst, sleutel));

        Assert.Equal(HttpStatusCode.OK, eerste.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        Assert.Equal(voor + 1, await BerichtenAsync());
        // Without a key, the same text is a new message (the key is what makes a retry).
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Reactie(code, tekst, null))).StatusCode);
        Assert.Equal(voor + 2, await BerichtenAsync());
    }

    [Fact]
    public async Task Zelfde_sleutel_met_ander_bericht_of_andere_melding_is_409_en_slaat_niets_op()
    {
        var client = factory.CreateClient();
        var code = await client.MeldEnGeefCodeAsync();
        var andereCode = await client.MeldEnGeefCodeAsync();
        var sleutel = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Reactie(code, "Eerste " + sleutel, sleutel))).StatusCode);
        var voor = await BerichtenAsync();

        var ander = await client.SendAsync(Reactie(code, "Tweede " + sleutel, sleutel));
        var andereMelding = await client.SendAsync(Reactie(andereCode, "Eerste " + sleutel, sleutel));

        Assert.Equal(HttpStatusCode.Conflict, ander.StatusCode);
        Assert.Equal("application/problem+json", ander.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Conflict, andereMelding.StatusCode);
        Assert.Equal(voor, await BerichtenAsync());
    }

    [Theory]
    [InlineData("kort")]
    [InlineData("met spaties erin zeker lang genoeg")]
    public async Task Ongeldige_sleutel_is_400_met_de_header_en_slaat_niets_op(string sleutel)
    {
        var client = factory.CreateClient();
        var code = await client.MeldEnGeefCodeAsync();
        var voor = await BerichtenAsync();

        var antwoord = await client.SendAsync(Reactie(code, "Aanvulling", sleutel));

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Contains("Idempotency-Key", await antwoord.FoutveldenAsync());
        Assert.Equal(voor, await BerichtenAsync());
    }

    [Fact]
    public async Task Opruimen_wist_verlopen_codes_en_verwijdert_sleutels_na_de_nawerking()
    {
        await factory.CreateClient().MeldEnGeefCodeAsync();
        Guid melding;
        await using (var scope = factory.Scope())
        {
            melding = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Melding>().Select(m => m.Id).FirstAsync();
        }
        var nu = DateTimeOffset.UtcNow;
        var bereik = "test:" + Guid.NewGuid().ToString("N");
        Verzendsleutel Rij(TimeSpan verloopt) => new()
        {
            Id = Guid.NewGuid(), Bereik = bereik, SleutelHash = Guid.NewGuid().ToString("N"), InhoudHash = "x",
            MeldingId = melding, OntvangstcodeVersleuteld = "versleuteld", VerlooptOp = nu + verloopt,
        };
        var geldig = Rij(TimeSpan.FromMinutes(30));
        var netVerlopen = Rij(TimeSpan.FromMinutes(-30));
        var lang = Rij(TimeSpan.FromDays(-2));
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            db.AddRange(geldig, netVerlopen, lang);
            await db.SaveChangesAsync();
        }

        await using (var scope = factory.Scope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<VerzendsleutelOpruimer>().OpruimenAsync(default) >= 1);
        }

        await using (var scope = factory.Scope())
        {
            var over = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Verzendsleutel>().AsNoTracking()
                .Where(v => v.Bereik == bereik).ToDictionaryAsync(v => v.Id);
            Assert.Equal(2, over.Count);
            Assert.Equal("versleuteld", over[geldig.Id].OntvangstcodeVersleuteld);
            // Expired: the code can no longer be shown, so it is not kept; the key still stops a late retry for a day.
            Assert.Null(over[netVerlopen.Id].OntvangstcodeVersleuteld);
            Assert.DoesNotContain(lang.Id, over.Keys);
        }
    }
}

public sealed class ReactieIdempotentieTestsSqlite(MeldpuntSqliteFactory f) : ReactieIdempotentieTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class ReactieIdempotentieTestsPostgres(MeldpuntPostgresFactory f) : ReactieIdempotentieTests(f), IClassFixture<MeldpuntPostgresFactory>;
