using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using OtpNet;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Security;

namespace Schakel.E2E.Infrastructure;

/// <summary>
/// The app on real Kestrel (a free loopback port, a fresh SQLite file, fresh keys) and Debian's Chromium
/// driven by Playwright. Chromium comes from SCHAKEL_CHROMIUM (set by scripts/test.sh) or the path.
/// Use: <c>public sealed class XTests(BrowserFixture app) : IClassFixture&lt;BrowserFixture&gt;</c>, then
/// <c>await app.NieuwePaginaAsync()</c> for a visitor or <c>await app.AangemeldAlsAsync(Rollen.X)</c> for a
/// demo professional signed in through the real pages (password and TOTP code).
/// </summary>
public class BrowserFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _map = Directory.CreateTempSubdirectory("schakel-e2e-").FullName;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri Adres { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("De browser is nog niet gestart.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var sleutels = Sleutelbos.Nieuw();
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Schakel", $"Data Source={Path.Combine(_map, "schakel.db")};Pooling=False");
        builder.UseSetting("DemoGegevens", "true");
        builder.UseSetting("Email:Map", Path.Combine(_map, "mail"));
        builder.UseSetting("Limieten:Token:Aantal", "100000");
        // Demo accounts sign in many times a minute here; the replay check has its own tests.
        builder.UseSetting("Tweestaps:CodeEenmalig", "false");
        foreach (var (versie, sleutel) in sleutels.Versleuteling)
        {
            builder.UseSetting($"Sleutels:Versleuteling:{versie}", Convert.ToBase64String(sleutel));
        }
        builder.UseSetting("Sleutels:ActieveVersie", sleutels.ActieveVersie);
        builder.UseSetting("Sleutels:Pseudoniem", Convert.ToBase64String(sleutels.Pseudoniem));
        builder.UseSetting("Sleutels:Ontvangstcode", Convert.ToBase64String(sleutels.Ontvangstcode));
        builder.UseSetting("Sleutels:Token", Convert.ToBase64String(sleutels.Token));
    }

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        Adres = ClientOptions.BaseAddress;

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPad(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (own cookies) on the app; Dutch unless another language is asked.</summary>
    public async Task<IPage> NieuwePaginaAsync(string taal = "nl", int breedte = 1280, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Adres.ToString(),
            Locale = taal,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = taal },
            ViewportSize = new ViewportSize { Width = breedte, Height = 900 },
            JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page signed in as the demo professional of <paramref name="rol"/>, on /werkplek.</summary>
    public async Task<IPage> AangemeldAlsAsync(string rol)
    {
        var demo = DemoAccounts.Voor(rol);
        var pagina = await NieuwePaginaAsync();
        await pagina.GotoAsync("/inloggen");
        await pagina.GetByLabel("E-mailadres").FillAsync(demo.Email);
        await pagina.GetByLabel("Wachtwoord").FillAsync(DemoAccounts.Wachtwoord);
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await pagina.WaitForURLAsync("**/inloggen/tweestaps**");
        await pagina.GetByLabel("Code", new() { Exact = true }).FillAsync(new Totp(Base32Encoding.ToBytes(demo.TotpSecret)).ComputeTotp());
        await pagina.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await pagina.WaitForURLAsync("**/werkplek");
        return pagina;
    }

    public new async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_map, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on exit is harmless in a temp folder.
        }
    }

    private static string ChromiumPad()
    {
        var uitOmgeving = Environment.GetEnvironmentVariable("SCHAKEL_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(uitOmgeving))
        {
            return uitOmgeving;
        }
        var opPad = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(map => Path.Combine(map, "chromium"))
            .FirstOrDefault(File.Exists);
        return opPad ?? throw new InvalidOperationException(
            "Chromium ontbreekt: installeer het Debian-pakket chromium (scripts/test.sh doet dat) of zet SCHAKEL_CHROMIUM.");
    }
}
