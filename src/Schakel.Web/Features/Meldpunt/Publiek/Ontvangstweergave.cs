using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>
/// Carries what a posted public form produced to the page that shows it (post/redirect/get), so a reload
/// never posts again. The receipt code is in it, so it is encrypted and signed by data protection, lives
/// ten minutes, is HttpOnly and SameSite=Strict, and is deleted once the reporter confirms they wrote the
/// code down (or once the follow-up page has shown it). It never reaches a URL or a log (docs/adr/0005).
/// </summary>
public sealed class Ontvangstweergave(IDataProtectionProvider dataProtection, TimeProvider tijd)
{
    public const string CookieNaam = "schakel-ontvangst";
    public static readonly TimeSpan Duur = TimeSpan.FromMinutes(10);

    private readonly ITimeLimitedDataProtector _beschermer =
        dataProtection.CreateProtector("Schakel.Meldpunt.Ontvangstweergave.v1").ToTimeLimitedDataProtector();

    /// <param name="Pagina">Which page may show it ("melding", "adviesvraag", "opvolgen").</param>
    /// <param name="Herhaald">The form was sent before: nothing new was stored.</param>
    public sealed record Inhoud(string Pagina, string? Code, bool Urgent, bool NaarInbox, bool Herhaald);

    public void Zet(HttpContext http, Inhoud inhoud)
    {
        var waarde = _beschermer.Protect(JsonSerializer.Serialize(inhoud), tijd.GetUtcNow() + Duur);
        http.Response.Cookies.Append(CookieNaam, waarde, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            MaxAge = Duur,
            IsEssential = true,
        });
    }

    /// <summary>The carried result for this page, or null when there is none, it expired or was tampered with.</summary>
    public Inhoud? Lees(HttpContext http, string pagina)
    {
        if (!http.Request.Cookies.TryGetValue(CookieNaam, out var waarde) || string.IsNullOrEmpty(waarde))
        {
            return null;
        }
        try
        {
            var inhoud = JsonSerializer.Deserialize<Inhoud>(_beschermer.Unprotect(waarde));
            return inhoud?.Pagina == pagina ? inhoud : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    public static void Wis(HttpContext http) =>
        http.Response.Cookies.Delete(CookieNaam, new CookieOptions { Path = "/", HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps });
}
