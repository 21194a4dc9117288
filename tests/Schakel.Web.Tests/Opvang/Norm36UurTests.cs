using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Opvang;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Opvang;

/// <summary>
/// A region that sets its own norm (Den Haag here): a request found there without a long-term place when the 36 hours
/// end is recorded as unmet demand once; a request found in another region is not.
/// </summary>
public abstract class Norm36UurTests(SchakelFactory factory)
{
    internal static readonly KeyValuePair<string, string>[] NormDenHaag = [new("Opvang:Norm36UurRegios:0", "DH")];

    private async Task<Guid> MaakVerzoekAsync(HttpClient http, string gemeente)
    {
        var antwoord = await http.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new
        {
            geslacht = "vrouw",
            gevondenOp = DateTimeOffset.UtcNow.AddHours(-37),
            gevondenInGemeenteCode = gemeente,
        });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Alleen_in_de_regio_met_de_norm_telt_geen_vervolgplaats_na_36_uur_als_onvervuld()
    {
        var shop = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
        var denHaag = await MaakVerzoekAsync(shop, "GM0518");
        var utrecht = await MaakVerzoekAsync(shop, "GM0344");

        for (var ronde = 0; ronde < 2; ronde++)
        {
            await using var scope = factory.Scope();
            await scope.ServiceProvider.GetRequiredService<OpvangBewaking>().VoerUitAsync(CancellationToken.None);
        }

        await using var kijk = factory.Scope();
        var db = kijk.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var onvervuld = await db.Set<OnvervuldeVraagRegel>()
            .Where(o => o.Reden == OnvervuldeVraagReden.VervolgplaatsingNietGeregeldBinnen36Uur && (o.PlaatsingsverzoekId == denHaag || o.PlaatsingsverzoekId == utrecht))
            .Select(o => o.PlaatsingsverzoekId).ToListAsync();
        Assert.Equal([denHaag], onvervuld);
        // Both escalate at the end of the crisis phase, norm or not.
        var escalaties = await db.Set<EscalatieRegel>().Where(e => e.Code == "vervolgplaatsing-2160m" && (e.PlaatsingsverzoekId == denHaag || e.PlaatsingsverzoekId == utrecht)).CountAsync();
        Assert.Equal(2, escalaties);
    }
}

public sealed class Norm36UurTestsSqlite(Norm36UurTestsSqlite.Fabriek f) : Norm36UurTests(f), IClassFixture<Norm36UurTestsSqlite.Fabriek>
{
    public sealed class Fabriek : SqliteFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => NormDenHaag;
    }
}

public sealed class Norm36UurTestsPostgres(Norm36UurTestsPostgres.Fabriek f) : Norm36UurTests(f), IClassFixture<Norm36UurTestsPostgres.Fabriek>
{
    public sealed class Fabriek : PostgresFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => NormDenHaag;
    }
}
