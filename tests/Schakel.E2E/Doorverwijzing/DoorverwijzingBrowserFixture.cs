using Microsoft.AspNetCore.Hosting;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Doorverwijzing;

/// <summary>
/// The browser app with the reporting point of Eenheid Den Haag run by the municipality of 's-Gravenhage, so the
/// demo focal officer (aandachtsfunctionaris of that municipality) handles the reports from the public form. In
/// the plain Development settings the RSIV runs it, whose demo account is the ketenregisseur.
/// </summary>
public sealed class DoorverwijzingBrowserFixture : BrowserFixture
{
    public static readonly string Meldpunt = GemeenteAlsMeldpunt.Naam;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        GemeenteAlsMeldpunt.Instellen(builder);
    }
}
