using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Api;

public static class ApiModule
{
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            if (!IsApi(c.HttpContext))
            {
                return;
            }
            var status = c.ProblemDetails.Status ?? c.HttpContext.Response.StatusCode;
            var taal = ApiProblemen.Taal(c.HttpContext);
            var (titel, detail) = ApiProblemen.Tekst(status, taal);
            // Framework defaults are English and, for 500, may describe internals: replace them. A title the handler
            // chose (a validation problem often has no detail) is kept.
            if (status >= 500 || c.ProblemDetails.Title is null || FrameworkTitels(status).Contains(c.ProblemDetails.Title))
            {
                c.ProblemDetails.Title = titel;
            }
            if (status >= 500 || c.ProblemDetails.Detail is null)
            {
                // A problem with field errors was read: it must not say the JSON could not be read (issue 12).
                c.ProblemDetails.Detail = status < 500 && c.ProblemDetails is HttpValidationProblemDetails { Errors.Count: > 0 }
                    ? ApiProblemen.VeldenOngeldig(taal)
                    : detail;
            }
            // The Dutch standard texts handlers write are said in the reader's language here, once for every endpoint.
            c.ProblemDetails.Title = ApiProblemen.InTaal(c.ProblemDetails.Title, taal);
            c.ProblemDetails.Detail = ApiProblemen.InTaal(c.ProblemDetails.Detail, taal);
            c.ProblemDetails.Extensions.Remove("exception");
        });
        services.Configure<JsonOptions>(o => Configureer(o.SerializerOptions));
        // Bad input is a 400 problem for the client, also in Development. The binder throws its
        // BadHttpRequestException so InvoerFouten can name the field instead of answering with an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<InvoerFouten>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
        {
            o.Filters.Add(new PaginaInvoerFilter());
            // Before MVC's own enum binder, which takes numbers and lists of names.
            o.ModelBinderProviders.Insert(0, new EnumNaamBinderProvider());
            o.ModelBinderProviders.Insert(0, new DatumBinderProvider(o.ModelBinderProviders));
        });
        services.AddOpenApiDocument();
        services.AddApiZonderRedirects();
        // Request start/finish lines carry query strings; they must never reach a log.
        services.AddLogging(l => l.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning));
        return services;
    }

    public static void Configureer(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // Enums only by name: a number (-1) would be stored as a value no code knows, and one stored -1 broke
        // the shelter overview for everyone (issue 13). Names that add up to no member, and
        // lists of names ("vrouw, man", read as their sum), are refused by InvoerFilter.
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        o.Converters.Add(new UtcDatumConverter());
        o.Converters.Add(new UtcDatumTijdConverter());
    }

    /// <summary>Security headers and API conventions, then routing and authentication (they must sit inside).</summary>
    public static WebApplication UseApi(this WebApplication app)
    {
        app.UseBeveiligingsheaders();
        app.UseApiConventies();
        app.UseRouting();
        app.UseInvoerHygiene();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapOpenApi(ApiRoutes.Basis + "/openapi.json").AllowAnonymous();
        return app;
    }

    /// <summary>The English titles ASP.NET Core fills in when a problem has none (reason phrase, validation default).</summary>
    private static string[] FrameworkTitels(int status) =>
        [Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status), "One or more validation errors occurred.", "An error occurred while processing your request."];

    private static bool IsApi(HttpContext context) => ApiConventies.IsApi(context.Request.Path);
}
