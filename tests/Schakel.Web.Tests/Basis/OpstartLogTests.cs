using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Basis;

/// <summary>
/// A failure in the log must always mean something: starting the app on a fresh database (migrations, reference and
/// demo data, the first requests) logs no warning and no error. Handled conditions are not failures, and EF Core's
/// model and query warnings are fixed, not tolerated.
/// </summary>
public abstract class OpstartLogTests(OpstartLogTests.Vanger vanger, SchakelFactory factory)
{
    /// <summary>Keeps every entry of level Warning and above, with its category and message (never shown outside the test).</summary>
    public sealed class Vanger : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Niveau, string Categorie, string Bericht, Exception? Fout)> Regels { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(Vanger vanger, string categorie) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    vanger.Regels.Enqueue((logLevel, categorie, formatter(state, exception), exception));
                }
            }
        }
    }

    internal static void Vang(IWebHostBuilder builder, Vanger vanger) =>
        builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(vanger));

    [Fact]
    public async Task Start_op_een_verse_database_logt_geen_waarschuwing_of_fout()
    {
        // The start (migrations and seeding) and a few first requests of each kind.
        var client = factory.CreateClient();
        foreach (var pad in new[] { "/", "/melden", "/health/ready", "/gezondheid", "/api/v1/openapi.json" })
        {
            await client.GetAsync(new Uri(pad, UriKind.Relative));
        }
        // A report sent through the public form, to the receipt page and its form (each page with a form token once logged
        // a warning that antiforgery overrode the page's own Cache-Control).
        var formulier = await client.GetStringAsync(new Uri("/melden", UriKind.Relative));
        var ontvangen = await client.PostAsync(new Uri("/melden", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Accounts.Aanmelden.Token(formulier),
            ["verzendsleutel"] = System.Text.RegularExpressions.Regex.Match(formulier, "name=\"verzendsleutel\" value=\"([^\"]+)\"").Groups[1].Value,
            ["melderType"] = "burger", ["omschrijving"] = "Start van de logproef.", ["gemeenteCode"] = "GM0518", ["acuutGevaar"] = "nee",
        }));
        Assert.Contains("name=\"code\"", await ontvangen.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The in-memory test server lacks the request-size feature Kestrel has; that warning is the test host's, not the app's.
        var regels = vanger.Regels.Where(r => !r.Bericht.Contains("This server does not support the IHttp", StringComparison.Ordinal)).Select(r => $"{r.Niveau} {r.Categorie}: {r.Bericht}{(r.Fout is null ? "" : " [" + r.Fout.GetType().Name + "]")}").ToList();
        Assert.True(regels.Count == 0, string.Join(Environment.NewLine, regels));
    }
}

public sealed class OpstartLogTestsSqlite(OpstartLogTestsSqlite.Fabriek f) : OpstartLogTests(f.Vanger, f), IClassFixture<OpstartLogTestsSqlite.Fabriek>
{
    public sealed class Fabriek : SqliteFactory
    {
        public Vanger Vanger { get; } = new();

        /// <summary>The test is about the start on an empty database: migrations from nothing, then seeding.</summary>
        protected override bool VanSjabloon => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Vang(builder, Vanger);
        }
    }
}

public sealed class OpstartLogTestsPostgres(OpstartLogTestsPostgres.Fabriek f) : OpstartLogTests(f.Vanger, f), IClassFixture<OpstartLogTestsPostgres.Fabriek>
{
    public sealed class Fabriek : PostgresFactory
    {
        public Vanger Vanger { get; } = new();

        /// <summary>The test is about the start on an empty database: migrations from nothing, then seeding.</summary>
        protected override bool VanSjabloon => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Vang(builder, Vanger);
        }
    }
}
