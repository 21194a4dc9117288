using System.Globalization;

namespace Schakel.Web.Features.Taal;

/// <summary>The "Eenvoudige taal" switch: a cookie, set by a plain form POST so it works without JavaScript.</summary>
public static class EenvoudigeTaal
{
    public const string Pad = "/eenvoudige-taal";
    public const string Cookie = "schakel-eenvoudig";
    public const string Achtervoegsel = "_B1";

    public static bool IsBeschikbaar => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl";

    public static bool IsAan(HttpContext? http) =>
        IsBeschikbaar && http is not null && http.Request.Cookies.TryGetValue(Cookie, out var w) && w == "1";

    internal static void MapEenvoudigeTaal(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Pad, async (HttpContext http) =>
        {
            if (!http.Request.HasFormContentType)
            {
                return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
            }
            var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
            if (formulier["aan"] == "1")
            {
                http.Response.Cookies.Append(Cookie, "1", new CookieOptions
                {
                    Path = "/",
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    HttpOnly = true,
                    Secure = http.Request.IsHttps,
                    SameSite = SameSiteMode.Lax,
                    IsEssential = true,
                });
            }
            else
            {
                http.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/" });
            }
            var terug = formulier["terug"].ToString();
            http.Response.Headers.Location = LokaalPad.IsLokaal(terug) ? terug : "/";
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        })
        // Like the language switch: a forged request can only change the reading level.
        .DisableAntiforgery()
        .ExcludeFromDescription();
}
