using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Schakel.Web.Features.ApiClients;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Features.Api;

/// <summary>Every log line at every level, to prove secrets and tokens never reach a log.</summary>
public sealed class LogVangendeFactory : SqliteFactory
{
    public ConcurrentQueue<string> Regels { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(new Vanger(Regels))));
    }

    private sealed class Vanger(ConcurrentQueue<string> regels) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, regels);
        public void Dispose() { }
    }

    private sealed class Logger(string categorie, ConcurrentQueue<string> regels) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            regels.Enqueue($"{categorie}: {formatter(state, exception)} {exception}");
    }
}

public sealed class LogTests(LogVangendeFactory factory) : IClassFixture<LogVangendeFactory>
{
    [Fact]
    public async Task Geheim_en_token_komen_niet_in_de_logs()
    {
        var geheim = DemoApiClients.Geheim(Beheerder);
        var token = await TokenAsync(factory.CreateClient(), Beheerder, geheim);
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await http.GetAsync(Pad("/api/v1/api-clients"));
        // A wrong secret on a page query string must not show up either.
        await factory.CreateClient().GetAsync(Pad("/?zoek=" + Uri.EscapeDataString(geheim)));
        var foutToken = token[..^4] + "AAAA";
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", foutToken);
        await http.GetAsync(Pad("/api/v1/api-clients"));

        var logs = string.Join('\n', factory.Regels);
        Assert.NotEmpty(factory.Regels);
        Assert.DoesNotContain(geheim, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], logs, StringComparison.Ordinal);
        Assert.DoesNotContain(foutToken.Split('.')[2], logs, StringComparison.Ordinal);
        Assert.DoesNotContain("client_secret", logs, StringComparison.Ordinal);
    }
}
