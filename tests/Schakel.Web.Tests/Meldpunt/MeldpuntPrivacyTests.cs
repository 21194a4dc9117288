using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Bijlagen;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Opvolging;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt;

/// <summary>Keeps every log line the app writes, at every level, so a test can search them.</summary>
public sealed class VastgelegdeLogs : ILoggerProvider
{
    public ConcurrentQueue<string> Regels { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Regels);

    public void Dispose()
    {
    }

    private sealed class Logger(string categorie, ConcurrentQueue<string> regels) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            regels.Enqueue($"{categorie}: {formatter(state, exception)} {exception}");
    }
}

/// <summary>Every request comes from a known documentation address, so a test can look for it in storage.</summary>
internal sealed class VastAdres : IStartupFilter
{
    public static readonly IPAddress Adres = IPAddress.Parse("203.0.113.77");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((HttpContext context, RequestDelegate volgende) =>
        {
            context.Connection.RemoteIpAddress = Adres;
            return volgende(context);
        });
        next(app);
    };
}

public static class PrivacyOpzet
{
    public static IEnumerable<KeyValuePair<string, string>> Instellingen =>
    [
        .. MeldpuntTestInstellingen.RuimeLimieten,
        new("Logging:LogLevel:Default", "Trace"),
        new("Logging:LogLevel:Microsoft.AspNetCore", "Trace"),
        new("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Trace"),
    ];

    public static void Configureer(IWebHostBuilder builder, VastgelegdeLogs logs)
    {
        builder.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureServices(s => s.AddTransient<IStartupFilter, VastAdres>());
    }
}

public sealed class PrivacySqliteFactory : MeldpuntSqliteFactory
{
    public VastgelegdeLogs Logs { get; } = new();
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => PrivacyOpzet.Instellingen;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        PrivacyOpzet.Configureer(builder, Logs);
    }
}

public sealed class PrivacyPostgresFactory : MeldpuntPostgresFactory
{
    public VastgelegdeLogs Logs { get; } = new();
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => PrivacyOpzet.Instellingen;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        PrivacyOpzet.Configureer(builder, Logs);
    }
}

/// <summary>
/// Proofs that what a reporter writes is encrypted at rest and that nothing about their connection is kept:
/// a unique phrase goes into every free-text field, a reply and an attachment, and is then searched for in
/// the raw database (SQLite file and WAL; every row of every PostgreSQL table as JSON) and in every log line.
/// </summary>
public abstract class MeldpuntPrivacyTests(SchakelFactory factory, VastgelegdeLogs logs)
{
    private readonly string _zin = $"Vlindertuin{Guid.NewGuid():N}";
    // Stored in plain text on purpose (a sector is not personal data): proves the search would find a phrase.
    private readonly string _controle = $"Sector{Guid.NewGuid():N}"[..30];
    private readonly string _browser = $"Privacyproef-Browser/{Guid.NewGuid():N}";

    protected abstract Task<IReadOnlyList<string>> OpgeslagenTekstAsync();

