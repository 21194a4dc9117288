using Microsoft.AspNetCore.Hosting;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Meldpunt;

/// <summary>
/// The browser app with room for the many reports these tests send from one source; the limits themselves
/// are tested over HTTP.
/// </summary>
public sealed class MeldpuntBrowserFixture : BrowserFixture
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Limieten:Melden:Aantal", "1000");
        builder.UseSetting("Limieten:Code:Aantal", "1000");
    }
}
