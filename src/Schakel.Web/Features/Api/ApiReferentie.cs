using System.IO.Compression;
using Scalar.AspNetCore;

namespace Schakel.Web.Features.Api;

/// <summary>
/// The human API reference at /api-referentie: Scalar's viewer (Scalar.AspNetCore, MIT) on the same
/// /api/v1/openapi.json, with every asset served from the app itself. Scalar's own page configures the viewer
/// with an inline script, which the CSP forbids, so this page loads the viewer's script from the package and its
/// settings from wwwroot/js/api-referentie.js. The viewer injects its styles at run time, so this page alone
/// allows inline styles (no inline script). The viewer's labels are set in Dutch through Scalar's localization
/// (wwwroot/js/api-referentie-nl.js), and a short Dutch introduction above it says what the document is.
/// </summary>
public static class ApiReferentie
{
    public const string Pad = "/api-referentie";

    public const string Csp = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    private const string Pagina = """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>API-referentie - Schakel</title>
            <style>
                /* WCAG 2.5.8: the viewer's own credit link and language chooser are smaller than 24 by 24 px. */
                a[href*="scalar.com"], button[id^="headlessui-popover-button"] {
                    min-block-size: 24px !important; min-inline-size: 24px !important; display: inline-flex !important; align-items: center;
                }
            </style>
        </head>
        <body>
            <section class="api-inleiding" aria-labelledby="api-inleiding-kop">
                <h2 id="api-inleiding-kop">Over deze referentie</h2>
                <p>Hieronder staat de API van Schakel zoals die werkt: elke bewerking met haar Nederlandse samenvatting, de velden, de
                antwoorden en de fouten. Het document zelf staat op <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
                <p>De viewer komt van het programma Scalar; zijn knoppen en kopjes zijn in het Nederlands gezet. Vaktermen van
                OpenAPI (zoals <span lang="en">enum</span>, <span lang="en">header</span> en <span lang="en">schema</span>) en de
                voorbeeldcode blijven zoals ze zijn.</p>
                <p>Aanmelden met een API-client, versies, paginering en foutmeldingen: zie docs/api.md in de broncode. Bij elke fout
                krijgt u <code>application/problem+json</code> met alle fouten tegelijk.</p>
            </section>
            <div id="api-referentie" data-document="/api/v1/openapi.json"></div>
            <script src="/api-referentie/scalar.js"></script>
            <script src="/js/api-referentie-nl.js"></script>
            <script src="/js/api-referentie.js"></script>
        </body>
        </html>
        """;

    public static WebApplication MapApiReferentie(this WebApplication app)
    {
        app.MapGet(Pad, () => Results.Content(Pagina, "text/html; charset=utf-8")).ExcludeFromDescription().AllowAnonymous();
        app.MapGet(Pad + "/scalar.js", (HttpContext context) =>
            {
                // The package embeds the viewer gzipped: passed on as it is to a browser that takes gzip.
                var assembly = typeof(ScalarOptions).Assembly;
                var naam = assembly.GetManifestResourceNames().Single(n => n.EndsWith("ScalarStaticAssets.scalar.js", StringComparison.Ordinal));
                var gzip = assembly.GetManifestResourceStream(naam)!;
                var h = context.Response.Headers;
                h.CacheControl = "public, max-age=86400";
                h.Vary = "Accept-Encoding";
                if (context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
                {
                    h.ContentEncoding = "gzip";
                    return Results.Stream(gzip, "text/javascript; charset=utf-8");
                }
                return Results.Stream(new GZipStream(gzip, CompressionMode.Decompress), "text/javascript; charset=utf-8");
            })
            .ExcludeFromDescription().AllowAnonymous();
        return app;
    }
}
