using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Schakel.Web.Data;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Notificaties;

/// <summary>
/// A mail server that refuses one address for good (550) must not keep the e-mail from everyone else: the notice
/// goes to the other staff of the organisation, and it is not sent again in the next round. Talks SMTP with the app's
/// own SmtpClient over loopback; the server refuses the first recipient it is offered, so the test fails if a refusal
/// ends the round.
/// </summary>
public sealed class SmtpWeigeringTests(SmtpWeigeringTests.Factory factory) : IClassFixture<SmtpWeigeringTests.Factory>
{
    public sealed class Factory : SqliteFactory
    {
        public Postkantoor Postkantoor { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen =>
        [
            new("Email:Map", ""),
            new("Email:SmtpHost", "127.0.0.1"),
            new("Email:SmtpPoort", Postkantoor.Poort.ToString(CultureInfo.InvariantCulture)),
            new("Email:SmtpSsl", "false"),
        ];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // The test runs the rounds itself; the app's own first round would race it for the one refusal.
            builder.ConfigureServices(s =>
            {
                foreach (var d in s.Where(d => d.ServiceType == typeof(IHostedService) && typeof(Mailronde).IsAssignableFrom(d.ImplementationType)).ToList())
                {
                    s.Remove(d);
                }
            });
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            Postkantoor.Dispose();
        }
    }

    [Fact]
    public async Task Een_geweigerd_adres_houdt_de_andere_e_mails_van_de_ronde_niet_tegen()
    {
        Guid rsiv;
        List<string> adressen;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            rsiv = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.Rsiv).Select(o => o.Id).SingleAsync();
            adressen = await db.Set<Schakel.Web.Features.Accounts.Medewerker>()
                .Where(m => m.OrganisatieId == rsiv && m.Actief && m.Email != null).Select(m => m.Email!).ToListAsync();
            // Only this test's notice waits: the round has one notice, for every active account of the organisation.
            await db.Set<Notificatie>().Where(n => n.GemaildOp == null).ExecuteUpdateAsync(u => u.SetProperty(n => n.GemaildOp, DateTimeOffset.UtcNow));
            await scope.ServiceProvider.GetRequiredService<NotificatieService>().PlaatsAsync(rsiv, NotificatieSoorten.NieuweDoorverwijzing, "/doorverwijzingen");
        }
        Assert.True(adressen.Count >= 2, "de regio heeft minstens twee medewerkers met e-mail nodig");

        await using (var scope = factory.Scope())
        {
            var mail = scope.ServiceProvider.GetRequiredService<NotificatieMail>();
            Assert.Equal(adressen.Count - 1, await mail.VerstuurOpenstaandeAsync());
            // The notice counts as e-mailed: the refused address is not tried again every round.
            Assert.Equal(0, await mail.VerstuurOpenstaandeAsync());
        }
        var geweigerd = Assert.Single(factory.Postkantoor.Geweigerd);
        Assert.Equal(adressen.Where(a => !a.Equals(geweigerd, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.OrdinalIgnoreCase),
            factory.Postkantoor.Bezorgd.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>
/// A small SMTP server on loopback for the test above: it accepts every command, refuses the first recipient it is
/// ever offered with 550, and records who got a message.
/// </summary>
public sealed class Postkantoor : IDisposable
{
    private readonly TcpListener _luisteraar = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _weigerVolgende = 1;

    public ConcurrentQueue<string> Bezorgd { get; } = new();
    public ConcurrentQueue<string> Geweigerd { get; } = new();
    public int Poort { get; }

    public Postkantoor()
    {
        _luisteraar.Start();
        Poort = ((IPEndPoint)_luisteraar.LocalEndpoint).Port;
        _ = Task.Run(LuisterAsync);
    }

    private async Task LuisterAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient verbinding;
            try
            {
                verbinding = await _luisteraar.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = Task.Run(() => GesprekAsync(verbinding));
        }
    }

    private async Task GesprekAsync(TcpClient verbinding)
    {
        using var tcp = verbinding;
        var stroom = tcp.GetStream();
        using var lezer = new StreamReader(stroom, Encoding.ASCII);
        await using var schrijver = new StreamWriter(stroom, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await schrijver.WriteLineAsync("220 postkantoor");
        var ontvangers = new List<string>();
        try
        {
            while (await lezer.ReadLineAsync(_stop.Token) is { } regel)
            {
                var opdracht = regel.Length >= 4 ? regel[..4].ToUpperInvariant() : regel.ToUpperInvariant();
                switch (opdracht)
                {
                    case "MAIL":
                        ontvangers.Clear();
                        await schrijver.WriteLineAsync("250 ok");
                        break;
                    case "RCPT":
                        var adres = regel[(regel.IndexOf('<', StringComparison.Ordinal) + 1)..regel.LastIndexOf('>')];
                        if (Interlocked.Exchange(ref _weigerVolgende, 0) == 1)
                        {
                            Geweigerd.Enqueue(adres);
                            await schrijver.WriteLineAsync("550 5.1.1 mailbox unavailable");
                        }
                        else
                        {
                            ontvangers.Add(adres);
                            await schrijver.WriteLineAsync("250 ok");
                        }
                        break;
                    case "DATA":
                        await schrijver.WriteLineAsync("354 go on");
                        while (await lezer.ReadLineAsync(_stop.Token) is { } data && data != ".")
                        {
                        }
                        foreach (var o in ontvangers)
                        {
                            Bezorgd.Enqueue(o);
                        }
                        ontvangers.Clear();
                        await schrijver.WriteLineAsync("250 ok");
                        break;
                    case "QUIT":
                        await schrijver.WriteLineAsync("221 bye");
                        return;
                    default:
                        await schrijver.WriteLineAsync("250 ok");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client closed the connection or the test ended.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _luisteraar.Stop();
        _stop.Dispose();
    }
}
