using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;
using static Schakel.Web.Tests.Doorverwijzing.Partner.PartnerTestdata;

namespace Schakel.Web.Tests.Doorverwijzing.Partner;

/// <summary>The referral hub: closed to anonymous visitors; the receiving organisation hears of a new referral by id.</summary>
public abstract class PartnerLiveTests(SchakelFactory factory)
{
    [Fact]
    public async Task Anoniem_krijgt_geen_verbinding()
    {
        var antwoord = await factory.CreateClient(new() { AllowAutoRedirect = false }).PostAsync(Pad("/hubs/doorverwijzingen/negotiate?negotiateVersion=1"), null);
        Assert.NotEqual(HttpStatusCode.OK, antwoord.StatusCode);
    }

    [Fact]
    public async Task Ontvanger_hoort_een_nieuwe_doorverwijzing_met_alleen_het_id()
    {
        var verbinding = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "hubs/doorverwijzingen"), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.Headers[TestAanmeldingHandler.Kop] = $"{Politie};opsporing;";
                o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
            })
            .Build();
        var ontvangen = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        verbinding.On<JsonElement>("nieuw", b => ontvangen.TrySetResult(b));
        await using (verbinding)
        {
            await verbinding.StartAsync();
            var id = await DoorverwezenAsync(factory, "volledig");
            // A guard against hanging, not a timing requirement.
            var bericht = await ontvangen.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(id, bericht.GetProperty("id").GetGuid());
            Assert.Single(bericht.EnumerateObject());
        }
    }
}

public sealed class PartnerLiveTestsSqlite(MeldpuntSqliteFactory factory) : PartnerLiveTests(factory), IClassFixture<MeldpuntSqliteFactory>;

public sealed class PartnerLiveTestsPostgres(MeldpuntPostgresFactory factory) : PartnerLiveTests(factory), IClassFixture<MeldpuntPostgresFactory>;
