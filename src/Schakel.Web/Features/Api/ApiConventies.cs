using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Api;

/// <summary>
/// The NL API Design Rules as middleware, so a feature gets them by mapping under /api/v1 and does nothing
/// itself: problem+json for every error status, no trailing slash, only JSON offered.
/// </summary>
public static class ApiConventies
{
    public static bool IsApi(PathString pad) => pad.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static readonly string[] Aanvaardbaar = ["application/json", "application/problem+json"];

    /// <summary>Whether an Accept header lets the client take JSON (an absent header takes anything).</summary>
    public static bool AanvaardtJson(HttpRequest verzoek)
    {
        var accept = verzoek.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return true;
        }
        return accept.Any(m => m.Quality is not 0 && (
            m.MatchesAllTypes
            || (m.Type.Equals("application", StringComparison.OrdinalIgnoreCase) && m.MatchesAllSubTypes)
            || m.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)
            || Aanvaardbaar.Any(a => m.IsSubsetOf(new MediaTypeHeaderValue(a)))));
    }

    public static IApplicationBuilder UseApiConventies(this IApplicationBuilder app)
    {
        app.UseStatusCodePages(async s =>
        {
            // Pages keep their own error pages; only the API answers in problem+json.
            if (IsApi(s.HttpContext.Request.Path))
            {
                await ApiProblemen.SchrijfAsync(s.HttpContext, s.HttpContext.Response.StatusCode);
            }
        });
        app.UseWhen(c => IsApi(c.Request.Path), api => api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Never the exception text: it can hold data from the request. The client's own mistakes keep their status.
            StatusCodeSelector = InvoerFouten.Status,
            SuppressDiagnosticsCallback = c => InvoerFouten.IsClientfout(c.Exception),
        }));
        app.Use(async (context, next) =>
        {
            var pad = context.Request.Path;
            if (IsApi(pad) && pad.Value!.EndsWith('/'))
            {
                // A trailing slash is another resource (NL API rules), and a redirect would hide client bugs.
                await ApiProblemen.SchrijfAsync(context, StatusCodes.Status404NotFound, "Paden eindigen niet op een schuine streep.");
                return;
            }
            if (IsApi(pad) && !AanvaardtJson(context.Request))
            {
                await ApiProblemen.SchrijfAsync(context, StatusCodes.Status406NotAcceptable);
                return;
            }
            await next(context);
        });
        return app;
    }
}
