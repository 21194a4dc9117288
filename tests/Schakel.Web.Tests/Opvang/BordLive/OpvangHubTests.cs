using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using Schakel.Core.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Opvang.BordLive;

/// <summary>The board's hub: closed to anonymous visitors; a signed-in board hears an occupancy change with its figures.</summary>
public abstract class OpvangHubTests(SchakelFactory factory)
{
    private static readonly Guid CrisisVrouwen = DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis vrouwen");
    private static readonly Guid CrisisLocatie = DemoOrganisaties.IdVan("opvanglocatie:Crisisopvang Haaglanden");

    [Fact]
    public async Task Anoniem_krijgt_geen_verbinding()
    {
        var antwoord = await factory.NieuweClient().PostAsync("/hubs/opvang/negotiate?negotiateVersion=1", null);
        Assert.NotEqual(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.True(antwoord.StatusCode == HttpStatusCode.Unauthorized || Aanmelden.Pad(antwoord) == "/inloggen", antwoord.StatusCode.ToString());
    }

    [Fact]
    public async Task Professional_zonder_bord_rol_wordt_afgewezen()
    {
        var (verbinding, _) = await VerbindAlsAsync(Rollen.Beheerder);
        await using (verbinding)
        {
            await WordtGeweigerdAsync(verbinding);
        }
    }

    [Fact]
    public async Task Bord_hoort_een_gewijzigde_bezetting_met_de_cijfers()
    {
        var (verbinding, ontvangen) = await VerbindAlsAsync(Rollen.Zorgcoordinator);
        await using (verbinding)
        {
            await verbinding.StartAsync();
            var opvang = await ClientMetTokenAsync(factory.CreateClient, "demo-opvang-haaglanden");
            var antwoord = await opvang.PutAsJsonAsync(Pad($"/api/v1/opvanglocaties/{CrisisLocatie}/plekkenpools/{CrisisVrouwen}/bezetting"), new { bezet = 1, buitenGebruik = 1 });
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);

            // A guard against hanging, not a timing requirement.
            var bericht = await ontvangen.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(CrisisVrouwen, bericht.GetProperty("poolId").GetGuid());
            Assert.Equal(1, bericht.GetProperty("bezet").GetInt32());
            Assert.Equal(1, bericht.GetProperty("buitenGebruik").GetInt32());
            var capaciteit = bericht.GetProperty("capaciteit").GetInt32();
            var gereserveerd = bericht.GetProperty("gereserveerd").GetInt32();
            Assert.Equal(Math.Max(0, capaciteit - 2 - gereserveerd), bericht.GetProperty("beschikbaar").GetInt32());
        }
    }

    [Fact]
    public async Task Bord_hoort_een_vastgehouden_plek_met_de_cijfers_die_de_database_telt()
    {
        var (verbinding, ontvangen) = await VerbindAlsAsync(Rollen.Zorgcoordinator);
        await using (verbinding)
        {
            await verbinding.StartAsync();
            var shop = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
            var verzoek = await shop.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new { geslacht = "vrouw", gevondenOp = DateTimeOffset.UtcNow.AddHours(-1), gevondenInGemeenteCode = "GM0518" });
            Assert.Equal(HttpStatusCode.Created, verzoek.StatusCode);
            var id = (await verzoek.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            using var houd = new HttpRequestMessage(HttpMethod.Post, Pad($"/api/v1/plaatsingsverzoeken/{id}/reserveringen")) { Content = JsonContent.Create(new { plekkenpoolId = CrisisVrouwen }) };
            houd.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            var antwoord = await shop.SendAsync(houd);
            Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());

            // The hold sends the figures it committed, without reading them again: they must be the ones the database holds.
            var bericht = await ontvangen.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await using var scope = factory.Scope();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var nu = DateTimeOffset.UtcNow;
            var levend = await db.Set<Reservering>().CountAsync(r => r.PlekkenpoolId == CrisisVrouwen && r.Status == ReserveringStatus.Actief && r.VerlooptOp > nu);
            var pool = await db.Set<Plekkenpool>().AsNoTracking().SingleAsync(p => p.Id == CrisisVrouwen);
            Assert.True(levend >= 1);
            Assert.Equal(levend, bericht.GetProperty("gereserveerd").GetInt32());
            Assert.Equal(pool.Bezet, bericht.GetProperty("bezet").GetInt32());
            Assert.Equal(Math.Max(0, pool.Capaciteit - pool.Bezet - pool.BuitenGebruik - levend), bericht.GetProperty("beschikbaar").GetInt32());
        }
    }

    private async Task<(HubConnection, TaskCompletionSource<JsonElement>)> VerbindAlsAsync(string rol)
    {
        var koekjes = new CookieContainer();
        await factory.AlsAsync(rol, factory.CreateDefaultClient(new CookieContainerHandler(koekjes)));
        var verbinding = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "hubs/opvang"), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => new CookieContainerHandler(koekjes) { InnerHandler = factory.Server.CreateHandler() };
            })
            .Build();
        var ontvangen = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        verbinding.On<JsonElement>("beschikbaarheid", b =>
        {
            if (b.GetProperty("poolId").GetGuid() == CrisisVrouwen)
            {
                ontvangen.TrySetResult(b);
            }
        });
        return (verbinding, ontvangen);
    }

    /// <summary>The server aborts a connection it refuses right after the handshake: a refused start or a close both count, staying open fails.</summary>
    private static async Task WordtGeweigerdAsync(HubConnection verbinding)
    {
        var gesloten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        verbinding.Closed += _ =>
        {
            gesloten.TrySetResult();
            return Task.CompletedTask;
        };
        try
        {
            await verbinding.StartAsync();
        }
        catch (HttpRequestException)
        {
            return;
        }
        await gesloten.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HubConnectionState.Disconnected, verbinding.State);
    }
}

public sealed class OpvangHubTestsSqlite(SqliteFactory f) : OpvangHubTests(f), IClassFixture<SqliteFactory>;

public sealed class OpvangHubTestsPostgres(PostgresFactory f) : OpvangHubTests(f), IClassFixture<PostgresFactory>;
