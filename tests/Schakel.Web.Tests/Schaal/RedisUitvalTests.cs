using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Schaal;

/// <summary>
/// Two nodes on a Redis of their own, which the test stops and starts again (the shared test Redis stays up for the others).
/// </summary>
public sealed class EigenRedis : IAsyncLifetime
{
    private readonly string _database = $"schakel_test_{Guid.NewGuid():N}";
    private readonly Sleutelbos _sleutels = Sleutelbos.Nieuw();
    private readonly int _poort = VrijePoort();
    private Process? _redis;

    public TweeNodes.Node A { get; private set; } = null!;
    public TweeNodes.Node B { get; private set; } = null!;

    private static int VrijePoort()
    {
        var luisteraar = new TcpListener(IPAddress.Loopback, 0);
        luisteraar.Start();
        var poort = ((IPEndPoint)luisteraar.LocalEndpoint).Port;
        luisteraar.Stop();
        return poort;
    }

    public async Task StartRedisAsync()
    {
        _redis = Process.Start(new ProcessStartInfo("redis-server",
            ["--bind", "127.0.0.1", "--port", _poort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        _redis.OutputDataReceived += (_, _) => { };
        _redis.BeginOutputReadLine();
        // Poll until it accepts connections.
        var tot = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var proef = new TcpClient();
                await proef.ConnectAsync(IPAddress.Loopback, _poort);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < tot)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Kills the server, as a crash or a network cut would: no orderly goodbye to the nodes.</summary>
    public async Task StopRedisAsync()
    {
        if (_redis is { HasExited: false })
        {
            _redis.Kill();
            await _redis.WaitForExitAsync();
        }
        _redis?.Dispose();
        _redis = null;
    }

    public async Task InitializeAsync()
    {
        if (TweeNodes.Redis is null)
        {
            return;
        }
        await StartRedisAsync();
        await using (var verbinding = new NpgsqlConnection(PostgresFactory.Beheerverbinding))
        {
            await verbinding.OpenAsync();
            await using var opdracht = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", verbinding);
            await opdracht.ExecuteNonQueryAsync();
        }
        var verbindingstekst = new NpgsqlConnectionStringBuilder(PostgresFactory.Beheerverbinding) { Database = _database }.ConnectionString;
        var voorvoegsel = $"schakel-test-{Guid.NewGuid():N}";
        A = new TweeNodes.Node(verbindingstekst, $"127.0.0.1:{_poort}", voorvoegsel, _sleutels);
        await A.InitializeAsync();
        B = new TweeNodes.Node(verbindingstekst, $"127.0.0.1:{_poort}", voorvoegsel, _sleutels);
        await B.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (TweeNodes.Redis is null)
        {
            return;
        }
        await B.DisposeAsync();
        await A.DisposeAsync();
        await StopRedisAsync();
        NpgsqlConnection.ClearAllPools();
        await using var verbinding = new NpgsqlConnection(PostgresFactory.Beheerverbinding);
        await verbinding.OpenAsync();
        await using var opdracht = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", verbinding);
        await opdracht.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// Issue 19: Redis lost while the nodes run. A node keeps serving pages, the API and reports, says Degraded, counts rate limits
/// alone, still updates its own boards, and once Redis is back its changes reach the other node's boards again.
/// </summary>
public sealed class RedisUitvalTests(EigenRedis nodes) : IClassFixture<EigenRedis>
{
    private static readonly Guid CrisisVrouwen = DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis vrouwen");
    private static readonly Guid CrisisLocatie = DemoOrganisaties.IdVan("opvanglocatie:Crisisopvang Haaglanden");

    [MetRedisFact]
    public async Task Een_node_die_redis_verliest_blijft_dienen_en_verbindt_daarna_opnieuw()
    {
        await using var bordA = await Bord.VerbindAsync(nodes.A);
        await using var bordB = await Bord.VerbindAsync(nodes.B);
        var opvangA = await ClientMetTokenAsync(nodes.A.CreateClient, "demo-opvang-haaglanden");

        // Before: a change on A reaches the board on B.
        Assert.True(await WijzigTotGehoordAsync(opvangA, bordB, 1), "geen live-update van A naar B terwijl Redis draait");

        await nodes.StopRedisAsync();
        var a = nodes.A.CreateClient();
        Assert.True(await PeilAsync(async () => await (await a.GetAsync("/health/ready")).Content.ReadAsStringAsync() == "Degraded"),
            "/health/ready zegt niet Degraded nadat Redis wegviel");

        // Pages, the API and reports go on.
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/health/ready")).StatusCode);
        var melding = await a.PostAsJsonAsync(Pad("/api/v1/meldingen"), new
        {
            melderType = "burger", omschrijving = "Redis viel weg", gemeenteCode = "GM0518", uitbuitingsvormen = new[] { "arbeid" },
        });
        Assert.Equal(HttpStatusCode.Created, melding.StatusCode);
        var medewerker = await nodes.A.AlsAsync(Rollen.Zorgcoordinator);
        Assert.Equal(HttpStatusCode.OK, (await medewerker.GetAsync("/werkplek")).StatusCode);

        // The code limit (four an hour) now counts on each node alone: A refuses the fifth, B still has its own four.
        for (var i = 0; i < 4; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await CodeAsync(a)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await CodeAsync(a)).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await CodeAsync(nodes.B.CreateClient())).StatusCode);

        // A's own board still hears A's change (the backplane alone would have lost it).
        Assert.True(await WijzigTotGehoordAsync(opvangA, bordA, 2, pogingen: 1), "het bord op A hoort de wijziging op A niet zonder Redis");

        // Redis back: both nodes reconnect by themselves, and A's changes reach B's board again.
        await nodes.StartRedisAsync();
        var b = nodes.B.CreateClient();
        Assert.True(await PeilAsync(async () =>
                await (await a.GetAsync("/health/ready")).Content.ReadAsStringAsync() == "Healthy"
                && await (await b.GetAsync("/health/ready")).Content.ReadAsStringAsync() == "Healthy"),
            "de nodes verbinden niet opnieuw met Redis");
        Assert.True(await WijzigTotGehoordAsync(opvangA, bordB, 3, pogingen: 30), "na terugkeer van Redis hoort het bord op B de wijziging op A niet");
    }

    private static Task<HttpResponseMessage> CodeAsync(HttpClient client) =>
        client.PostAsJsonAsync(Pad("/api/v1/meldingen/_status"), new { ontvangstcode = "AAAA-BBBB-CCCC" });

    private static async Task<bool> PeilAsync(Func<Task<bool>> klaar)
    {
        var tot = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < tot)
        {
            if (await klaar())
            {
                return true;
            }
            await Task.Delay(200);
        }
        return false;
    }

    /// <summary>Sets the pool's occupancy and waits up to a few seconds for the board to hear it, trying again a number of times.</summary>
    private static async Task<bool> WijzigTotGehoordAsync(HttpClient opvang, Bord bord, int bezet, int pogingen = 5)
    {
        for (var poging = 0; poging < pogingen; poging++)
        {
            // Alternate with another figure so each try is a change the board can tell apart.
            foreach (var waarde in new[] { 0, bezet })
            {
                var antwoord = await opvang.PutAsJsonAsync(
                    Pad($"/api/v1/opvanglocaties/{CrisisLocatie}/plekkenpools/{CrisisVrouwen}/bezetting"), new { bezet = waarde, buitenGebruik = 0 });
                Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            }
            if (await bord.HoortAsync(bezet, TimeSpan.FromSeconds(3)))
            {
                return true;
            }
        }
        return false;
    }

    private sealed class Bord : IAsyncDisposable
    {
        private readonly HubConnection _verbinding;
        private readonly Channel<int> _bezet = Channel.CreateUnbounded<int>();

        private Bord(HubConnection verbinding)
        {
            _verbinding = verbinding;
            _verbinding.On<JsonElement>("beschikbaarheid", b =>
            {
                if (b.GetProperty("poolId").GetGuid() == CrisisVrouwen)
                {
                    _bezet.Writer.TryWrite(b.GetProperty("bezet").GetInt32());
                }
            });
        }

        public static async Task<Bord> VerbindAsync(TweeNodes.Node node)
        {
            var koekjes = new CookieContainer();
            await node.AlsAsync(Rollen.Zorgcoordinator, node.CreateDefaultClient(new CookieContainerHandler(koekjes)));
            var bord = new Bord(new HubConnectionBuilder()
                .WithUrl(new Uri(node.Server.BaseAddress, "hubs/opvang"), o =>
                {
                    o.Transports = HttpTransportType.LongPolling;
                    o.HttpMessageHandlerFactory = _ => new CookieContainerHandler(koekjes) { InnerHandler = node.Server.CreateHandler() };
                })
                .Build());
            await bord._verbinding.StartAsync();
            return bord;
        }

        /// <summary>True when the board hears this figure within the time; earlier messages are read past.</summary>
        public async Task<bool> HoortAsync(int bezet, TimeSpan binnen)
        {
            using var klok = new CancellationTokenSource(binnen);
            try
            {
                while (true)
                {
                    if (await _bezet.Reader.ReadAsync(klok.Token) == bezet)
                    {
                        return true;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        public ValueTask DisposeAsync() => _verbinding.DisposeAsync();
    }
}
