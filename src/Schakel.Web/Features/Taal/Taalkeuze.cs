using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace Schakel.Web.Features.Taal;

/// <summary>The POST behind the language switch: stores the chosen language in the culture cookie.</summary>
public static class Taalkeuze
{
    public const string Pad = "/taal";
    public const string TaalVeld = "taal";
    public const string TerugVeld = "terug";

    /// <summary>A language named in itself ("polski" becomes "Polski"), so a reader finds their own language.</summary>
    public static string Naam(CultureInfo cultuur)
    {
        var naam = cultuur.NativeName;
        return naam.Length == 0 ? cultuur.Name : cultuur.TextInfo.ToUpper(naam[0]) + naam[1..];
    }

    internal static void MapTaalkeuze(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Pad, KiesAsync)
            // The form is read by hand, so no antiforgery is demanded: a forged request can only
            // change the display language, and the switch must work on every page, signed in or not.
            .DisableAntiforgery()
            .ExcludeFromDescription();

    private static async Task<IResult> KiesAsync(HttpContext http, IOptions<RequestLocalizationOptions> opties)
    {
        if (!http.Request.HasFormContentType)
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var taal = opties.Value.SupportedUICultures?
            .FirstOrDefault(c => string.Equals(c.Name, formulier[TaalVeld], StringComparison.OrdinalIgnoreCase));
        if (taal is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Onbekende taal",
                detail: "Kies een van de aangeboden talen.");
        }

        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(taal)),
            new CookieOptions
            {
                Path = "/",
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                HttpOnly = true,
                Secure = http.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                // A language preference is functional, not tracking: no consent needed.
                IsEssential = true,
            });

        var terug = formulier[TerugVeld].ToString();
        http.Response.Headers.Location = LokaalPad.IsLokaal(terug) ? terug : "/";
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
