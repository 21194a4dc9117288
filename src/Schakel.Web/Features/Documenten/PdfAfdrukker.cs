using Microsoft.Extensions.Options;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Schakel.Web.Features.Documenten;

/// <summary>
/// Prints a self-contained HTML document to a tagged PDF with headless Chromium (PRODUCT.md: the PDF is printed from
/// the same accessible page, so the structure tree, language, title, table headers and figure alternatives carry over).
/// One browser per node, started on first use; every print gets its own page with JavaScript off and every network
/// request refused, so a document can never fetch or leak anything while it is printed.
/// </summary>
public sealed class PdfAfdrukker(IOptions<PdfOpties> opties, ILogger<PdfAfdrukker> log) : IAsyncDisposable
{
    private static readonly string[] ChromiumArgumenten =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"];

    private readonly SemaphoreSlim _start = new(1, 1);
    private readonly SemaphoreSlim _gelijktijdig = new(Math.Max(1, opties.Value.MaxGelijktijdig));
    private IBrowser? _browser;

    public async Task<byte[]> DrukAfAsync(string html, CancellationToken ct = default)
    {
        await _gelijktijdig.WaitAsync(ct);
        try
        {
            var browser = await BrowserAsync(ct);
            await using var pagina = await browser.NewPageAsync();
            await pagina.SetJavaScriptEnabledAsync(false);
            await pagina.SetRequestInterceptionAsync(true);
            pagina.Request += async (_, e) =>
            {
                if (e.Request.Url.StartsWith("data:", StringComparison.Ordinal) || e.Request.Url == "about:blank")
                {
                    await e.Request.ContinueAsync();
                }
                else
                {
                    await e.Request.AbortAsync();
                }
            };
            var tijd = opties.Value.TijdslimietSeconden * 1000;
            await pagina.SetContentAsync(html, new SetContentOptions { Timeout = tijd });
            return await pagina.PdfDataAsync(new PdfOptions
            {
                Format = PaperFormat.A4,
                PrintBackground = true,
                PreferCSSPageSize = true,
                Tagged = true,
                Outline = true,
                MarginOptions = new MarginOptions { Top = "18mm", Bottom = "18mm", Left = "16mm", Right = "16mm" },
            });
        }
        catch (Exception e) when (e is PuppeteerException or TimeoutException && !ct.IsCancellationRequested)
        {
            log.LogWarning("PDF afdrukken mislukt: {Soort}", e.GetType().Name);
            await SluitBrowserAsync();
            throw new PdfNietBeschikbaarException("Het afdrukken naar PDF is mislukt.", e);
        }
        finally
        {
            _gelijktijdig.Release();
        }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsClosed: false })
        {
            return _browser;
        }
        await _start.WaitAsync(ct);
        try
        {
            if (_browser is { IsClosed: false })
            {
                return _browser;
            }
            var pad = ChromiumPad() ?? throw new PdfNietBeschikbaarException("Geen Chromium gevonden (Pdf:Chromium).");
            try
            {
                _browser = await Puppeteer.LaunchAsync(new LaunchOptions { Headless = true, ExecutablePath = pad, Args = ChromiumArgumenten });
            }
            catch (Exception e) when (e is PuppeteerException or IOException or System.ComponentModel.Win32Exception)
            {
                throw new PdfNietBeschikbaarException("Chromium start niet.", e);
            }
            return _browser;
        }
        finally
        {
            _start.Release();
        }
    }

    private string? ChromiumPad()
    {
        foreach (var kandidaat in new[] { opties.Value.Chromium, Environment.GetEnvironmentVariable("SCHAKEL_CHROMIUM") })
        {
            if (!string.IsNullOrWhiteSpace(kandidaat) && File.Exists(kandidaat))
            {
                return kandidaat;
            }
        }
        var paden = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return paden.SelectMany(p => new[] { "chromium", "chromium-browser", "google-chrome" }.Select(n => Path.Combine(p, n))).FirstOrDefault(File.Exists);
    }

    private async Task SluitBrowserAsync()
    {
        var browser = _browser;
        _browser = null;
        if (browser is not null)
        {
            try
            {
                await browser.CloseAsync();
            }
            catch (PuppeteerException)
            {
                // Already gone; the next print starts a new one.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await SluitBrowserAsync();
        _start.Dispose();
        _gelijktijdig.Dispose();
    }
}
