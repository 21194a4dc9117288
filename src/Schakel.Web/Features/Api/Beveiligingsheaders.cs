namespace Schakel.Web.Features.Api;

/// <summary>
/// Security headers on every response of the app, pages and API alike. The CSP allows only own
/// resources: the pages use no inline script or style, so nothing needs a nonce.
/// </summary>
public static class Beveiligingsheaders
{
    public const string Csp = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    public static IApplicationBuilder UseBeveiligingsheaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiReferentie.Pad) ? ApiReferentie.Csp : Csp;
            h.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            h["Referrer-Policy"] = "no-referrer";
            if (ApiConventies.IsApi(context.Request.Path))
            {
                h.CacheControl = "no-store";
                h[ApiVersie.Header] = ApiVersie.Volledig;
            }
            return Task.CompletedTask;
        });
        return next(context);
    });
}
