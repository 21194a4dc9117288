using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Opvang;

/// <summary>The events a live board listens to are raised for holds, their end and the clock's escalations.</summary>
public abstract class GebeurtenissenTests(SchakelFactory factory, Opname opname)
{
    [Fact]
    public async Task Reserveren_annuleren_en_escaleren_worden_gemeld()
    {
        var pool = DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis vrouwen");
        var shop = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
        var aangemaakt = await shop.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new { geslacht = "vrouw", gevondenOp = DateTimeOffset.UtcNow.AddHours(-37), gevondenInGemeenteCode = "GM0518" });
        var verzoek = (await aangemaakt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var bericht = new HttpRequestMessage(HttpMethod.Post, Pad($"/api/v1/plaatsingsverzoeken/{verzoek}/reserveringen")) { Content = JsonContent.Create(new { plekkenpoolId = pool }) };
        bericht.Headers.Add("Idempotency-Key", "gebeurtenis-1");
        var hold = await shop.SendAsync(bericht);
        Assert.Equal(HttpStatusCode.Created, hold.StatusCode);
        var id = (await hold.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await shop.PostAsync(Pad($"/api/v1/reserveringen/{id}/_annuleren"), null)).StatusCode);
        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<OpvangBewaking>().VoerUitAsync(CancellationToken.None);
        }

        Assert.Contains($"beschikbaarheid {pool}", opname.Regels);
        Assert.Contains($"reservering {id} {pool} Actief", opname.Regels);
        Assert.Contains($"reservering {id} {pool} Geannuleerd", opname.Regels);
        Assert.Contains(opname.Regels, r => r.StartsWith($"escalatie {verzoek} ", StringComparison.Ordinal));
    }
}

public sealed class Opname : IOpvangGebeurtenissen
{
    public ConcurrentQueue<string> Regels { get; } = new();

    public Task BeschikbaarheidGewijzigdAsync(Guid poolId, CancellationToken ct) => Voeg($"beschikbaarheid {poolId}");

    public Task ReserveringGewijzigdAsync(Guid reserveringId, Guid poolId, ReserveringStatus status, CancellationToken ct) => Voeg($"reservering {reserveringId} {poolId} {status}");

    public Task EscalatieAsync(Guid verzoekId, string code, CancellationToken ct) => Voeg($"escalatie {verzoekId} {code}");

    private Task Voeg(string regel)
    {
        Regels.Enqueue(regel);
        return Task.CompletedTask;
    }
}

public sealed class OpnameSqlite : SqliteFactory
{
    public Opname Opname { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<IOpvangGebeurtenissen>(Opname));
    }
}

public sealed class OpnamePostgres : PostgresFactory
{
    public Opname Opname { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<IOpvangGebeurtenissen>(Opname));
    }
}

public sealed class GebeurtenissenTestsSqlite(OpnameSqlite f) : GebeurtenissenTests(f, f.Opname), IClassFixture<OpnameSqlite>;

public sealed class GebeurtenissenTestsPostgres(OpnamePostgres f) : GebeurtenissenTests(f, f.Opname), IClassFixture<OpnamePostgres>;