    [Fact]
    public async Task Unieke_zin_ip_adres_user_agent_en_code_zijn_nergens_leesbaar_terug_te_vinden()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(_browser);
        var antwoord = await client.MeldAsync(new
        {
            melderType = "professional",
            sector = _controle,
            omschrijving = $"Omschrijving {_zin}",
            plaats = $"Plaats {_zin}",
            tijdstip = $"Tijd {_zin}",
            betrokkenen = new { aantal = 2, taal = $"Taal {_zin}" },
            contact = new { naam = $"Naam {_zin}", email = "melder@voorbeeld.nl", toestemming = true },
        });
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var code = (await antwoord.JsonAsync()).GetProperty("ontvangstcode").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await client.ReactieAsync(code, $"Reactie {_zin}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.StatusAsync(code)).StatusCode);

        await using (var scope = factory.Scope())
        {
            var png = TestAfbeeldingen.PngMetTekst($"Metadata {_zin}");
            var reactie = await scope.ServiceProvider.GetRequiredService<MeldpuntOpvolging>()
                .ReageerAsync(code, null, [new BijlageInvoer($"foto-{_zin}.png", png)]);
            Assert.Equal(ReactieResultaat.Gelukt, reactie.Resultaat);
        }

        var cijfers = code.Replace(" ", "", StringComparison.Ordinal);
        var verboden = new[] { _zin, _browser, VastAdres.Adres.ToString(), cijfers, code };
        var opgeslagen = await OpgeslagenTekstAsync();
        Assert.Contains(opgeslagen, t => t.Contains(_controle, StringComparison.Ordinal));
        foreach (var v in verboden)
        {
            Assert.DoesNotContain(opgeslagen, t => t.Contains(v, StringComparison.OrdinalIgnoreCase));
        }
        Assert.NotEmpty(logs.Regels);
        foreach (var v in verboden)
        {
            Assert.DoesNotContain(logs.Regels, r => r.Contains(v, StringComparison.OrdinalIgnoreCase));
        }

        // And the staff can still read it: encrypted, not lost.
        await using var s = factory.Scope();
        var id = (await s.ServiceProvider.GetRequiredService<MeldpuntOpvolging>().ZoekAsync(code))!;
        Assert.Contains(id.Berichten, b => b.Tekst == $"Reactie {_zin}");
        Assert.Contains(id.Berichten.SelectMany(b => b.Bijlagen), b => b.Naam == $"foto-{_zin}.png");
    }
}

public sealed class MeldpuntPrivacyTestsSqlite(PrivacySqliteFactory f) : MeldpuntPrivacyTests(f, f.Logs), IClassFixture<PrivacySqliteFactory>
{
    protected override Task<IReadOnlyList<string>> OpgeslagenTekstAsync()
    {
        var teksten = new List<string>();
        foreach (var pad in new[] { f.Bestand, f.Bestand + "-wal", f.Bestand + "-journal" }.Where(File.Exists))
        {
            using var stroom = new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var geheugen = new MemoryStream();
            stroom.CopyTo(geheugen);
            var bytes = geheugen.ToArray();
            // Both encodings SQLite may use for text.
            teksten.Add(Encoding.UTF8.GetString(bytes));
            teksten.Add(Encoding.Unicode.GetString(bytes));
            teksten.Add(Encoding.Latin1.GetString(bytes));
        }
        return Task.FromResult<IReadOnlyList<string>>(teksten);
    }
}

public sealed class MeldpuntPrivacyTestsPostgres(PrivacyPostgresFactory f) : MeldpuntPrivacyTests(f, f.Logs), IClassFixture<PrivacyPostgresFactory>
{
    protected override async Task<IReadOnlyList<string>> OpgeslagenTekstAsync()
    {
        await using var scope = f.Scope();
        var verbinding = scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Database.GetDbConnection();
        await verbinding.OpenAsync();
        var tabellen = new List<string>();
        await using (var opdracht = verbinding.CreateCommand())
        {
            opdracht.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
            await using var lezer = await opdracht.ExecuteReaderAsync();
            while (await lezer.ReadAsync())
            {
                tabellen.Add(lezer.GetString(0));
            }
        }
        Assert.Contains("meldingen", tabellen);
        var rijen = new List<string>();
        foreach (var tabel in tabellen)
        {
            await using var opdracht = verbinding.CreateCommand();
            // bytea columns come out hex-encoded in JSON; encrypted bytes hold no readable phrase either way.
            opdracht.CommandText = $"SELECT row_to_json(t)::text FROM \"{tabel}\" t";
            await using var lezer = await opdracht.ExecuteReaderAsync();
            while (await lezer.ReadAsync())
            {
                rijen.Add(lezer.GetString(0));
            }
        }
        rijen.AddRange(await BytesAlsTekstAsync(verbinding));
        return rijen;
    }

    /// <summary>Attachment bytes decoded as text too, so a phrase inside a stored file would be found.</summary>
    private static async Task<IEnumerable<string>> BytesAlsTekstAsync(DbConnection verbinding)
    {
        var uit = new List<string>();
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "SELECT \"InhoudVersleuteld\" FROM melding_bijlagen";
        await using var lezer = await opdracht.ExecuteReaderAsync();
        while (await lezer.ReadAsync())
        {
            uit.Add(Encoding.Latin1.GetString((byte[])lezer.GetValue(0)));
        }
        return uit;
    }
}
