using System.Net;
using System.Text.RegularExpressions;
using OtpNet;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Accounts;

/// <summary>Signs in through the real pages: form, antiforgery token, password, then the TOTP step.</summary>
public static partial class Aanmelden
{
    public static HttpClient NieuweClient(this SchakelFactory factory) => factory.CreateClient(new() { AllowAutoRedirect = false });

    public static string Totp(string secret) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp();

    /// <summary>A demo professional of this role, fully signed in (password and TOTP); on <paramref name="client"/> when its cookies are needed elsewhere.</summary>
    public static async Task<HttpClient> AlsAsync(this SchakelFactory factory, string rol, HttpClient? client = null)
    {
        var demo = DemoAccounts.Voor(rol);
        client ??= factory.NieuweClient();
        var r = await PostFormAsync(client, "/inloggen", new() { ["Email"] = demo.Email, ["Wachtwoord"] = DemoAccounts.Wachtwoord });
        Assert.Equal("/inloggen/tweestaps", Pad(r));
        r = await PostFormAsync(client, "/inloggen/tweestaps", new() { ["Code"] = Totp(demo.TotpSecret) });
        Assert.Equal("/werkplek", Pad(r));
        return client;
    }

    /// <summary>GETs the page for its antiforgery token, then posts the form to it (or to <paramref name="actie"/>).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pagina, Dictionary<string, string> velden, string? actie = null)
    {
        var html = await client.GetStringAsync(pagina);
        velden["__RequestVerificationToken"] = Token(html);
        return await client.PostAsync(actie ?? pagina, new FormUrlEncodedContent(velden));
    }

    public static string Token(string html) => TokenPatroon().Match(html) is { Success: true } m
        ? WebUtility.HtmlDecode(m.Groups[1].Value)
        : throw new InvalidOperationException("Geen antiforgery-token op de pagina.");

    /// <summary>The path a redirect points to, without query string.</summary>
    public static string? Pad(HttpResponseMessage r) =>
        r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found && r.Headers.Location is { } l
            ? (l.IsAbsoluteUri ? l.AbsolutePath : l.OriginalString.Split('?')[0])
            : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPatroon();
}
